#include "services/TrialService.h"

#include "core/base/InputError.h"
#include "core/plan/TitrationSchedule.h"
#include "services/DiaryService.h"
#include "services/DiarySession.h"
#include "services/MedicationService.h"
#include "services/PlanService.h"
#include "services/ProfileService.h"
#include "services/ReadOnlyError.h"
#include "storage/db/Database.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace ldn;
using ldn::test::DatabaseSnapshot;
using ldn::test::TemporaryFolder;

namespace {

struct Announcements {
    explicit Announcements(DiarySession& session)
    {
        QObject::connect(&session, &DiarySession::changed,
                         [this](const DiaryChange& change) { changes.push_back(change); });
    }
    std::vector<DiaryChange> changes;
};

TrialProtocol painTrial(const QDate& start)
{
    TrialProtocol protocol;
    protocol.start = start;
    protocol.outcomes = {QStringLiteral("pain")};
    protocol.smallestChange = 1.0;
    protocol.baselineDays = 14;
    return protocol;
}

DiaryEntry dayOf(const QDate& date, int microgramsDose, int pain)
{
    DiaryEntry entry;
    entry.date = date;
    entry.dose = Dose::fromMicrograms(microgramsDose);
    entry.symptomScores[QStringLiteral("pain")] = pain;
    return entry;
}

} // namespace

TEST_CASE("Starting an open trial sets the review date from the plan's target and announces it",
          "[services][trial]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    const std::int64_t kim = session.profileService().create(QStringLiteral("Kim"));
    const QDate start(2026, 1, 1);

    // Without a plan the review counts from the end of the baseline.
    Announcements heard(session);
    const Trial first = session.trialService().start(kim, painTrial(start), 12);
    CHECK(first.protocol.reviewOn == start.addDays(14 + 12 * 7));
    REQUIRE(heard.changes.size() == 1);
    CHECK(heard.changes[0].subjects.testFlag(DiaryChange::Subject::Trial));
    CHECK(heard.changes[0].profileId == kim);
    session.trialService().stop(kim, QStringLiteral("starting again with a plan"), start.addDays(3),
                                start.addDays(3));

    // With a plan that starts after the baseline, the review is 8 weeks after the day the plan
    // reaches its target dose.
    const QDate planStart = QDate(2026, 2, 1);
    const TitrationPlan plan = TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, planStart);
    session.planService().setPlan(kim, plan);
    QDate targetReached = planStart;
    while (!TitrationSchedule(plan).on(targetReached)->targetReached) {
        targetReached = targetReached.addDays(1);
    }
    REQUIRE(targetReached > planStart.addDays(14));
    const Trial second = session.trialService().start(kim, painTrial(QDate(2026, 1, 18)), 8);
    CHECK(second.protocol.reviewOn == targetReached.addDays(8 * 7));
    const std::optional<Trial> latest = session.trialService().latest(kim);
    REQUIRE(latest.has_value());
    CHECK(latest->id == second.id);
    CHECK(latest->protocol.reviewOn == second.protocol.reviewOn);
}

