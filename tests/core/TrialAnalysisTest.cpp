#include "core/analysis/AutocorrelatedDifference.h"
#include "core/trial/OpenTrialReview.h"
#include "core/trial/RandomizationTest.h"
#include "core/trial/StoppingRules.h"
#include "core/trial/TrialJson.h"
#include "core/trial/TrialVerdict.h"

#include <catch2/catch.hpp>

using namespace ldn;
using Catch::Detail::Approx;

// The analysis of a trial of LDN (issue 19) on hand-made diaries whose answers are worked out by
// hand: the randomization test, the blinded verdict, the stopping rules and the open review. The
// randomization p is also checked against R in tests/oracle.

namespace {

const QString kPain = QStringLiteral("pain");
const QString kSleep = QStringLiteral("sleep quality");
const QString kFatigue = QStringLiteral("fatigue");

std::vector<SymptomDefinition> symptoms()
{
    return {{kPain, false}, {kSleep, true}, {kFatigue, false}};
}

std::vector<const DiaryEntry*> pointers(const std::vector<DiaryEntry>& entries)
{
    std::vector<const DiaryEntry*> result;
    for (const DiaryEntry& entry : entries) {
        result.push_back(&entry);
    }
    return result;
}

// --- the blinded trial -----------------------------------------------------------------------
// 4 pairs of 10-day periods with 3 washout days from 2026-01-01; pair 1 and 4 give LDN first.
const QDate kTrialStart(2026, 1, 1);
constexpr int kPeriodDays = 10;
constexpr int kWashout = 3;
const std::vector<int> kWobble{0, 1, -1, 0, 1, -1, 0}; // mean 0 over the 7 analysed days

TrialProtocol blindedProtocol()
{
    TrialProtocol protocol;
    protocol.start = kTrialStart;
    protocol.outcomes = {kPain, kSleep, kFatigue};
    protocol.blinded = BlindedDesign{4, kPeriodDays, kWashout, Dose::fromMicrograms(4500)};
    protocol.reviewOn = protocol.reviewDateAfter(2);
    return protocol;
}

const BlindedAllocation kAllocation({TrialArm::Ldn, TrialArm::Placebo, TrialArm::Placebo, TrialArm::Ldn});

// Pain about 4 on LDN and 6 on placebo in pairs 1-3; in pair 4, 6 on LDN and 5 on placebo. Pair
// differences -2, -2, -2, +1: mean -1.25. Washout days score 10 (must not count). In period 1
// (LDN) the 4th analysed day is missed with a score of 0 (must not count); in period 4 (LDN of
// pair 2) the last day is not logged. Sleep quality (higher is better): 6 on LDN, 5 on placebo,
// scored on every analysed day but in period 6 (LDN of pair 3) only on 2 days; the dose logged
// is always the same 4.5 mg, as on capsule days after unblinding would not be (the arm comes from
// the allocation). Fatigue is never scored.
std::vector<DiaryEntry> blindedDiary()
{
    std::vector<DiaryEntry> diary;
    for (int period = 1; period <= 8; ++period) {
        const int pair = (period + 1) / 2;
        const bool ldn = kAllocation.armOfPeriod(period) == TrialArm::Ldn;
        const int painBase = pair == 4 ? (ldn ? 6 : 5) : (ldn ? 4 : 6);
        for (int day = 0; day < kPeriodDays; ++day) {
            DiaryEntry entry;
            entry.date = kTrialStart.addDays((period - 1) * kPeriodDays + day);
            entry.dose = Dose::fromMicrograms(4500);
            if (day < kWashout) {
                entry.symptomScores[kPain] = 10;
                entry.symptomScores[kSleep] = 0;
                diary.push_back(entry);
                continue;
            }
            const int analysed = day - kWashout;
            if (period == 4 && analysed == 6) {
                continue; // not logged
            }
            entry.symptomScores[kPain] = painBase + kWobble[static_cast<std::size_t>(analysed)];
            if (period != 6 || analysed < 2) {
                entry.symptomScores[kSleep] = ldn ? 6 : 5;
            }
            if (period == 1 && analysed == 3) {
                entry.status = DoseStatus::Missed;
                entry.symptomScores[kPain] = 0;
            }
            diary.push_back(entry);
        }
    }
    return diary;
}

DiaryEntry sideEffectDay(const QDate& date, std::map<QString, int> sideEffects)
{
    DiaryEntry entry;
    entry.date = date;
    entry.sideEffects = std::move(sideEffects);
    return entry;
}

} // namespace

