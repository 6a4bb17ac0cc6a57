#include "core/analysis/LagOneAutocorrelation.h"

namespace ldn {

std::optional<double> LagOneAutocorrelation::of(const std::vector<double>& residuals)
{
    double squares = 0.0;
    double products = 0.0;
    for (std::size_t t = 0; t < residuals.size(); ++t) {
        squares += residuals[t] * residuals[t];
        if (t > 0) {
            products += residuals[t] * residuals[t - 1];
        }
    }
    if (!(squares > 0.0)) {
        return std::nullopt;
    }
    return products / squares;
}

} // namespace ldn
