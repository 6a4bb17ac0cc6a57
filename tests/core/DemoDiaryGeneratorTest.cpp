#include "core/demo/DemoDiaryGenerator.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace ldn;

namespace {

std::vector<DiaryEntry> generate(int days, std::uint64_t seed)
{
    DemoDiaryGenerator::Settings settings;
    settings.days = days;
    settings.seed = seed;
    settings.lastDay = QDate(2026, 6, 30);
    return DemoDiaryGenerator(settings).generate();
}

} // namespace

TEST_CASE("The same seed gives the same diary, another seed another", "[demo]")
{
    CHECK(generate(200, 42) == generate(200, 42));
    CHECK_FALSE(generate(200, 42) == generate(200, 43));
}

TEST_CASE("The demo diary has the shape of a real titration", "[demo]")
{
    const std::vector<DiaryEntry> entries = generate(365, 7);
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.front().date == QDate(2026, 6, 30).addDays(-364));
    CHECK(entries.back().date == QDate(2026, 6, 30));
    CHECK(std::is_sorted(entries.begin(), entries.end(),
                         [](const DiaryEntry& a, const DiaryEntry& b) { return a.date < b.date; }));

    const int baseline = DemoDiaryGenerator::baselineDaysFor(365);
    CHECK(baseline == 14);
    // The three distinct states all occur: 0 mg baseline, missed doses, and unlogged gaps.
    CHECK(entries.front().status == DoseStatus::Taken);
    CHECK(entries.front().dose.isZero());
    const auto missed = std::count_if(entries.begin(), entries.end(),
                                      [](const DiaryEntry& e) { return e.status == DoseStatus::Missed; });
    CHECK(missed >= 3);
    CHECK(missed < 30);
    CHECK(entries.size() < 365);
    CHECK(entries.size() > 320);

    std::set<std::int64_t> doses;
    for (const DiaryEntry& entry : entries) {
        if (entry.status == DoseStatus::Taken) {
            doses.insert(entry.dose.micrograms());
        } else {
            CHECK_FALSE(entry.timeTaken);
        }
        CHECK(entry.symptomScores.size() == 5);
        for (const auto& [name, score] : entry.symptomScores) {
            CHECK(score >= 0);
            CHECK(score <= 10);
        }
        for (const auto& [name, severity] : entry.sideEffects) {
            CHECK(severity >= 1);
            CHECK(severity <= 3);
        }
    }
    CHECK(doses == std::set<std::int64_t>{0, 1500, 3000, 4500});
}

TEST_CASE("Side effects cluster after step-ups and symptoms improve on LDN", "[demo]")
{
    const std::vector<DiaryEntry> entries = generate(365, 3);
    int earlySideEffectDays = 0;
    int lateSideEffectDays = 0;
    double earlyPain = 0;
    double latePain = 0;
    int earlyCount = 0;
    int lateCount = 0;
    const QDate start = entries.front().date;
    for (const DiaryEntry& entry : entries) {
        const qint64 index = start.daysTo(entry.date);
        if (index < 14) {
            earlyPain += entry.symptomScores.at(QStringLiteral("pain"));
            ++earlyCount;
        }
        if (index >= 14 && index < 56) {
            earlySideEffectDays += entry.sideEffects.empty() ? 0 : 1;
        }
        if (index >= 200) {
            lateSideEffectDays += entry.sideEffects.empty() ? 0 : 1;
            latePain += entry.symptomScores.at(QStringLiteral("pain"));
            ++lateCount;
        }
    }
    CHECK(earlySideEffectDays >= 5);
    CHECK(lateSideEffectDays == 0);
    CHECK(latePain / lateCount < earlyPain / earlyCount - 0.5);
}

TEST_CASE("The demo titration steps 0 -> 1.5 -> 3 -> 4.5 mg every 14 days", "[demo]")
{
    CHECK(DemoDiaryGenerator::plannedDose(0, 14).micrograms() == 0);
    CHECK(DemoDiaryGenerator::plannedDose(13, 14).micrograms() == 0);
    CHECK(DemoDiaryGenerator::plannedDose(14, 14).micrograms() == 1500);
    CHECK(DemoDiaryGenerator::plannedDose(27, 14).micrograms() == 1500);
    CHECK(DemoDiaryGenerator::plannedDose(28, 14).micrograms() == 3000);
    CHECK(DemoDiaryGenerator::plannedDose(42, 14).micrograms() == 4500);
    CHECK(DemoDiaryGenerator::plannedDose(4000, 14).micrograms() == 4500);
    CHECK(DemoDiaryGenerator::baselineDaysFor(5) == 1);
    CHECK(DemoDiaryGenerator::baselineDaysFor(60) == 6);
}
