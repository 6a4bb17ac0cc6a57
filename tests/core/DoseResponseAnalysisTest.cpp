#include "core/analysis/DoseResponseAnalysis.h"

#include "core/analysis/DoseResponseJson.h"

#include <catch2/catch.hpp>

using namespace ldn;
using Catch::Detail::Approx;

namespace {

const QString kPain = QStringLiteral("pain");

DiaryEntry day(int dayOfMonth, std::optional<double> doseMg, std::optional<int> pain)
{
    DiaryEntry entry;
    entry.date = QDate(2026, 1, dayOfMonth);
    if (doseMg) {
        entry.status = DoseStatus::Taken;
        entry.dose = Dose::fromMicrograms(static_cast<std::int64_t>(*doseMg * 1000));
    } else {
        entry.status = DoseStatus::Missed;
    }
    if (pain) {
        entry.symptomScores[kPain] = *pain;
    }
    return entry;
}

// Hand-made diary (window 3, settle 1):
//  1-3 Jan 0 mg baseline (pain 6, 7, 8); 4 Jan 1.5 mg (change; settling) pain 7; 5 Jan 1.5 pain 5;
//  6 Jan missed (pain 9); 7 Jan not logged; 8 Jan 1.5 pain 4; 9 Jan 3 mg (change; settling) pain 6;
//  10 Jan 3 pain 3; 11 Jan 3 pain 4; 12 Jan 0 mg planned pause (change) pain 7.
std::vector<DiaryEntry> handMadeDiary()
{
    return {
        day(1, 0, 6),   day(2, 0, 7), day(3, 0, 8),  day(4, 1.5, 7), day(5, 1.5, 5), day(6, std::nullopt, 9),
        day(8, 1.5, 4), day(9, 3, 6), day(10, 3, 3), day(11, 3, 4),  day(12, 0, 7)};
}

DoseResponseResult analyse(const std::vector<DiaryEntry>& entries, int window, int settle)
{
    DoseResponseAnalysis::Settings settings;
    settings.windowDays = window;
    settings.settleDays = settle;
    return DoseResponseAnalysis::run(entries, {{kPain, false}}, settings);
}

} // namespace

TEST_CASE("Adherence counts logged, taken, missed and 0 mg days apart", "[analysis]")
{
    const DoseResponseResult result = analyse(handMadeDiary(), 3, 1);
    CHECK(result.from == QDate(2026, 1, 1));
    CHECK(result.to == QDate(2026, 1, 12));
    CHECK(result.adherence.daysInRange == 12);
    CHECK(result.adherence.daysLogged == 11);
    CHECK(result.adherence.dosesTaken == 6);
    CHECK(result.adherence.dosesMissed == 1);
    CHECK(result.adherence.zeroDoseDays == 4);
}

TEST_CASE("Dose levels leave out missed and settling days; baseline is the 0 mg start", "[analysis]")
{
    const DoseResponseResult result = analyse(handMadeDiary(), 3, 1);
    CHECK(result.baseline.days == 3);
    const SummaryStatistics& baseline = result.baseline.symptoms.at(kPain);
    CHECK(baseline.n == 3);
    CHECK(*baseline.mean == Approx(7.0));
    CHECK(*baseline.median == Approx(7.0));
    CHECK(*baseline.standardDeviation == Approx(1.0));

    REQUIRE(result.doseLevels.size() == 2); // the later 0 mg pause is not a dose level
    const DoseLevelSummary& low = result.doseLevels[0];
    CHECK(low.dose.micrograms() == 1500);
    CHECK(low.days == 3);
    const SummaryStatistics& lowPain = low.symptoms.at(kPain);
    CHECK(lowPain.n == 2); // 4 Jan settling, 6 Jan missed
    CHECK(*lowPain.mean == Approx(4.5));
    CHECK(*lowPain.standardDeviation == Approx(0.7071068));

    const DoseLevelSummary& high = result.doseLevels[1];
    CHECK(high.dose.micrograms() == 3000);
    CHECK(high.days == 3);
    CHECK(high.symptoms.at(kPain).n == 2);
    CHECK(*high.symptoms.at(kPain).mean == Approx(3.5));
}

