#include "report/GpReportBuilder.h"

#include "core/base/InputError.h"

#include <catch2/catch.hpp>

using namespace ldn;

// The report's computed parts, from hand-made diaries whose answers are known.

namespace {

const QDate kStart(2026, 1, 1);

Dose mg(double milligrams)
{
    return Dose::fromMicrograms(static_cast<std::int64_t>(milligrams * 1000));
}

DiaryEntry taken(int day, double dose, int pain = 5)
{
    DiaryEntry entry;
    entry.date = kStart.addDays(day);
    entry.dose = mg(dose);
    entry.symptomScores[QStringLiteral("pain")] = pain;
    return entry;
}

DiaryEntry missed(int day)
{
    DiaryEntry entry;
    entry.date = kStart.addDays(day);
    entry.status = DoseStatus::Missed;
    return entry;
}

GpReportBuilder::Sources sources(std::vector<DiaryEntry> entries)
{
    GpReportBuilder::Sources result;
    result.profile.name = QStringLiteral("Sam");
    result.symptoms = {{QStringLiteral("pain"), false}};
    result.entries = std::move(entries);
    return result;
}

} // namespace

TEST_CASE("Changes of dose are matched with the plan: on time, late, off plan, and the reason given",
          "[report][builder]")
{
    std::vector<DiaryEntry> entries;
    for (int day = 0; day < 14; ++day) {
        entries.push_back(taken(day, 1.5));
    }
    for (int day = 14; day < 30; ++day) {
        entries.push_back(taken(day, 3)); // the plan steps up on day 14: on time
    }
    for (int day = 30; day < 45; ++day) {
        entries.push_back(taken(day, 1.5)); // a step down with a reason, on day 30
    }
    for (int day = 45; day < 60; ++day) {
        entries.push_back(taken(day, 2)); // nobody planned 2 mg
    }
    GpReportBuilder::Sources input = sources(entries);
    TitrationPlan plan = TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, kStart);
    plan.adjustments.push_back(
        {kStart.addDays(29), TitrationAdjustment::Kind::StepDown, mg(1.5), QStringLiteral("vivid dreams")});
    input.plans = {plan};

    const GpReport report = GpReportBuilder::compose(input, {});
    REQUIRE(report.doseHistory.size() == 3);
    CHECK(report.doseHistory[0].planned == GpReport::DoseChange::Planned::Yes);
    CHECK(report.doseHistory[0].daysFromPlan == 0);
    CHECK(report.doseHistory[0].reason == QStringLiteral("Scheduled step"));
    CHECK(report.doseHistory[1].planned == GpReport::DoseChange::Planned::Yes);
    CHECK(report.doseHistory[1].daysFromPlan == 1); // the plan said day 29, the diary day 30
    CHECK(report.doseHistory[1].reason == QStringLiteral("Step down: vivid dreams"));
    CHECK(report.doseHistory[2].planned == GpReport::DoseChange::Planned::No);

    REQUIRE(report.plan);
    CHECK(report.plan->onHold);
    CHECK(report.plan->plannedDose == mg(1.5));
    CHECK(report.plan->daysOffPlan == 17); // 2 days late to follow the plan, then the 2 mg days

    REQUIRE(report.currentDose);
    CHECK(report.currentDose->dose == mg(2));
    CHECK(report.currentDose->since == kStart.addDays(45));
}

TEST_CASE("Without a plan a change is not judged, and a change before a plan starts is matched early",
          "[report][builder]")
{
    std::vector<DiaryEntry> entries{taken(0, 0), taken(1, 0), taken(2, 1), taken(3, 1)};
    GpReport report = GpReportBuilder::compose(sources(entries), {});
    REQUIRE(report.doseHistory.size() == 1);
    CHECK(report.doseHistory[0].planned == GpReport::DoseChange::Planned::NoPlan);
    CHECK_FALSE(report.plan);

    GpReportBuilder::Sources planned = sources(entries);
    planned.plans = {TitrationPlan::fromTemplate(TitrationPlan::Template::Weekly, kStart.addDays(4))};
    report = GpReportBuilder::compose(planned, {});
    REQUIRE(report.doseHistory.size() == 1);
    CHECK(report.doseHistory[0].planned == GpReport::DoseChange::Planned::Yes);
    CHECK(report.doseHistory[0].daysFromPlan == -2);
    CHECK(report.doseHistory[0].reason == QStringLiteral("Start of plan"));
}

