#pragma once

#include <QtGlobal>

namespace ldn {

// A span of days as people say it: "10 days", "3 weeks", "11 months", "2 years", rounded. The
// report and the app word it in their own language; the rounding is here, once.
struct RoughDuration {
    enum class Unit { Days, Weeks, Months, Years };
    Unit unit = Unit::Days;
    int count = 0;

    // Days below 14, weeks below 61 days, months below 24 months, then years.
    static RoughDuration of(qint64 days);
};

} // namespace ldn
