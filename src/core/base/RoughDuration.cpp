#include "core/base/RoughDuration.h"

#include <cmath>

namespace ldn {

RoughDuration RoughDuration::of(qint64 days)
{
    constexpr double kDaysPerYear = 365.25;
    constexpr double kDaysPerMonth = kDaysPerYear / 12.0;
    const auto rounded = [](double value) { return static_cast<int>(std::lround(value)); };
    if (days < 14) {
        return {Unit::Days, static_cast<int>(days)};
    }
    if (days < 61) {
        return {Unit::Weeks, rounded(static_cast<double>(days) / 7.0)};
    }
    const int months = rounded(static_cast<double>(days) / kDaysPerMonth);
    if (months < 24) {
        return {Unit::Months, months};
    }
    return {Unit::Years, rounded(static_cast<double>(days) / kDaysPerYear)};
}

} // namespace ldn
