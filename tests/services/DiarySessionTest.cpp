#include "services/DiarySession.h"

#include "core/base/InputError.h"
#include "core/plan/TitrationSchedule.h"
#include "services/DiaryService.h"
#include "services/EvidenceService.h"
#include "services/ExchangeService.h"
#include "services/MedicationService.h"
#include "services/NoteService.h"
#include "services/PlanService.h"
#include "services/ProblemText.h"
#include "services/ProfileService.h"
#include "services/ReadOnlyError.h"
#include "storage/db/Database.h"
#include "storage/db/StorageError.h"
#include "storage/diary/AnnotationRepository.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/plan/MedicationRepository.h"
#include "storage/plan/TitrationRepository.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>
#include <vector>

using namespace ldn;
using ldn::test::DatabaseSnapshot;
using ldn::test::TemporaryFolder;

namespace {

DiaryEntry dayOf(const QDate& date, int pain)
{
    DiaryEntry entry;
    entry.date = date;
    entry.dose = Dose::fromMicrograms(1500);
    entry.symptomScores[QStringLiteral("pain")] = pain;
    return entry;
}

// Every change a session announces, in order.
struct Announcements {
    explicit Announcements(DiarySession& session)
    {
        QObject::connect(&session, &DiarySession::changed,
                         [this](const DiaryChange& change) { changes.push_back(change); });
    }
    std::vector<DiaryChange> changes;
};

} // namespace

TEST_CASE("Each use case announces what it changed, for whom, once it is written", "[services]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    Announcements heard(session);

    const std::int64_t ann =
        session.profileService().create(QStringLiteral("Ann"), {QStringLiteral("ME/CFS")});
    REQUIRE(heard.changes.size() == 1);
    CHECK(heard.changes.back().subjects == DiaryChange::Subjects(DiaryChange::Subject::Profiles));
    CHECK(heard.changes.back().profileId == ann);

    session.diaryService().saveDay(ann, dayOf(QDate(2026, 3, 1), 6));
    REQUIRE(heard.changes.size() == 2);
    CHECK(heard.changes.back().subjects == DiaryChange::Subjects(DiaryChange::Subject::Days));
    CHECK(heard.changes.back().profileId == ann);
    // The announcement comes after the write: an observer reading the diary finds the day.
    CHECK(session.diary().countDays(ann) == 1);

    session.planService().setPlan(
        ann, TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, QDate(2026, 3, 1)));
    CHECK(heard.changes.back().subjects == DiaryChange::Subjects(DiaryChange::Subject::Plan));
    session.medicationService().add(ann, Medication{0, QStringLiteral("Levothyroxine"), {}, {}, {}, {}});
    CHECK(heard.changes.back().subjects == DiaryChange::Subjects(DiaryChange::Subject::Medicines));
    Annotation note;
    note.day = QDate(2026, 3, 1);
    note.body = QStringLiteral("Tired after the school run");
    session.noteService().add(ann, note);
    CHECK(heard.changes.back().subjects == DiaryChange::Subjects(DiaryChange::Subject::Notes));
    session.profileService().addSymptom(ann, {QStringLiteral("tinnitus"), false});
    CHECK(heard.changes.back().subjects == DiaryChange::Subjects(DiaryChange::Subject::Symptoms));
    CHECK(heard.changes.size() == 6);

    // A change for one person concerns pages showing them, not pages showing someone else.
    const DiaryChange days{DiaryChange::Subject::Days, ann};
    CHECK(days.concerns(DiaryChange::Subject::Days, ann));
    CHECK_FALSE(days.concerns(DiaryChange::Subject::Days, ann + 1));
    CHECK_FALSE(days.concerns(DiaryChange::Subject::Plan, ann));
    const DiaryChange everything{DiaryChange::Subject::Everything, std::nullopt};
    CHECK(everything.concerns(DiaryChange::Subject::Plan, ann + 7));
}

