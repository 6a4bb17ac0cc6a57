#pragma once

#include <optional>
#include <vector>

namespace ldn {

// How much today's residual resembles yesterday's: r₁ = Σₜ₌₂..ₙ eₜ eₜ₋₁ / Σ eₜ², over the residuals
// of a fit in date order. Diaries usually give 0.4–0.8: a bad week is a run of bad days. Empty
// when every residual is 0.
class LagOneAutocorrelation {
public:
    static std::optional<double> of(const std::vector<double>& residuals);

    // From here on the panel and the report say in words that today's score resembles
    // yesterday's; below it the effect on the interval is small.
    static constexpr double kNotable = 0.2;
};

} // namespace ldn
