#pragma once

#include <optional>
#include <vector>

namespace ldn {

// The exact randomization test of a blinded n-of-1 trial (Kravitz & Duan, AHRQ 2014, ch. 4):
// under "LDN makes no difference" the order within each pair was a coin toss, so each pair's
// difference (LDN − placebo) could as well have had the other sign. Of all 2^K sign patterns,
// the two-sided p is the share whose mean has |mean| at least the observed |mean| (ties within
// 1e-9 count). The observed pattern and its mirror image always count, so p ≥ 2 / 2^K.
class RandomizationTest {
public:
    static constexpr double kTieTolerance = 1e-9;

    // Empty when there is no difference at all.
    static std::optional<double> twoSidedP(const std::vector<double>& pairDifferences);
};

} // namespace ldn
