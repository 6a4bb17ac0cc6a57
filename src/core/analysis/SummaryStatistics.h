#pragma once

#include <optional>
#include <vector>

namespace ldn {

// n, mean, median and sample standard deviation (n - 1) of a set of scores. Mean and median are
// empty for no values, the standard deviation for fewer than two: an estimate that cannot be
// made is absent, never zero.
struct SummaryStatistics {
    int n = 0;
    std::optional<double> mean;
    std::optional<double> median;
    std::optional<double> standardDeviation;

    static SummaryStatistics of(std::vector<double> values);
};

} // namespace ldn