TEST_CASE("A trial is refused with an opioid, an unknown outcome, overlapping dates or blinding, "
          "changing nothing",
          "[services][trial]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    const std::int64_t kim = session.profileService().create(QStringLiteral("Kim"));
    const QDate start(2026, 1, 1);
    session.trialService().start(kim, painTrial(start), 12);

    Medication tramadol;
    tramadol.name = QStringLiteral("Tramadol");
    tramadol.startedOn = QDate(2025, 6, 1);
    const std::int64_t robin = session.profileService().create(QStringLiteral("Robin"));
    session.medicationService().add(robin, tramadol);

    const DatabaseSnapshot before = DatabaseSnapshot::of(database.connection());
    Announcements heard(session);
    const auto refusedAt = [&](std::int64_t profile, const TrialProtocol& protocol) -> QString {
        try {
            session.trialService().start(profile, protocol, 12);
        } catch (const InputError& error) {
            return error.location();
        }
        return QStringLiteral("accepted");
    };
    CHECK(refusedAt(robin, painTrial(start)) == QStringLiteral("medicines"));
    TrialProtocol unknown = painTrial(QDate(2027, 1, 1));
    unknown.outcomes << QStringLiteral("tinnitus");
    CHECK(refusedAt(kim, unknown) == QStringLiteral("outcome"));
    CHECK(refusedAt(kim, painTrial(start.addDays(30))) == QStringLiteral("start"));
    TrialProtocol blinded = painTrial(QDate(2027, 1, 1));
    blinded.blinded = BlindedDesign{};
    blinded.blinded->ldnDose = Dose::fromMicrograms(4500);
    // Kim's diary shows no stable dose of 4.5 mg before the start.
    CHECK(refusedAt(kim, blinded) == QStringLiteral("ldn-dose"));
    CHECK_THROWS_AS(session.trialService().stop(kim, QStringLiteral(" "), start, start), InputError);
    CHECK_THROWS_AS(session.trialService().stop(kim, QStringLiteral("why"), start.addDays(-1), start),
                    InputError);
    CHECK_THROWS_AS(session.trialService().stop(robin, QStringLiteral("why"), start, start), InputError);

    CHECK(heard.changes.empty());
    CHECK(DatabaseSnapshot::of(database.connection()) == before);
}

TEST_CASE("A diary open for review refuses to start or stop a trial", "[services][trial][review]")
{
    TemporaryFolder folder;
    const QString path = folder.file(QStringLiteral("diary.sqlite"));
    std::int64_t kim = 0;
    {
        Database database = Database::open(path);
        DiarySession session(database);
        kim = session.profileService().create(QStringLiteral("Kim"));
        session.trialService().start(kim, painTrial(QDate(2026, 1, 1)), 12);
    }
    const QByteArray fileBefore = ldn::test::fileHash(path);
    Database reviewed = Database::open(path, Database::Access::ReadOnly);
    DiarySession session(reviewed);
    CHECK_THROWS_AS(session.trialService().start(kim, painTrial(QDate(2027, 1, 1)), 12), ReadOnlyError);
    CHECK_THROWS_AS(
        session.trialService().stop(kim, QStringLiteral("why"), QDate(2026, 1, 2), QDate(2026, 1, 2)),
        ReadOnlyError);
    CHECK(session.trialService().latest(kim).has_value());
    CHECK(ldn::test::fileHash(path) == fileBefore);
}

TEST_CASE("The review compares the baseline with the last weeks up to the review date and finds stopping "
          "rules",
          "[services][trial]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    const std::int64_t kim = session.profileService().create(QStringLiteral("Kim"));
    const QDate start(2026, 1, 1);
    TrialProtocol protocol = painTrial(start);
    const Trial trial = session.trialService().start(kim, protocol, 4);
    REQUIRE(trial.protocol.reviewOn == start.addDays(14 + 28));

    // 14 baseline days at 0 mg with pain 7 and 6, then 4.5 mg with pain 3 and 2: a clear improvement.
    std::vector<DiaryEntry> days;
    for (int day = 0; day < 60; ++day) {
        const bool baseline = day < 14;
        DiaryEntry entry = dayOf(start.addDays(day), baseline ? 0 : 4500, (baseline ? 7 : 3) - day % 2);
        if (day == 20 || day == 21) {
            entry.sideEffects[QStringLiteral("nausea")] = 3;
        }
        days.push_back(entry);
    }
    session.diaryService().saveDays(kim, days);

    const OpenTrialReview review = session.trialService().review(trial, QDate(2026, 12, 1));
    CHECK(review.to == trial.protocol.reviewOn); // days after the review date are not looked at
    REQUIRE(review.outcomes.size() == 1);
    CHECK(review.outcomes[0].answer == SmallestChangeAnswer::Yes);
    CHECK(review.adherence.daysLogged == 43);
    REQUIRE_FALSE(review.sideEffects.empty());
    CHECK(review.sideEffects[0].severeDays == 2);

    const std::vector<StoppingRules::Met> met = session.trialService().rulesMet(trial, QDate(2026, 12, 1));
    REQUIRE(met.size() == 1);
    CHECK(met[0].rule == StoppingRules::Rule::SevereSideEffectTwoDays);
    CHECK(met[0].since == start.addDays(20));
    // A trial stopped before the side effect never met the rule.
    const Trial stopped =
        session.trialService().stop(kim, QStringLiteral("moved"), start.addDays(19), start.addDays(30));
    CHECK(session.trialService().rulesMet(stopped, QDate(2026, 12, 1)).empty());
    CHECK(TrialService::reviewedTo(stopped, QDate(2026, 12, 1)) == start.addDays(19));
}

