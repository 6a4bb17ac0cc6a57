#include "core/analysis/FlareAtStart.h"

#include <algorithm>
#include <cmath>

namespace ldn {

double FlareAtStart::quantile(std::vector<double> values, double probability)
{
    if (values.empty()) {
        return std::nan("");
    }
    std::sort(values.begin(), values.end());
    const double position = (static_cast<double>(values.size()) - 1.0) * probability;
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, values.size() - 1);
    return values[below] + (position - static_cast<double>(below)) * (values[above] - values[below]);
}

std::optional<FlareAtStart> FlareAtStart::assess(double baselineMean, std::vector<double> scoresBeforeLdn,
                                                 const std::optional<BeforeTrend>& baselineTrend,
                                                 bool higherIsBetter)
{
    if (scoresBeforeLdn.empty()) {
        return std::nullopt;
    }
    FlareAtStart flare;
    flare.scoresBeforeLdn = static_cast<int>(scoresBeforeLdn.size());
    flare.worstQuarterLimit = quantile(std::move(scoresBeforeLdn), higherIsBetter ? 0.25 : 0.75);
    flare.baselineInWorstQuarter =
        higherIsBetter ? baselineMean < flare.worstQuarterLimit : baselineMean > flare.worstQuarterLimit;
    flare.worseningBefore = baselineTrend && baselineTrend->isWorsening(higherIsBetter);
    return flare;
}

} // namespace ldn