TEST_CASE("Side effects are grouped into episodes, each with its worst severity and the dose at onset",
          "[report][builder]")
{
    std::vector<DiaryEntry> entries;
    for (int day = 0; day < 60; ++day) {
        entries.push_back(day < 30 ? taken(day, 1.5) : taken(day, 3));
    }
    entries[2].sideEffects[QStringLiteral("headache")] = 1;
    entries[5].sideEffects[QStringLiteral("headache")] = 3;
    entries[5].sideEffects[QStringLiteral("nausea")] = 0; // 0: not present
    entries[31] = missed(31);
    entries[31].sideEffects[QStringLiteral("headache")] = 2; // more than 14 days later: a new episode

    const GpReport report = GpReportBuilder::compose(sources(entries), {});
    REQUIRE(report.sideEffects.size() == 2);
    CHECK(report.sideEffects[0].name == QStringLiteral("headache"));
    CHECK(report.sideEffects[0].first == kStart.addDays(2));
    CHECK(report.sideEffects[0].last == kStart.addDays(5));
    CHECK(report.sideEffects[0].daysReported == 2);
    CHECK(report.sideEffects[0].worstSeverity == 3);
    CHECK(report.sideEffects[0].doseAtOnset == mg(1.5));
    CHECK(report.sideEffects[1].first == kStart.addDays(31));
    CHECK(report.sideEffects[1].doseAtOnset == mg(3)); // a missed day: the dose taken last
}

TEST_CASE("The summary compares the 4 weeks before LDN with the last 28 days, and nothing without a baseline",
          "[report][builder]")
{
    std::vector<DiaryEntry> entries;
    for (int day = 0; day < 90; ++day) {
        const int wobble = day % 3 - 1;
        entries.push_back(day < 10 ? taken(day, 0, 8 + wobble) : taken(day, 3, (day >= 62 ? 4 : 6) + wobble));
    }
    GpReport report = GpReportBuilder::compose(sources(entries), {});
    REQUIRE(report.analysis.firstLdnDose);
    CHECK(*report.analysis.firstLdnDose == kStart.addDays(10));
    const SymptomOverallChange& pain = report.analysis.overall.at(QStringLiteral("pain"));
    REQUIRE(pain.baseline);
    CHECK(pain.baseline->n() == 10);
    CHECK(*pain.baseline->mean() == Approx(7.9));
    CHECK(pain.recent.n() == 28);
    CHECK(*pain.recent.mean() == Approx(4.0).margin(0.05));
    CHECK(pain.verdict == ChangeVerdict::Better);

    // A report on later dates still compares with the same baseline.
    GpReportBuilder::Request later;
    later.from = kStart.addDays(30);
    report = GpReportBuilder::compose(sources(entries), later);
    CHECK(report.analysis.overall.at(QStringLiteral("pain")).baseline->n() == 10);
    REQUIRE(report.currentDose);
    CHECK(report.currentDose->since == kStart.addDays(10));
    CHECK(report.currentDose->sinceBeforeRange);

    // No 0 mg days at all: no comparison with days already on LDN.
    std::vector<DiaryEntry> noBaseline(entries.begin() + 10, entries.end());
    report = GpReportBuilder::compose(sources(noBaseline), {});
    CHECK_FALSE(report.analysis.overall.at(QStringLiteral("pain")).baseline);
    CHECK(report.analysis.overall.at(QStringLiteral("pain")).gap == EstimateGap::NoBaseline);
}

TEST_CASE("The usual time of a night dose is found across midnight", "[report][builder]")
{
    std::vector<DiaryEntry> entries{taken(0, 1), taken(1, 1), taken(2, 1)};
    entries[0].timeTaken = QTime(23, 30);
    entries[1].timeTaken = QTime(0, 30);
    entries[2].timeTaken = QTime(1, 0);
    const GpReport report = GpReportBuilder::compose(sources(entries), {});
    REQUIRE(report.currentDose);
    CHECK(report.currentDose->usualTime == QTime(0, 30));
}

TEST_CASE("Dates are checked, and a period beyond the diary is empty rather than an error",
          "[report][builder]")
{
    const std::vector<DiaryEntry> entries{taken(0, 1), taken(1, 1)};
    GpReportBuilder::Request backwards;
    backwards.from = kStart.addDays(5);
    backwards.to = kStart;
    CHECK_THROWS_AS(GpReportBuilder::compose(sources(entries), backwards), InputError);

    GpReportBuilder::Request future;
    future.from = kStart.addDays(100);
    const GpReport report = GpReportBuilder::compose(sources(entries), future);
    CHECK(report.from == kStart.addDays(100));
    CHECK(report.to == kStart.addDays(100));
    CHECK_FALSE(report.hasDiaryDays());

    const GpReport empty = GpReportBuilder::compose(sources({}), {});
    CHECK_FALSE(empty.from.isValid());
    CHECK_FALSE(empty.currentDose);
}
