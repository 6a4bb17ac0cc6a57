#include "core/analysis/SymptomChartData.h"

#include <catch2/catch.hpp>

using namespace ldn;
using Catch::Detail::Approx;
using Point = SymptomChartData::Point;

TEST_CASE("The rolling mean covers the last seven calendar days, gaps included", "[chart]")
{
    // 1..7 Jan scored 1..7; 8 and 9 Jan unscored; 10 Jan scored 10.
    std::vector<Point> points;
    for (int day = 1; day <= 7; ++day) {
        points.push_back({QDate(2026, 1, day), static_cast<double>(day)});
    }
    points.push_back({QDate(2026, 1, 10), 10});
    const std::vector<Point> means = SymptomChartData::rollingMean(points, 7);
    REQUIRE(means.size() == 8);
    CHECK(means[0].value == Approx(1.0));
    CHECK(means[1].value == Approx(1.5));
    CHECK(means[6].value == Approx(4.0)); // (1+...+7)/7
    CHECK(means[7].date == QDate(2026, 1, 10));
    CHECK(means[7].value == Approx((4.0 + 5 + 6 + 7 + 10) / 5)); // window 4-10 Jan
}

TEST_CASE("Chart data keeps missed days out of the dose line and marks them", "[chart]")
{
    std::vector<DiaryEntry> entries(5);
    for (int i = 0; i < 5; ++i) {
        entries[static_cast<std::size_t>(i)].date = QDate(2026, 2, 1 + i);
        entries[static_cast<std::size_t>(i)].dose = Dose::fromMicrograms(i < 2 ? 0 : 1500);
        entries[static_cast<std::size_t>(i)].symptomScores[QStringLiteral("pain")] = 6 - i;
    }
    entries[2].status = DoseStatus::Missed; // 3 Feb
    entries[3].sideEffects = {{QStringLiteral("vivid dreams"), 2}, {QStringLiteral("nausea"), 0}};
    entries[4].events = {QStringLiteral("infection")};

    const SymptomChartData data = SymptomChartData::build(entries, {{QStringLiteral("pain"), false}});
    CHECK(data.from == QDate(2026, 2, 1));
    CHECK(data.to == QDate(2026, 2, 5));
    REQUIRE(data.dose.size() == 4);
    CHECK(data.dose[2].date == QDate(2026, 2, 4));
    CHECK(data.dose[2].value == Approx(1.5));
    REQUIRE(data.doseChanges.size() == 1);
    CHECK(data.doseChanges[0].date == QDate(2026, 2, 4)); // not the missed day
    REQUIRE(data.missedDoses.size() == 1);
    CHECK(data.missedDoses[0].date == QDate(2026, 2, 3));
    REQUIRE(data.sideEffects.size() == 1); // severity 0 is not a side effect
    CHECK(data.sideEffects[0].label == QStringLiteral("vivid dreams 2"));
    REQUIRE(data.events.size() == 1);
    REQUIRE(data.symptoms.size() == 1);
    CHECK(data.symptoms[0].scores.size() == 5);
    CHECK(data.symptoms[0].rollingMean.back().value == Approx(4.0));

    const SymptomChartData range = SymptomChartData::build(entries, {{QStringLiteral("pain"), false}},
                                                           QDate(2026, 2, 4), QDate(2026, 2, 5));
    CHECK(range.symptoms[0].scores.size() == 2);
    CHECK(range.doseChanges.empty());
}