TEST_CASE("The randomization p counts the sign patterns at least as extreme, by hand", "[trial][statistics]")
{
    // All differences alike: only the observed pattern and its mirror image are as extreme.
    CHECK(*RandomizationTest::twoSidedP({1, 1, 1, 1}) == Approx(2.0 / 16.0));
    CHECK(*RandomizationTest::twoSidedP({-0.5, -0.5}) == Approx(2.0 / 4.0));
    CHECK(*RandomizationTest::twoSidedP({1, 1, 1, 1, 1}) == Approx(2.0 / 32.0));
    // -2, -2, -2, +1: sums ±7, ±5 (4 patterns) of 16 reach |5|.
    CHECK(*RandomizationTest::twoSidedP({-2, -2, -2, 1}) == Approx(4.0 / 16.0));
    // 3, -1, 1: the sums are 3, -3, 5, 1, -1, -5, 3, -3; six of eight reach |3| (two by a tie).
    CHECK(*RandomizationTest::twoSidedP({3, -1, 1}) == Approx(6.0 / 8.0));
    // Ties in floating point: 0.1, 0.2, -0.1 sums to 0.2 (total T, flipping a subset with sum S
    // gives T − 2S, as extreme for S ≤ 0 or S ≥ 0.2: 6 of 8 subsets). Flipping {0.1, -0.1} and
    // flipping {0.2} are exact ties that floating point puts a hair below: they must count.
    CHECK(*RandomizationTest::twoSidedP({0.1, 0.2, -0.1}) == Approx(6.0 / 8.0));
    // 0.3, -0.1, -0.2, 0.6: flipping a subset with sum S gives 0.6 − 2S; |0.6 − 2S| ≥ 0.6 for the
    // five subsets with S ≤ 0 and the five with S ≥ 0.6. Flipping {0.3, -0.1, -0.2} (S = 0, in
    // floating point 5.6e-17) must count as a tie.
    CHECK(*RandomizationTest::twoSidedP({0.3, -0.1, -0.2, 0.6}) == Approx(10.0 / 16.0));
    // No difference at all: every pattern ties.
    CHECK(*RandomizationTest::twoSidedP({0, 0, 0}) == Approx(1.0));
    CHECK_FALSE(RandomizationTest::twoSidedP({}));
}

