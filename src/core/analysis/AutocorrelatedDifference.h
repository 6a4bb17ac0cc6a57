#pragma once

#include "core/analysis/EstimateGap.h"
#include "core/analysis/NeweyWestInterval.h"

#include <optional>
#include <vector>

namespace ldn {

// The difference of means between a run of "before" scores and a run of "after" scores, each in
// date order, with an interval that allows for today's score resembling yesterday's. The two runs
// are joined into one series y = (before…, after…) (unlogged and missed days are simply absent)
// and y is fitted on an "after" indicator by OLS; the slope is after − before. Definitions are in
// docs/formats.md and shared by the JSON, the panel, the report and the tests against R.
struct AutocorrelatedDifference {
    std::optional<NeweyWestInterval> interval;   // the Newey–West 95% interval (`ci95_hac`)
    std::optional<double> lagOneAutocorrelation; // of the fit's residuals (`lag1_autocorrelation`)
    std::optional<EstimateGap> gap;              // why the two above are empty

    // Fewer days than these give no interval: a run of autocorrelated scores needs room for the
    // lags, and each side needs enough days to have a mean and a spread.
    static constexpr int kMinimumDays = 8;
    static constexpr int kMinimumPerSide = 3;

    static AutocorrelatedDifference of(const std::vector<double>& before, const std::vector<double>& after);
};

} // namespace ldn
