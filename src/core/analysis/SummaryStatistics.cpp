#include "core/analysis/SummaryStatistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ldn {

SummaryStatistics SummaryStatistics::of(std::vector<double> values)
{
    SummaryStatistics statistics;
    statistics.n = static_cast<int>(values.size());
    if (values.empty()) {
        return statistics;
    }
    const double mean =
        std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    statistics.mean = mean;

    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    statistics.median = values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;

    if (values.size() >= 2) {
        double squares = 0.0;
        for (const double value : values) {
            squares += (value - mean) * (value - mean);
        }
        statistics.standardDeviation = std::sqrt(squares / static_cast<double>(values.size() - 1));
    }
    return statistics;
}

} // namespace ldn
