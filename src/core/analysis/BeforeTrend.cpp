#include "core/analysis/BeforeTrend.h"

#include "core/analysis/SimpleRegression.h"
#include "core/analysis/StudentT.h"

namespace ldn {

std::optional<BeforeTrend> BeforeTrend::of(const std::vector<QDate>& days, const std::vector<double>& scores,
                                           double confidence)
{
    if (scores.size() < kMinimumScores || days.size() != scores.size()) {
        return std::nullopt;
    }
    std::vector<double> dayNumbers;
    dayNumbers.reserve(days.size());
    for (const QDate& day : days) {
        dayNumbers.push_back(static_cast<double>(day.toJulianDay()));
    }
    const SimpleRegression fit = SimpleRegression::fit(dayNumbers, scores);
    if (!fit.isValid() || fit.isExactFit()) {
        return std::nullopt;
    }
    constexpr double kDaysPerWeek = 7.0;
    BeforeTrend trend;
    trend.n = fit.n();
    trend.pointsPerWeek = fit.slope() * kDaysPerWeek;
    const double margin =
        StudentT::quantile(0.5 + confidence / 2.0, fit.n() - 2) * fit.slopeStandardError() * kDaysPerWeek;
    trend.low = trend.pointsPerWeek - margin;
    trend.high = trend.pointsPerWeek + margin;
    return trend;
}

} // namespace ldn