TEST_CASE("A refused change is not announced and writes nothing", "[services]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    const std::int64_t ann = session.profileService().create(QStringLiteral("Ann"));
    Announcements heard(session);
    const DatabaseSnapshot before = DatabaseSnapshot::of(database.connection());

    DiaryEntry tooHigh = dayOf(QDate(2026, 3, 1), 11);
    CHECK_THROWS_WITH(session.diaryService().saveDay(ann, tooHigh),
                      "2026-03-01 score: pain must be scored 0 to 10 (got 11)");
    CHECK_THROWS_AS(session.profileService().create(QStringLiteral("ann")), InputError);
    CHECK_THROWS_AS(session.planService().adjust(
                        ann, {QDate(2026, 3, 2), TitrationAdjustment::Kind::Hold, std::nullopt, {}}),
                    InputError); // no plan yet
    CHECK(heard.changes.empty());
    CHECK(DatabaseSnapshot::of(database.connection()) == before);
}

TEST_CASE("DiarySession::change writes in one transaction and announces only what it committed", "[services]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    const std::int64_t ann = session.profileService().create(QStringLiteral("Ann"));
    Announcements heard(session);
    const DatabaseSnapshot before = DatabaseSnapshot::of(database.connection());
    Medication medicine;
    medicine.name = QStringLiteral("Vitamin D");
    medicine.startedOn = QDate(2026, 3, 1);

    // A write that fails after its first step leaves nothing behind and tells nobody.
    CHECK_THROWS_WITH(session.change(QStringLiteral("medicine"), {DiaryChange::Subject::Medicines, ann},
                                     [&] {
                                         MedicationRepository(database).add(ann, medicine);
                                         throw std::runtime_error("the second step failed");
                                     }),
                      "the second step failed");
    CHECK(heard.changes.empty());
    CHECK(DatabaseSnapshot::of(database.connection()) == before);

    // A write that succeeds is announced once, and its result is handed back.
    const std::int64_t id = session.change(QStringLiteral("medicine"), {DiaryChange::Subject::Medicines, ann},
                                           [&] { return MedicationRepository(database).add(ann, medicine); });
    CHECK(id > 0);
    REQUIRE(heard.changes.size() == 1);
    CHECK(heard.changes.front().subjects == DiaryChange::Subjects(DiaryChange::Subject::Medicines));
    CHECK(heard.changes.front().profileId == ann);
    CHECK(session.medicines().list(ann).size() == 1);
}

TEST_CASE("A diary open for review refuses every change and stays exactly as it was", "[services][review]")
{
    TemporaryFolder folder;
    const QString path = folder.file(QStringLiteral("kim.sqlite"));
    std::int64_t kim = 0;
    {
        Database database = Database::open(path);
        DiarySession session(database);
        kim = session.profileService().create(QStringLiteral("Kim"));
        session.diaryService().saveDay(kim, dayOf(QDate(2026, 3, 1), 4));
    }
    const QByteArray fileBefore = ldn::test::fileHash(path);
    Database reviewed = Database::open(path, Database::Access::ReadOnly);
    DiarySession session(reviewed);
    Announcements heard(session);
    REQUIRE(session.isReadOnly());

    CHECK_THROWS_AS(session.diaryService().saveDay(kim, dayOf(QDate(2026, 3, 2), 3)), ReadOnlyError);
    CHECK_THROWS_AS(session.profileService().create(QStringLiteral("Robin")), ReadOnlyError);
    CHECK_THROWS_AS(session.profileService().addSymptom(kim, {QStringLiteral("tinnitus"), false}),
                    ReadOnlyError);
    CHECK_THROWS_AS(
        session.planService().setPlan(
            kim, TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, QDate(2026, 3, 1))),
        ReadOnlyError);
    CHECK_THROWS_AS(
        session.medicationService().add(kim, Medication{0, QStringLiteral("Tramadol"), {}, {}, {}, {}}),
        ReadOnlyError);
    Annotation note;
    note.day = QDate(2026, 3, 1);
    note.body = QStringLiteral("A carer's note");
    CHECK_THROWS_AS(session.noteService().add(kim, note), ReadOnlyError);
    CHECK_THROWS_AS(session.exchangeService().restore(folder.file(QStringLiteral("any.sqlite"))),
                    ReadOnlyError);
    // The message names what would have changed and why not, for a form's error line.
    CHECK_THROWS_WITH(session.diaryService().saveDay(kim, dayOf(QDate(2026, 3, 2), 3)),
                      "day: this diary is open read-only, for review");
    CHECK(heard.changes.empty());
    // Reading works as usual.
    CHECK(session.diary().countDays(kim) == 1);
    CHECK(ldn::test::fileHash(path) == fileBefore);
}

