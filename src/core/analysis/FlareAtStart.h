#pragma once

#include "core/analysis/BeforeTrend.h"

#include <optional>
#include <vector>

namespace ldn {

// Did the person start LDN during a flare? People tend to start a new medicine when they feel
// worst, and scores drift back towards their usual level on their own (regression to the mean),
// so part of any later improvement may not be the medicine's. A symptom counts as in a flare
// when its baseline mean lies in the worst quarter of the person's own scores before LDN, or when
// it was getting worse during the baseline (a flagged worsening trend).
//
// "Their own scores before LDN" are the symptom's scores on every logged, not missed day before
// the first dose of LDN in the whole diary (all at 0 mg, whatever dates are analysed). The worst
// quarter is beyond their upper quartile when lower is better (above it), or their lower quartile
// when higher is better (below it); quartiles as R's quantile() gives them (type 7). Strictly
// beyond, so a baseline that never varies is not a flare.
struct FlareAtStart {
    bool baselineInWorstQuarter = false;
    bool worseningBefore = false;
    double worstQuarterLimit = 0.0; // the quartile the baseline mean is compared with
    int scoresBeforeLdn = 0;

    bool isFlare() const { return baselineInWorstQuarter || worseningBefore; }

    // Empty when there are no scores before LDN.
    static std::optional<FlareAtStart> assess(double baselineMean, std::vector<double> scoresBeforeLdn,
                                              const std::optional<BeforeTrend>& baselineTrend,
                                              bool higherIsBetter);

    // The sample quantile of R's default (type 7): linear between the order statistics.
    static double quantile(std::vector<double> values, double probability);
};

} // namespace ldn