TEST_CASE("A blinded verdict: pair differences after the washout, their mean and its p", "[trial]")
{
    const std::vector<DiaryEntry> diary = blindedDiary();
    const auto outcomes = TrialVerdict::of(blindedProtocol(), kAllocation, symptoms(), pointers(diary));
    REQUIRE(outcomes.size() == 3);

    const TrialOutcomeVerdict& pain = outcomes.at(kPain);
    REQUIRE(pain.pairs.size() == 4);
    CHECK(pain.pairsUsed == 4);
    // The missed day and the unlogged day leave 6 days; the washout days never count.
    CHECK(pain.pairs[0].ldnDays == 6);
    CHECK(pain.pairs[0].placeboDays == 7);
    CHECK(pain.pairs[1].ldnDays == 6);
    CHECK(pain.pairs[1].placeboDays == 7);
    CHECK(*pain.pairs[0].ldnMean == Approx(4.0));
    CHECK(*pain.pairs[0].placeboMean == Approx(6.0));
    CHECK(*pain.pairs[0].difference == Approx(-2.0));
    CHECK(*pain.pairs[3].difference == Approx(1.0));
    CHECK(*pain.difference == Approx(-1.25));
    CHECK(*pain.randomizationP == Approx(0.25));
    CHECK(pain.meetsMid == true); // 1.25 points lower pain reaches 1 point

    // ci95_hac: placebo days before, LDN days after, in date order; its centre is the difference
    // of the pooled means (118/26 − 161/28), not the mean of the pair differences.
    REQUIRE(pain.autocorrelated.interval);
    CHECK(pain.autocorrelated.interval->estimate == Approx(118.0 / 26.0 - 161.0 / 28.0));
    std::vector<double> placebo;
    std::vector<double> ldn;
    for (const DiaryEntry& entry : diary) {
        const std::optional<TrialPeriod> period =
            blindedProtocol().blinded->periodsFrom(kTrialStart).periodOn(entry.date);
        if (period && !period->isWashout(entry.date) && entry.status == DoseStatus::Taken) {
            (kAllocation.armOfPeriod(period->index) == TrialArm::Ldn ? ldn : placebo)
                .push_back(entry.symptomScores.at(kPain));
        }
    }
    REQUIRE(ldn.size() == 26);
    REQUIRE(placebo.size() == 28);
    const AutocorrelatedDifference expected = AutocorrelatedDifference::of(placebo, ldn);
    CHECK(pain.autocorrelated.interval->low == Approx(expected.interval->low));
    CHECK(pain.autocorrelated.interval->high == Approx(expected.interval->high));

    CHECK(pain.verdict.contains(QStringLiteral("1.3 points lower (better)")));
    CHECK(pain.verdict.contains(QStringLiteral("reaches the smallest change")));
    CHECK(pain.verdict.contains(QStringLiteral("Chance cannot be ruled out")));
    CHECK(pain.verdict.contains(QStringLiteral("smallest possible p is 0.125")));
}

TEST_CASE("A pair with too few scored days is left out; too few pairs give no verdict", "[trial]")
{
    const std::vector<DiaryEntry> diary = blindedDiary();
    const auto outcomes = TrialVerdict::of(blindedProtocol(), kAllocation, symptoms(), pointers(diary));

    // Sleep: period 6 (LDN of pair 3) has 2 scored days: pair 3 has no difference.
    const TrialOutcomeVerdict& sleep = outcomes.at(kSleep);
    CHECK(sleep.pairsUsed == 3);
    CHECK_FALSE(sleep.pairs[2].difference);
    CHECK(sleep.pairs[2].ldnDays == 2);
    CHECK(*sleep.difference == Approx(1.0));
    CHECK(*sleep.randomizationP == Approx(0.25)); // 2 / 2^3
    CHECK(sleep.meetsMid == true);                // higher sleep quality is better
    CHECK(sleep.verdict.contains(QStringLiteral("1.0 points higher (better)")));
    CHECK(sleep.verdict.contains(QStringLiteral("smallest possible p is 0.25")));

    // Fatigue is never scored: nothing to say, and saying so.
    const TrialOutcomeVerdict& fatigue = outcomes.at(kFatigue);
    CHECK(fatigue.pairsUsed == 0);
    CHECK_FALSE(fatigue.difference);
    CHECK_FALSE(fatigue.randomizationP);
    CHECK_FALSE(fatigue.meetsMid.has_value());
    CHECK_FALSE(fatigue.autocorrelated.interval);
    CHECK(fatigue.verdict.startsWith(QStringLiteral("Too few days")));
}

TEST_CASE("meets_mid follows the symptom's direction and ignores the p-value", "[trial]")
{
    const std::vector<DiaryEntry> diary = blindedDiary();
    TrialProtocol protocol = blindedProtocol();
    protocol.smallestChange = 1.5;
    auto outcomes = TrialVerdict::of(protocol, kAllocation, symptoms(), pointers(diary));
    CHECK(outcomes.at(kPain).meetsMid == false);
    CHECK(outcomes.at(kPain).verdict.contains(QStringLiteral("does not reach")));

    // The same numbers for a symptom where higher is better: pain going down would be worse.
    std::vector<SymptomDefinition> reversed = symptoms();
    reversed[0].higherIsBetter = true;
    outcomes = TrialVerdict::of(blindedProtocol(), kAllocation, reversed, pointers(diary));
    CHECK(outcomes.at(kPain).meetsMid == false);
    CHECK(outcomes.at(kPain).verdict.contains(QStringLiteral("lower (worse)")));

    // The other allocation flips every difference.
    const BlindedAllocation mirrored({TrialArm::Placebo, TrialArm::Ldn, TrialArm::Ldn, TrialArm::Placebo});
    outcomes = TrialVerdict::of(blindedProtocol(), mirrored, symptoms(), pointers(diary));
    CHECK(*outcomes.at(kPain).difference == Approx(1.25));
    CHECK(outcomes.at(kPain).meetsMid == false);
    CHECK(*outcomes.at(kPain).randomizationP == Approx(0.25));
}

