#include "gui/chart/ChartDateTicks.h"

#include "presentation/DateText.h"

#include <QSet>

#include <array>

namespace ldn {
namespace {

using Unit = ChartDateTicks::Unit;
using Step = ChartDateTicks::Step;

// From the finest to the coarsest.
constexpr std::array<Step, 11> kSteps{{
    {Unit::Day, 1},
    {Unit::Day, 2},
    {Unit::Week, 1},
    {Unit::Week, 2},
    {Unit::Month, 1},
    {Unit::Month, 2},
    {Unit::Month, 3},
    {Unit::Month, 6},
    {Unit::Year, 1},
    {Unit::Year, 2},
    {Unit::Year, 5},
}};

// A Monday (5 January 1970) from which every other Monday is counted, so the same Mondays are
// ticked wherever the view starts.
const qint64 kFirstMonday = QDate(1970, 1, 5).toJulianDay();

bool isTick(const QDate& date, Step step)
{
    switch (step.unit) {
    case Unit::Day:
        return date.toJulianDay() % step.count == 0;
    case Unit::Week: {
        const qint64 sinceMonday = date.toJulianDay() - kFirstMonday;
        return sinceMonday % (7LL * step.count) == 0;
    }
    case Unit::Month:
        return date.day() == 1 && (date.month() - 1) % step.count == 0;
    case Unit::Year:
        return date.day() == 1 && date.month() == 1 && date.year() % step.count == 0;
    }
    return false;
}

// The first tick on or after `from`.
QDate firstTick(const QDate& from, Step step)
{
    QDate date = from;
    if (step.unit == Unit::Month || step.unit == Unit::Year) {
        if (date.day() != 1) {
            date = QDate(date.year(), date.month(), 1).addMonths(1);
        }
        while (!isTick(date, step)) {
            date = date.addMonths(1);
        }
        return date;
    }
    while (!isTick(date, step)) {
        date = date.addDays(1);
    }
    return date;
}

QDate nextTick(const QDate& date, Step step)
{
    switch (step.unit) {
    case Unit::Day:
        return date.addDays(step.count);
    case Unit::Week:
        return date.addDays(7LL * step.count);
    case Unit::Month:
        return date.addMonths(step.count);
    case Unit::Year:
        return date.addYears(step.count);
    }
    return date.addDays(1);
}

std::vector<ChartDateTicks::Tick> ticksFor(const QDate& first, const QDate& last, Step step)
{
    std::vector<ChartDateTicks::Tick> ticks;
    for (QDate date = firstTick(first, step); date.isValid() && date <= last; date = nextTick(date, step)) {
        QString label;
        switch (step.unit) {
        case Unit::Day:
        case Unit::Week:
            label = dayAndMonth(date);
            break;
        case Unit::Month:
            // The year where it changes and at the first tick, so every month can be placed.
            label = ticks.empty() || date.month() == 1 ? shortMonthAndYear(date) : shortMonth(date);
            break;
        case Unit::Year:
            label = QString::number(date.year());
            break;
        }
        ticks.push_back({date, label});
    }
    // Labels name their ticks on the axis, so each must be unique: months of several years with no
    // January between them (never at these steps, but cheap to rule out) carry their year.
    QSet<QString> seen;
    bool repeated = false;
    for (const ChartDateTicks::Tick& tick : ticks) {
        repeated = repeated || seen.contains(tick.label);
        seen.insert(tick.label);
    }
    if (repeated && step.unit == Unit::Month) {
        for (ChartDateTicks::Tick& tick : ticks) {
            tick.label = shortMonthAndYear(tick.date);
        }
    }
    return ticks;
}

bool fits(const std::vector<ChartDateTicks::Tick>& ticks, double days, double width,
          const std::function<double(const QString&)>& measure)
{
    if (days <= 0.0) {
        return false;
    }
    const double pixelsPerDay = width / days;
    for (std::size_t i = 0; i + 1 < ticks.size(); ++i) {
        const double spacing = static_cast<double>(ticks[i].date.daysTo(ticks[i + 1].date)) * pixelsPerDay;
        const double needed =
            (measure(ticks[i].label) + measure(ticks[i + 1].label)) / 2.0 + ChartDateTicks::kGap;
        if (spacing < needed) {
            return false;
        }
    }
    return true;
}

} // namespace

ChartDateTicks::Choice ChartDateTicks::choose(const QDate& first, const QDate& last, double days,
                                              double width,
                                              const std::function<double(const QString&)>& measure)
{
    if (!first.isValid() || !last.isValid() || last < first) {
        return {};
    }
    for (const Step step : kSteps) {
        // Beyond three months a view reads by months, however wide it is.
        if ((step.unit == Unit::Day || step.unit == Unit::Week) && days > kLongestDayView) {
            continue;
        }
        std::vector<Tick> ticks = ticksFor(first, last, step);
        if (fits(ticks, days, width, measure)) {
            return {step, std::move(ticks)};
        }
    }
    const Step coarsest = kSteps.back();
    return {coarsest, ticksFor(first, last, coarsest)};
}

} // namespace ldn
