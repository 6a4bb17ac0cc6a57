#include "core/trial/RandomizationTest.h"

#include <cmath>
#include <cstdint>

namespace ldn {

std::optional<double> RandomizationTest::twoSidedP(const std::vector<double>& pairDifferences)
{
    const std::size_t k = pairDifferences.size();
    // TrialProtocol allows at most 20 pairs; beyond 30 the count would not fit this loop's time.
    if (k == 0 || k > 30) {
        return std::nullopt;
    }
    double observed = 0.0;
    for (const double difference : pairDifferences) {
        observed += difference;
    }
    const double observedMean = std::abs(observed / static_cast<double>(k));
    const std::uint64_t patterns = std::uint64_t{1} << k;
    std::uint64_t asExtreme = 0;
    for (std::uint64_t signs = 0; signs < patterns; ++signs) {
        double sum = 0.0;
        for (std::size_t pair = 0; pair < k; ++pair) {
            sum += (signs >> pair) & 1U ? -pairDifferences[pair] : pairDifferences[pair];
        }
        if (std::abs(sum / static_cast<double>(k)) >= observedMean - kTieTolerance) {
            ++asExtreme;
        }
    }
    return static_cast<double>(asExtreme) / static_cast<double>(patterns);
}

} // namespace ldn