TEST_CASE("Changes of dose ignore missed and unlogged days; windows follow the definitions", "[analysis]")
{
    const DoseResponseResult result = analyse(handMadeDiary(), 3, 1);
    REQUIRE(result.steps.size() == 3);

    const DoseStep& start = result.steps[0];
    CHECK(start.date == QDate(2026, 1, 4));
    CHECK(start.from.micrograms() == 0);
    CHECK(start.to.micrograms() == 1500);
    const SymptomStepChange& startPain = start.symptoms.at(kPain);
    CHECK(startPain.before == std::vector<double>{6, 7, 8});
    CHECK(startPain.after == std::vector<double>{5}); // 5 Jan; 6 Jan missed; 7 Jan not logged
    CHECK(*startPain.difference == Approx(-2.0));
    CHECK_FALSE(startPain.interval);

    const DoseStep& up = result.steps[1];
    CHECK(up.date == QDate(2026, 1, 9));
    CHECK(up.from.micrograms() == 1500);
    CHECK(up.to.micrograms() == 3000);
    CHECK(up.symptoms.at(kPain).before == std::vector<double>{4});
    CHECK(up.symptoms.at(kPain).after == std::vector<double>{3, 4, 7});
    CHECK(*up.symptoms.at(kPain).difference == Approx(14.0 / 3.0 - 4.0));

    const DoseStep& pause = result.steps[2];
    CHECK(pause.date == QDate(2026, 1, 12));
    CHECK(pause.to.micrograms() == 0);
    CHECK(pause.symptoms.at(kPain).after.empty());
    CHECK_FALSE(pause.symptoms.at(kPain).difference);
}

TEST_CASE("A missed day between two doses does not hide the change", "[analysis]")
{
    const DoseResponseResult result =
        analyse({day(1, 1.5, 5), day(2, std::nullopt, 5), day(3, 3, 5), day(4, 3, 5)}, 14, 3);
    REQUIRE(result.steps.size() == 1);
    CHECK(result.steps[0].date == QDate(2026, 1, 3));
    CHECK(result.steps[0].from.micrograms() == 1500);
    CHECK(result.baseline.days == 0);
}

TEST_CASE("Before/after intervals are Welch's, as R computes them", "[analysis]")
{
    // Day 1 logged without a pain score; days 2-8 before, change on day 9, settle 1, days 10-17 after.
    std::vector<DiaryEntry> entries{day(1, 0, std::nullopt)};
    const std::vector<int> before{6, 5, 7, 6, 6, 8, 5};
    const std::vector<int> after{3, 4, 4, 5, 2, 3, 4, 3};
    for (int i = 0; i < 7; ++i) {
        entries.push_back(day(2 + i, 0, before[static_cast<std::size_t>(i)]));
    }
    entries.push_back(day(9, 1.5, 9));
    for (int i = 0; i < 8; ++i) {
        entries.push_back(day(10 + i, 1.5, after[static_cast<std::size_t>(i)]));
    }
    const DoseResponseResult result = analyse(entries, 8, 1);
    REQUIRE(result.steps.size() == 1);
    const SymptomStepChange& change = result.steps[0].symptoms.at(kPain);
    CHECK(change.before.size() == 7);
    CHECK(change.after.size() == 8);
    REQUIRE(change.interval);
    CHECK(change.interval->low == Approx(-3.775633).epsilon(1e-6));
    CHECK(change.interval->high == Approx(-1.510081).epsilon(1e-6));
}

TEST_CASE("A date range limits the analysis and the JSON keeps absent values null", "[analysis][json]")
{
    DoseResponseAnalysis::Settings settings;
    settings.windowDays = 3;
    settings.settleDays = 1;
    settings.from = QDate(2026, 1, 4);
    settings.to = QDate(2026, 1, 10);
    const DoseResponseResult result = DoseResponseAnalysis::run(handMadeDiary(), {{kPain, false}}, settings);
    CHECK(result.adherence.daysInRange == 7);
    CHECK(result.adherence.daysLogged == 6);
    REQUIRE(result.steps.size() == 1); // the 4 Jan start has no earlier day in range
    CHECK(result.steps[0].date == QDate(2026, 1, 9));

    const nlohmann::json json = DoseResponseJson::toJson(result, QStringLiteral("Alex"));
    CHECK(json["profile"] == "Alex");
    CHECK(json["from"] == "2026-01-04");
    CHECK(json["window_days"] == 3);
    CHECK(json["settle_days"] == 1);
    CHECK(json["adherence"]["doses_missed"] == 1);
    CHECK(json["baseline"]["days"] == 0);
    CHECK(json["baseline"]["symptoms"]["pain"]["mean"].is_null());
    CHECK(json["dose_levels"][0]["dose_mg"] == 1.5);
    CHECK(json["steps"][0]["from_mg"] == 1.5);
    CHECK(json["steps"][0]["to_mg"] == 3.0);
    CHECK(json["steps"][0]["symptoms"]["pain"]["n_before"] == 1);
    CHECK(json["steps"][0]["symptoms"]["pain"]["ci95"].is_null());
    CHECK(json["symptoms"][0]["higher_is_better"] == false);
}
