#include "core/analysis/SimpleRegression.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ldn {

SimpleRegression SimpleRegression::fit(const std::vector<double>& x, const std::vector<double>& y)
{
    SimpleRegression result;
    const std::size_t n = std::min(x.size(), y.size());
    if (n < 2) {
        return result;
    }
    const double meanX =
        std::accumulate(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(n), 0.0) / static_cast<double>(n);
    const double meanY =
        std::accumulate(y.begin(), y.begin() + static_cast<std::ptrdiff_t>(n), 0.0) / static_cast<double>(n);
    result.m_centredX.resize(n);
    double spreadOfX = 0.0;
    double crossProducts = 0.0;
    for (std::size_t t = 0; t < n; ++t) {
        const double centred = x[t] - meanX;
        result.m_centredX[t] = centred;
        spreadOfX += centred * centred;
        crossProducts += centred * (y[t] - meanY);
        result.m_sumOfSquaresOfY += y[t] * y[t];
    }
    if (!(spreadOfX > 0.0)) {
        return result;
    }
    result.m_valid = true;
    result.m_spreadOfX = spreadOfX;
    result.m_slope = crossProducts / spreadOfX;
    result.m_intercept = meanY - result.m_slope * meanX;
    result.m_residuals.resize(n);
    for (std::size_t t = 0; t < n; ++t) {
        const double residual = (y[t] - meanY) - result.m_slope * result.m_centredX[t];
        result.m_residuals[t] = residual;
        result.m_residualSumOfSquares += residual * residual;
    }
    return result;
}

double SimpleRegression::slopeStandardError() const
{
    if (!m_valid || n() <= 2) {
        return std::nan("");
    }
    return std::sqrt(m_residualSumOfSquares / (n() - 2) / m_spreadOfX);
}

bool SimpleRegression::isExactFit() const
{
    // Rounding leaves residuals of about 1e-16 of the values; any real scatter of daily scores is
    // many orders of magnitude larger.
    constexpr double kRelativeTolerance = 1e-24;
    return m_residualSumOfSquares <= kRelativeTolerance * std::max(1.0, m_sumOfSquaresOfY);
}

} // namespace ldn
