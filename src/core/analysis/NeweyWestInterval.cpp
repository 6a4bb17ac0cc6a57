#include "core/analysis/NeweyWestInterval.h"

#include "core/analysis/StudentT.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace ldn {

int NeweyWestInterval::lagFor(int n)
{
    return static_cast<int>(std::floor(4.0 * std::pow(n / 100.0, 2.0 / 9.0)));
}

std::optional<NeweyWestInterval> NeweyWestInterval::forSlope(const SimpleRegression& fit, double confidence)
{
    return forSlope(fit, lagFor(fit.n()), confidence);
}

std::optional<NeweyWestInterval> NeweyWestInterval::forSlope(const SimpleRegression& fit, int lag,
                                                             double confidence)
{
    const int n = fit.n();
    if (!fit.isValid() || n <= 2 || lag < 0) {
        return std::nullopt;
    }
    // With x centred, X'X is diagonal (n, Σ x̃²), so the slope's entry of the sandwich
    // (X'X)⁻¹ S (X'X)⁻¹ is S₂₂ / (Σ x̃²)², and only the scores uₜ = x̃ₜ eₜ enter S₂₂. Centring x is
    // a change of parameters that leaves the slope and its variance as they are.
    const std::vector<double>& x = fit.centredX();
    const std::vector<double>& e = fit.residuals();
    std::vector<double> scores(static_cast<std::size_t>(n));
    for (std::size_t t = 0; t < scores.size(); ++t) {
        scores[t] = x[t] * e[t];
    }
    double meat = 0.0;
    for (const double score : scores) {
        meat += score * score;
    }
    for (int j = 1; j <= lag && j < n; ++j) {
        const double weight = 1.0 - static_cast<double>(j) / (lag + 1.0);
        double autocovariance = 0.0;
        for (std::size_t t = static_cast<std::size_t>(j); t < scores.size(); ++t) {
            autocovariance += scores[t] * scores[t - static_cast<std::size_t>(j)];
        }
        meat += 2.0 * weight * autocovariance;
    }
    NeweyWestInterval interval;
    interval.lag = lag;
    interval.estimate = fit.slope();
    // Bartlett weights keep the estimate non-negative; the clamp only guards against rounding.
    interval.standardError = std::sqrt(std::max(0.0, meat)) / fit.spreadOfX();
    const double margin = StudentT::quantile(0.5 + confidence / 2.0, n - 2) * interval.standardError;
    interval.low = interval.estimate - margin;
    interval.high = interval.estimate + margin;
    return interval;
}

} // namespace ldn
