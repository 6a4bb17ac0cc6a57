#pragma once

#include <optional>
#include <vector>

namespace ldn {

// The difference of two means (after - before) with Welch's 95% confidence interval, as R's
// t.test(after, before) reports it. Empty when either group has fewer than two values or both
// have no spread, because no honest interval exists then.
struct WelchInterval {
    double difference = 0.0;
    double low = 0.0;
    double high = 0.0;
    double degreesOfFreedom = 0.0;

    static std::optional<WelchInterval> of(const std::vector<double>& after,
                                           const std::vector<double>& before, double confidence = 0.95);
};

} // namespace ldn
