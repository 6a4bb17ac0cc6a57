#pragma once

#include "core/analysis/SimpleRegression.h"

#include <optional>

namespace ldn {

// A 95% interval for the slope of a SimpleRegression that allows for autocorrelated errors: the
// Newey–West (HAC) standard error with Bartlett weights wⱼ = 1 − j/(L + 1) up to lag L, no
// prewhitening and no small-sample adjustment, and t(0.975, n − 2). For y on an "after"
// indicator the slope is the difference of means, and this is exactly what R gives with
// sandwich::NeweyWest(lm(y ~ x), lag = L, prewhite = FALSE, adjust = FALSE).
//
// Why: daily scores are not independent (a bad week is a run of bad days), so an interval that
// treats each day as a separate observation, as Welch's does, is too narrow.
struct NeweyWestInterval {
    double estimate = 0.0;
    double standardError = 0.0;
    double low = 0.0;
    double high = 0.0;
    int lag = 0;

    // L = ⌊4 (n/100)^(2/9)⌋, the usual Newey–West rule: 2 for n up to 27, 3 from 28 to 99, 4
    // from 100 to 272.
    static int lagFor(int n);

    // Empty when the fit is not valid or has two points or fewer (no t quantile exists).
    static std::optional<NeweyWestInterval> forSlope(const SimpleRegression& fit, double confidence = 0.95);
    static std::optional<NeweyWestInterval> forSlope(const SimpleRegression& fit, int lag,
                                                     double confidence = 0.95);

    // The interval lies wholly above or wholly below 0.
    bool excludesZero() const { return low > 0.0 || high < 0.0; }
};

} // namespace ldn