TEST_CASE("A clear blinded result says chance is an unlikely explanation", "[trial]")
{
    // 6 pairs, LDN always 2 points better: p = 2/64.
    TrialProtocol protocol = blindedProtocol();
    protocol.outcomes = {kPain};
    protocol.blinded->pairs = 6;
    const BlindedAllocation allocation({TrialArm::Ldn, TrialArm::Placebo, TrialArm::Ldn, TrialArm::Ldn,
                                        TrialArm::Placebo, TrialArm::Placebo});
    std::vector<DiaryEntry> diary;
    for (int day = 0; day < 12 * kPeriodDays; ++day) {
        DiaryEntry entry;
        entry.date = kTrialStart.addDays(day);
        const int period = day / kPeriodDays + 1;
        const int wobble = kWobble[static_cast<std::size_t>(day % 7)];
        entry.symptomScores[kPain] = (allocation.armOfPeriod(period) == TrialArm::Ldn ? 3 : 5) + wobble;
        diary.push_back(entry);
    }
    const TrialOutcomeVerdict pain =
        TrialVerdict::of(protocol, allocation, symptoms(), pointers(diary)).at(kPain);
    CHECK(*pain.randomizationP == Approx(2.0 / 64.0));
    CHECK(pain.verdict.contains(QStringLiteral("Chance is an unlikely explanation")));
    CHECK(pain.verdict.contains(QStringLiteral("p = 0.031")));
}

TEST_CASE("A severe side effect on two logged days in a row meets a stopping rule", "[trial]")
{
    const QDate start(2026, 2, 1);
    const QString nausea = QStringLiteral("Nausea");
    SECTION("two consecutive days, the same side effect")
    {
        const std::vector<DiaryEntry> diary{sideEffectDay(start.addDays(3), {{nausea, 2}}),
                                            sideEffectDay(start.addDays(4), {{nausea, 3}}),
                                            sideEffectDay(start.addDays(5), {{QStringLiteral("nausea"), 3}})};
        const auto met = StoppingRules::check(pointers(diary), {}, start, start.addDays(30));
        REQUIRE(met.size() == 1);
        CHECK(met[0].rule == StoppingRules::Rule::SevereSideEffectTwoDays);
        CHECK(met[0].since == start.addDays(4));
        CHECK(met[0].words().contains(QStringLiteral("severe (3) on two days in a row, from 2026-02-05")));
    }
    SECTION("an unlogged day between breaks the run")
    {
        const std::vector<DiaryEntry> diary{sideEffectDay(start.addDays(3), {{nausea, 3}}),
                                            sideEffectDay(start.addDays(5), {{nausea, 3}})};
        CHECK(StoppingRules::check(pointers(diary), {}, start, start.addDays(30)).empty());
    }
    SECTION("a logged day without it breaks the run")
    {
        const std::vector<DiaryEntry> diary{sideEffectDay(start.addDays(3), {{nausea, 3}}),
                                            sideEffectDay(start.addDays(4), {{nausea, 2}}),
                                            sideEffectDay(start.addDays(5), {{nausea, 3}})};
        CHECK(StoppingRules::check(pointers(diary), {}, start, start.addDays(30)).empty());
    }
    SECTION("two different side effects are not the same one twice")
    {
        const std::vector<DiaryEntry> diary{
            sideEffectDay(start.addDays(3), {{nausea, 3}}),
            sideEffectDay(start.addDays(4), {{QStringLiteral("headache"), 3}})};
        CHECK(StoppingRules::check(pointers(diary), {}, start, start.addDays(30)).empty());
    }
    SECTION("days before the trial do not count")
    {
        const std::vector<DiaryEntry> diary{sideEffectDay(start.addDays(-1), {{nausea, 3}}),
                                            sideEffectDay(start, {{nausea, 3}})};
        CHECK(StoppingRules::check(pointers(diary), {}, start, start.addDays(30)).empty());
        CHECK(StoppingRules::check(pointers(diary), {}, start.addDays(-1), start.addDays(30)).size() == 1);
    }
}