TEST_CASE("A step-down without a dose records half the planned dose, for the GUI and the CLI alike",
          "[services][plan]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    const std::int64_t ann = session.profileService().create(QStringLiteral("Ann"));
    const QDate start(2026, 1, 1);
    session.planService().setPlan(ann, TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, start));
    const QDate day = start.addDays(20);
    const Dose planned = TitrationSchedule(*session.plans().activePlan(ann)).on(day)->plannedDose;
    REQUIRE(planned.micrograms() > 0);

    const TitrationAdjustment recorded =
        session.planService().adjust(ann, {day, TitrationAdjustment::Kind::StepDown, std::nullopt, {}});
    REQUIRE(recorded.dose.has_value());
    CHECK(recorded.dose->micrograms() == planned.micrograms() / 2);
    const std::vector<TitrationAdjustment> stored = session.plans().activePlan(ann)->adjustments;
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().dose == recorded.dose);

    // A dose given is kept as given.
    const TitrationAdjustment given = session.planService().adjust(
        ann, {day.addDays(1), TitrationAdjustment::Kind::StepDown, Dose::fromMicrograms(500), {}});
    CHECK(given.dose == Dose::fromMicrograms(500));
}

TEST_CASE("Problems read the same wherever they are shown", "[services]")
{
    CHECK(ProblemText::of(InputError(QStringLiteral("--dose"), QStringLiteral("not a number"))) ==
          QStringLiteral("--dose: not a number"));
    CHECK(ProblemText::of(StorageError(QStringLiteral("The disk is full."))) ==
          QStringLiteral("The disk is full."));
    CHECK(ProblemText::of(std::runtime_error("something else")) == QStringLiteral("something else"));
    CHECK(ProblemText::sentence(QStringLiteral("profile name: a name is required")) ==
          QStringLiteral("Profile name: a name is required."));
    CHECK(ProblemText::sentence(QStringLiteral("Already a sentence.")) ==
          QStringLiteral("Already a sentence."));
    try {
        throw ReadOnlyError(QStringLiteral("note"));
    } catch (...) {
        CHECK(ProblemText::ofCurrentException() ==
              QStringLiteral("note: this diary is open read-only, for review"));
    }
}

TEST_CASE("The demo a person opens has a titration plan, other medicines and a carer's notes",
          "[services][demo]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    ProfileService::DemoRequest request;
    request.profileName = QStringLiteral("Demo");
    request.days = 120;
    request.lastDay = QDate(2026, 3, 1);
    const ProfileService::DemoResult demo = session.profileService().createDemo(request);

    // The plan is the one the demo's doses follow: 1.5 mg from the day after the baseline.
    const std::optional<TitrationPlan> plan = session.plans().activePlan(demo.profileId);
    REQUIRE(plan.has_value());
    CHECK(plan->kind == TitrationPlan::Template::Standard);
    const std::vector<DiaryEntry> days = session.diary().entries(demo.profileId);
    const auto firstDose =
        std::find_if(days.begin(), days.end(), [](const DiaryEntry& day) { return !day.dose.isZero(); });
    REQUIRE(firstDose != days.end());
    CHECK(plan->startOn <= firstDose->date);
    CHECK(firstDose->dose == plan->startDose);

    const std::vector<Medication> medicines = session.medicines().list(demo.profileId);
    CHECK(medicines.size() == 2);
    const std::vector<Annotation> notes = session.notes().list(demo.profileId);
    REQUIRE(notes.size() == 3);
    for (const Annotation& note : notes) {
        CHECK(note.author == Annotation::Author::Carer);
        CHECK(note.day >= days.front().date);
        CHECK(note.day <= request.lastDay);
    }
}