TEST_CASE("A blinded trial starts sealed from the stable dose, unblinds only with its code and then "
          "gives its verdict",
          "[services][trial][blinded]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    const std::int64_t kim = session.profileService().create(QStringLiteral("Kim"));
    const QDate start(2026, 3, 1);
    std::vector<DiaryEntry> before;
    for (int day = 1; day <= 20; ++day) {
        before.push_back(dayOf(start.addDays(-day), 4500, 5));
    }
    session.diaryService().saveDays(kim, before);

    TrialProtocol protocol = painTrial(start);
    BlindedDesign design;
    design.pairs = 2;
    design.periodDays = 10;
    design.washoutDays = 3;
    design.ldnDose = Dose::fromMicrograms(4500);
    protocol.blinded = design;
    Announcements heard(session);
    const Trial trial = session.trialService().start(kim, protocol, 0);
    CHECK(trial.isSealed());
    CHECK(trial.protocol.baselineDays == 0);
    CHECK(trial.protocol.reviewOn == start.addDays(39)); // the last day of the last period
    REQUIRE(heard.changes.size() == 1);
    CHECK(heard.changes[0].subjects.testFlag(DiaryChange::Subject::Trial));
    CHECK_THROWS_AS(session.trialService().blindedVerdict(trial), InputError);

    // Pain 3 in the LDN periods and 6 in the placebo ones (as logged: the same 4.5 mg capsule
    // every day): the verdict takes the arm from the allocation, never from the logged dose.
    const SealedAllocation::Contents contents = session.trialService().openSeal(trial);
    const TrialPeriods periods = design.periodsFrom(start);
    std::vector<DiaryEntry> during;
    for (const TrialPeriod& period : periods.periods()) {
        const bool ldn = contents.allocation.armOfPeriod(period.index) == TrialArm::Ldn;
        for (QDate day = period.start; day <= period.end; day = day.addDays(1)) {
            during.push_back(dayOf(day, 4500, ldn ? 3 : 6));
        }
    }
    session.diaryService().saveDays(kim, during);

    const DatabaseSnapshot snapshot = DatabaseSnapshot::of(database.connection());
    heard.changes.clear();
    try {
        session.trialService().unblind(kim, QStringLiteral("ACDE-FGHJ-KMNP"), start.addDays(45));
        CHECK(contents.code.matches(QStringLiteral("ACDE-FGHJ-KMNP")));
    } catch (const InputError& error) {
        CHECK(error.location() == QStringLiteral("code"));
    }
    CHECK(heard.changes.empty());
    CHECK(DatabaseSnapshot::of(database.connection()) == snapshot);

    const Trial unblinded = session.trialService().unblind(kim, contents.code.text(), start.addDays(45));
    CHECK(unblinded.unblindedOn == start.addDays(45));
    CHECK_FALSE(session.trialService().latest(kim)->isSealed());
    CHECK(heard.changes.size() == 1);
    const std::map<QString, TrialOutcomeVerdict> verdict = session.trialService().blindedVerdict(unblinded);
    REQUIRE(verdict.count(QStringLiteral("pain")) == 1);
    const TrialOutcomeVerdict& pain = verdict.at(QStringLiteral("pain"));
    REQUIRE(pain.difference.has_value());
    CHECK(*pain.difference == Approx(-3.0));
    CHECK(pain.pairsUsed == 2);
    REQUIRE(pain.randomizationP.has_value());
    CHECK(*pain.randomizationP == Approx(0.5)); // the best 2 pairs can give
    CHECK(pain.meetsMid == std::optional<bool>(true));
    CHECK_THROWS_AS(session.trialService().unblind(kim, contents.code.text(), start.addDays(46)), InputError);
}