TEST_CASE("An opioid added to the medicines meets a stopping rule", "[trial]")
{
    const QDate start(2026, 2, 1);
    const Medication tramadol{1, QStringLiteral("Tramadol 50 mg"), {}, start.addDays(10), {}, {}};
    const Medication levothyroxine{2, QStringLiteral("levothyroxine"), {}, start.addDays(2), {}, {}};
    const Medication oldCodeine{3, QStringLiteral("codeine"), {}, QDate(2025, 1, 1), QDate(2025, 6, 1), {}};

    auto met = StoppingRules::check({}, {levothyroxine, oldCodeine, tramadol}, start, start.addDays(30));
    REQUIRE(met.size() == 1);
    CHECK(met[0].rule == StoppingRules::Rule::OpioidAdded);
    CHECK(met[0].since == start.addDays(10));
    CHECK(met[0].cause == QStringLiteral("Tramadol 50 mg"));
    CHECK(met[0].words().contains(QStringLiteral("Tramadol 50 mg, an opioid")));
    // Not yet started on the day asked about.
    CHECK(StoppingRules::check({}, {tramadol}, start, start.addDays(9)).empty());
    CHECK(StoppingRules::check({}, {levothyroxine, oldCodeine}, start, start.addDays(30)).empty());
    // Entered after the start as stopped 10 days before it: within the 28-day clearance.
    const Medication recentMorphine{4, QStringLiteral("morphine"), {}, QDate(2025, 12, 1), start.addDays(-10),
                                    {}};
    met = StoppingRules::check({}, {recentMorphine}, start, start.addDays(30));
    REQUIRE(met.size() == 1);
    CHECK(met[0].since == start);
    const Medication clearedMorphine{
        5, QStringLiteral("morphine"), {}, QDate(2025, 11, 1), start.addDays(-29), {}};
    CHECK(StoppingRules::check({}, {clearedMorphine}, start, start.addDays(30)).empty());

    // Both rules at once, in a fixed order.
    const std::vector<DiaryEntry> diary{sideEffectDay(start, {{QStringLiteral("insomnia"), 3}}),
                                        sideEffectDay(start.addDays(1), {{QStringLiteral("insomnia"), 3}})};
    met = StoppingRules::check(pointers(diary), {tramadol}, start, start.addDays(30));
    REQUIRE(met.size() == 2);
    CHECK(met[0].rule == StoppingRules::Rule::SevereSideEffectTwoDays);
    CHECK(met[1].rule == StoppingRules::Rule::OpioidAdded);
}

