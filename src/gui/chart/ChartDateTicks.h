#pragma once

#include <QDate>
#include <QString>

#include <functional>
#include <vector>

namespace ldn {

// Where the symptom chart's time axis puts its ticks and what they say. Ticks sit on real
// boundaries: every day, every other day, Mondays or every other Monday with "3 Mar"; month starts
// ("Mar", with the year at January and at the first tick) every 1, 2, 3 or 6 months, always the
// same months of the year (January, April, July, October for three); or years. The finest step
// whose labels fit side by side at the chart's width wins, so no label overlaps another and no
// month is skipped irregularly, at any width.
class ChartDateTicks {
public:
    enum class Unit { Day, Week, Month, Year };
    struct Step {
        Unit unit = Unit::Month;
        int count = 1;
        friend bool operator==(const Step&, const Step&) = default;
    };
    struct Tick {
        QDate date; // the tick is at the start (midnight) of this day
        QString label;
    };
    struct Choice {
        Step step;
        std::vector<Tick> ticks;
    };

    // The ticks from `first` to `last` (both included: the days whose midnight is in view) on an
    // axis `width` pixels wide that shows `days` days (fractions allowed), with `measure` giving a
    // label's width in pixels.
    static Choice choose(const QDate& first, const QDate& last, double days, double width,
                         const std::function<double(const QString&)>& measure);

    // Pixels kept clear between two neighbouring labels.
    static constexpr double kGap = 12.0;
    // Views longer than this many days tick months or years, never days or weeks.
    static constexpr double kLongestDayView = 92.0;
};

} // namespace ldn
