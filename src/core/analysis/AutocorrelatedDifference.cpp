#include "core/analysis/AutocorrelatedDifference.h"

#include "core/analysis/LagOneAutocorrelation.h"
#include "core/analysis/SimpleRegression.h"

namespace ldn {

AutocorrelatedDifference AutocorrelatedDifference::of(const std::vector<double>& before,
                                                      const std::vector<double>& after)
{
    AutocorrelatedDifference result;
    if (before.size() < kMinimumPerSide) {
        result.gap = EstimateGap::TooFewBefore;
        return result;
    }
    if (after.size() < kMinimumPerSide) {
        result.gap = EstimateGap::TooFewAfter;
        return result;
    }
    if (before.size() + after.size() < kMinimumDays) {
        result.gap = EstimateGap::TooFewInAll;
        return result;
    }
    std::vector<double> indicator(before.size(), 0.0);
    indicator.resize(before.size() + after.size(), 1.0);
    std::vector<double> scores = before;
    scores.insert(scores.end(), after.begin(), after.end());
    const SimpleRegression fit = SimpleRegression::fit(indicator, scores);
    if (fit.isExactFit()) {
        result.gap = EstimateGap::NoVariation;
        return result;
    }
    result.interval = NeweyWestInterval::forSlope(fit);
    result.lagOneAutocorrelation = LagOneAutocorrelation::of(fit.residuals());
    return result;
}

} // namespace ldn
