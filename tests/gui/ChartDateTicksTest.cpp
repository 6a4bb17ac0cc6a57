#include "gui/chart/ChartDateTicks.h"

#include "core/analysis/SymptomChartData.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "core/diary/SymptomDefinition.h"
#include "gui/chart/SymptomChartView.h"

#include <QFontMetricsF>
#include <catch2/catch.hpp>

namespace ldn::test {
namespace {

// About the width of the chart's axis labels in the test font.
double measure(const QString& label)
{
    return 7.0 * static_cast<double>(label.size());
}

int monthsBetween(const QDate& from, const QDate& to)
{
    return (to.year() - from.year()) * 12 + to.month() - from.month();
}

// Every tick on the first of a month, the same number of months apart, on months of the year
// that step divides (so the same months are ticked wherever the view starts).
void requireRegularMonths(const QList<QDate>& ticks)
{
    REQUIRE(ticks.size() >= 2);
    const int step = monthsBetween(ticks[0], ticks[1]);
    CHECK((step == 1 || step == 2 || step == 3 || step == 6 || step % 12 == 0));
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        INFO("tick " << ticks[i].toString(Qt::ISODate).toStdString());
        CHECK(ticks[i].day() == 1);
        CHECK((ticks[i].month() - 1) % std::min(step, 12) == 0);
        if (i > 0) {
            CHECK(monthsBetween(ticks[i - 1], ticks[i]) == step);
        }
    }
}

QList<QDate> datesOf(const ChartDateTicks::Choice& choice)
{
    QList<QDate> dates;
    for (const ChartDateTicks::Tick& tick : choice.ticks) {
        dates << tick.date;
    }
    return dates;
}

} // namespace

TEST_CASE("A year of diary ticks real month starts at every width, every month when there is room",
          "[chart][ticks]")
{
    const QDate first(2025, 12, 7);
    const QDate last(2026, 12, 6);
    const double days = static_cast<double>(first.daysTo(last) + 1);
    int previousStep = 0;
    for (const double width : {2400.0, 1280.0, 960.0, 700.0, 500.0, 360.0, 250.0}) {
        INFO("width " << width);
        const ChartDateTicks::Choice choice = ChartDateTicks::choose(first, last, days, width, measure);
        REQUIRE(choice.step.unit == ChartDateTicks::Unit::Month);
        const QList<QDate> ticks = datesOf(choice);
        requireRegularMonths(ticks);
        const int step = monthsBetween(ticks[0], ticks[1]);
        // Narrower never ticks more often; wide enough ticks every month.
        CHECK(step >= previousStep);
        previousStep = step;
        if (width >= 700.0) {
            CHECK(step == 1);
            CHECK(ticks.size() == 12); // January to December 2026, each one
        }
        // Labels never overlap: each pair of neighbours has room for both halves and a gap.
        for (std::size_t i = 0; i + 1 < choice.ticks.size(); ++i) {
            const double spacing = choice.ticks[i].date.daysTo(choice.ticks[i + 1].date) * width / days;
            CHECK(spacing >= (measure(choice.ticks[i].label) + measure(choice.ticks[i + 1].label)) / 2.0);
        }
    }
    // At 250 pixels only a few months fit: every 3 or 6 months, still on January, April, July or October.
    CHECK(previousStep >= 3);
}

TEST_CASE("Month labels name the year at January and at the first tick", "[chart][ticks]")
{
    const ChartDateTicks::Choice choice =
        ChartDateTicks::choose(QDate(2025, 10, 15), QDate(2026, 3, 20), 157.0, 1200.0, measure);
    QStringList labels;
    for (const ChartDateTicks::Tick& tick : choice.ticks) {
        labels << tick.label;
    }
    CHECK(labels == QStringList{QStringLiteral("Nov 2025"), QStringLiteral("Dec"), QStringLiteral("Jan 2026"),
                                QStringLiteral("Feb"), QStringLiteral("Mar")});
}

TEST_CASE("Short views tick days or Mondays, long ones years", "[chart][ticks]")
{
    // Four weeks across a wide chart: every day or every other day, on real days.
    const ChartDateTicks::Choice month =
        ChartDateTicks::choose(QDate(2026, 3, 1), QDate(2026, 3, 28), 28.0, 1200.0, measure);
    REQUIRE(month.step.unit == ChartDateTicks::Unit::Day);
    CHECK((month.ticks.front().label == QStringLiteral("1 Mar") ||
           month.ticks.front().label == QStringLiteral("2 Mar")));
    for (std::size_t i = 0; i + 1 < month.ticks.size(); ++i) {
        CHECK(month.ticks[i].date.daysTo(month.ticks[i + 1].date) == month.step.count);
    }
    // Wide enough, every day has its tick.
    CHECK(ChartDateTicks::choose(QDate(2026, 3, 1), QDate(2026, 3, 28), 28.0, 2400.0, measure).ticks.size() ==
          28);
    // Two months at a modest width: Mondays.
    const ChartDateTicks::Choice weeks =
        ChartDateTicks::choose(QDate(2026, 3, 1), QDate(2026, 4, 29), 60.0, 700.0, measure);
    REQUIRE(weeks.step.unit == ChartDateTicks::Unit::Week);
    for (const ChartDateTicks::Tick& tick : weeks.ticks) {
        CHECK(tick.date.dayOfWeek() == Qt::Monday);
    }
    // Ten years: January the first of whole years.
    const ChartDateTicks::Choice decade =
        ChartDateTicks::choose(QDate(2016, 5, 1), QDate(2026, 4, 30), 3652.0, 900.0, measure);
    REQUIRE(decade.step.unit == ChartDateTicks::Unit::Year);
    for (const ChartDateTicks::Tick& tick : decade.ticks) {
        CHECK(tick.date.month() == 1);
        CHECK(tick.date.day() == 1);
        CHECK(tick.label == QString::number(tick.date.year()));
    }
    // Half a year never ticks days, however wide.
    CHECK(ChartDateTicks::choose(QDate(2026, 1, 1), QDate(2026, 6, 30), 181.0, 5000.0, measure).step.unit ==
          ChartDateTicks::Unit::Month);
}

TEST_CASE("The chart's time axis ticks month starts at the sizes people use", "[chart][ticks]")
{
    DemoDiaryGenerator::Settings settings;
    settings.days = 365;
    settings.lastDay = QDate(2026, 12, 6);
    const std::vector<DiaryEntry> entries = DemoDiaryGenerator(settings).generate();
    SymptomChartView view;
    view.setChartData(SymptomChartData::build(entries, defaultSymptoms()));
    view.show();
    for (const QSize size :
         {QSize(1920, 700), QSize(1280, 500), QSize(960, 400), QSize(640, 360), QSize(420, 300)}) {
        INFO("chart " << size.width() << "x" << size.height());
        view.resize(size);
        QCoreApplication::processEvents();
        const QList<QDate> ticks = view.tickDates();
        requireRegularMonths(ticks);
        CHECK(view.tickLabels().size() == ticks.size());
        if (size.width() >= 960) {
            CHECK(monthsBetween(ticks[0], ticks[1]) == 1);
        }
    }
    // Zoomed in to a few weeks, the same axis ticks days.
    view.resize(1280, 500);
    view.setDateRange(QDate(2026, 11, 9), QDate(2026, 12, 6));
    view.resetView();
    QCoreApplication::processEvents();
    REQUIRE_FALSE(view.tickDates().isEmpty());
    CHECK(view.tickDates().front() >= QDate(2026, 11, 9));
    CHECK(view.tickLabels().front().contains(QStringLiteral("Nov")));
}

} // namespace ldn::test