TEST_CASE("Improved by at least N points: yes only when the whole interval reaches N", "[trial]")
{
    const auto interval = [](double low, double high) {
        NeweyWestInterval result;
        result.low = low;
        result.high = high;
        result.estimate = (low + high) / 2.0;
        return result;
    };
    // Pain (lower is better), recent − baseline.
    CHECK(OpenTrialReview::answerFor(interval(-3.0, -1.5), false, 1.0) == SmallestChangeAnswer::Yes);
    CHECK(OpenTrialReview::answerFor(interval(-3.0, -1.0), false, 1.0) == SmallestChangeAnswer::Yes);
    // The point estimate (-1.25) reaches 1 point but the interval reaches below it: can't tell.
    CHECK(OpenTrialReview::answerFor(interval(-2.0, -0.5), false, 1.0) == SmallestChangeAnswer::CantTell);
    CHECK(OpenTrialReview::answerFor(interval(-0.8, 0.5), false, 1.0) == SmallestChangeAnswer::No);
    CHECK(OpenTrialReview::answerFor(interval(1.0, 2.0), false, 1.0) == SmallestChangeAnswer::No);
    // Sleep quality (higher is better).
    CHECK(OpenTrialReview::answerFor(interval(1.2, 2.0), true, 1.0) == SmallestChangeAnswer::Yes);
    CHECK(OpenTrialReview::answerFor(interval(-2.0, -1.2), true, 1.0) == SmallestChangeAnswer::No);
    CHECK(OpenTrialReview::answerFor(interval(0.5, 1.5), true, 1.0) == SmallestChangeAnswer::CantTell);
    CHECK(QString::fromLatin1(OpenTrialReview::answerWords(SmallestChangeAnswer::CantTell)) ==
          QStringLiteral("can't tell"));
}

TEST_CASE("An open trial's review: the comparison, the answer, adherence, side effects, limits", "[trial]")
{
    // 14 baseline days at 0 mg (pain about 7), then 1.5 mg for 60 days (pain about 3); sleep
    // quality unchanged at about 5. Day 30 is missed, day 31 taken at 3 mg against a plan of
    // 1.5 mg, day 32 not logged; nausea on days 15-17, severe on day 16.
    const QDate start(2026, 1, 5);
    std::vector<DiaryEntry> diary;
    for (int day = 0; day < 74; ++day) {
        if (day == 32) {
            continue;
        }
        DiaryEntry entry;
        entry.date = start.addDays(day);
        const int wobble = kWobble[static_cast<std::size_t>(day % 7)];
        entry.dose = Dose::fromMicrograms(day < 14 ? 0 : (day == 31 ? 3000 : 1500));
        entry.status = day == 30 ? DoseStatus::Missed : DoseStatus::Taken;
        entry.symptomScores[kPain] = (day < 14 ? 7 : 3) + wobble;
        entry.symptomScores[kSleep] = 5 + wobble;
        if (day >= 15 && day <= 17) {
            entry.sideEffects[QStringLiteral("nausea")] = day == 16 ? 3 : 1;
        }
        if (day == 20) {
            entry.sideEffects[QStringLiteral("Vivid dreams")] = 2;
        }
        diary.push_back(entry);
    }
    TrialProtocol protocol;
    protocol.start = start;
    protocol.outcomes = {kPain, kSleep};
    protocol.reviewOn = start.addDays(73);
    const auto plan = [&](const QDate& date) -> std::optional<Dose> {
        return Dose::fromMicrograms(date < start.addDays(14) ? 0 : 1500);
    };
    const OpenTrialReview review =
        OpenTrialReview::of(protocol, symptoms(), pointers(diary), start.addDays(73), plan);

    REQUIRE(review.outcomes.size() == 2);
    const OpenTrialOutcome& pain = review.outcomes[0];
    CHECK(pain.symptom == kPain);
    REQUIRE(pain.comparison.autocorrelated.interval);
    CHECK(*pain.comparison.difference == Approx(-4.0).margin(0.3));
    CHECK(pain.answer == SmallestChangeAnswer::Yes);
    CHECK(pain.words.startsWith(QStringLiteral("Improved by at least 1.0 points: yes.")));
    const OpenTrialOutcome& sleep = review.outcomes[1];
    CHECK(sleep.answer == SmallestChangeAnswer::No);
    CHECK(sleep.words.startsWith(QStringLiteral("Improved by at least 1.0 points: no.")));

    CHECK(review.adherence.daysInTrial == 74);
    CHECK(review.adherence.daysLogged == 73);
    CHECK(review.adherence.daysMissed == 1);
    CHECK(review.adherence.daysAsPlanned == 71);
    CHECK(*review.adherence.shareAsPlanned() == Approx(71.0 / 73.0));

    REQUIRE(review.sideEffects.size() == 2);
    CHECK(review.sideEffects[0].name == QStringLiteral("nausea"));
    CHECK(review.sideEffects[0].days == 3);
    CHECK(review.sideEffects[0].severeDays == 1);
    CHECK(review.sideEffects[0].worst == 3);
    CHECK(review.sideEffects[1].name == QStringLiteral("Vivid dreams"));

    const QStringList limits = OpenTrialReview::limits();
    REQUIRE(limits.size() == 3);
    CHECK(limits[0].startsWith(QStringLiteral("No placebo")));
    CHECK(limits[1].startsWith(QStringLiteral("Expectation")));
    CHECK(limits[2].startsWith(QStringLiteral("Regression to the mean")));

    // A review with a higher bar: the same pain interval cannot promise 5 points.
    protocol.smallestChange = 5.0;
    const OpenTrialReview strict =
        OpenTrialReview::of(protocol, symptoms(), pointers(diary), start.addDays(73), plan);
    CHECK(strict.outcomes[0].answer != SmallestChangeAnswer::Yes);
}

