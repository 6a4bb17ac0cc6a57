#include "core/analysis/WelchInterval.h"

#include "core/analysis/StudentT.h"
#include "core/analysis/SummaryStatistics.h"

#include <cmath>

namespace ldn {

std::optional<WelchInterval> WelchInterval::of(const std::vector<double>& after,
                                               const std::vector<double>& before, double confidence)
{
    if (after.size() < 2 || before.size() < 2) {
        return std::nullopt;
    }
    const SummaryStatistics a = SummaryStatistics::of(after);
    const SummaryStatistics b = SummaryStatistics::of(before);
    const double varianceA = *a.standardDeviation * *a.standardDeviation / a.n;
    const double varianceB = *b.standardDeviation * *b.standardDeviation / b.n;
    const double standardErrorSquared = varianceA + varianceB;
    if (standardErrorSquared <= 0.0) {
        return std::nullopt;
    }
    WelchInterval interval;
    interval.difference = *a.mean - *b.mean;
    interval.degreesOfFreedom = standardErrorSquared * standardErrorSquared /
                                (varianceA * varianceA / (a.n - 1) + varianceB * varianceB / (b.n - 1));
    const double margin = StudentT::quantile(0.5 + confidence / 2.0, interval.degreesOfFreedom) *
                          std::sqrt(standardErrorSquared);
    interval.low = interval.difference - margin;
    interval.high = interval.difference + margin;
    return interval;
}

} // namespace ldn