TEST_CASE("The trial's JSON: periods without arms, the pharmacy sheet with them, the verdict", "[trial]")
{
    const TrialPeriods periods = blindedProtocol().blinded->periodsFrom(kTrialStart);
    const nlohmann::json shown = TrialJson::periods(periods);
    REQUIRE(shown.size() == 8);
    CHECK(shown[0] == nlohmann::json({{"index", 1}, {"start", "2026-01-01"}, {"end", "2026-01-10"}}));
    CHECK(shown[7]["end"] == "2026-03-21");
    // Sealed: no arm anywhere in what `trial show --json` gives.
    CHECK(shown.dump().find("arm") == std::string::npos);
    CHECK(shown.dump().find("ldn") == std::string::npos);

    const UnblindingCode code = *UnblindingCode::parse(QStringLiteral("ACDE-FGHJ-KMNP"));
    const nlohmann::json sheet =
        TrialJson::pharmacySheet(periods, kAllocation, code, Dose::fromMicrograms(4500));
    CHECK(sheet["code"] == "ACDE-FGHJ-KMNP");
    CHECK(sheet["ldn_dose_mg"] == 4.5);
    CHECK(sheet["capsules_per_period"] == 10);
    REQUIRE(sheet["periods"].size() == 8);
    CHECK(sheet["periods"][0]["arm"] == "ldn");
    CHECK(sheet["periods"][1]["arm"] == "placebo");
    CHECK(sheet["periods"][2]["arm"] == "placebo");
    CHECK(sheet["periods"][3]["arm"] == "ldn");
    CHECK(sheet["periods"][2]["start"] == "2026-01-21");

    const std::vector<DiaryEntry> diary = blindedDiary();
    const nlohmann::json verdict =
        TrialJson::verdict(TrialVerdict::of(blindedProtocol(), kAllocation, symptoms(), pointers(diary)), 4);
    const nlohmann::json& pain = verdict["outcomes"]["pain"];
    CHECK(pain["difference"].get<double>() == Approx(-1.25));
    CHECK(pain["randomization_p"].get<double>() == Approx(0.25));
    CHECK(pain["pairs"] == 4);
    CHECK(pain["pairs_used"] == 4);
    CHECK(pain["meets_mid"] == true);
    REQUIRE(pain["ci95_hac"].is_array());
    CHECK(pain["ci95_hac"][0].get<double>() < pain["ci95_hac"][1].get<double>());
    CHECK(pain["pair_differences"][0]["difference"].get<double>() == Approx(-2.0));
    CHECK(pain["verdict"].get<std::string>().find("Chance cannot be ruled out") != std::string::npos);
    const nlohmann::json& fatigue = verdict["outcomes"]["fatigue"];
    CHECK(fatigue["difference"].is_null());
    CHECK(fatigue["randomization_p"].is_null());
    CHECK(fatigue["meets_mid"].is_null());
    CHECK(fatigue["ci95_hac"].is_null());
    CHECK(verdict["outcomes"]["sleep quality"]["pairs_used"] == 3);
}
