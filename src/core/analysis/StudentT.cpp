#include "core/analysis/StudentT.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ldn {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Continued fraction for I_x(a, b) by the modified Lentz method; converges fast for
// x < (a + 1) / (a + b + 2), which the caller arranges by symmetry.
double betaContinuedFraction(double x, double a, double b)
{
    constexpr int kMaximumIterations = 500;
    constexpr double kEpsilon = 1e-15;
    constexpr double kTiny = 1e-300;

    double c = 1.0;
    double d = 1.0 - (a + b) * x / (a + 1.0);
    if (std::fabs(d) < kTiny) {
        d = kTiny;
    }
    d = 1.0 / d;
    double fraction = d;
    for (int m = 1; m <= kMaximumIterations; ++m) {
        const double twoM = 2.0 * m;
        double numerator = m * (b - m) * x / ((a + twoM - 1.0) * (a + twoM));
        for (int half = 0; half < 2; ++half) {
            d = 1.0 + numerator * d;
            if (std::fabs(d) < kTiny) {
                d = kTiny;
            }
            c = 1.0 + numerator / c;
            if (std::fabs(c) < kTiny) {
                c = kTiny;
            }
            d = 1.0 / d;
            fraction *= d * c;
            numerator = -(a + m) * (a + b + m) * x / ((a + twoM) * (a + twoM + 1.0));
        }
        if (std::fabs(d * c - 1.0) < kEpsilon) {
            break;
        }
    }
    return fraction;
}

} // namespace

double StudentT::regularizedIncompleteBeta(double x, double a, double b)
{
    if (x <= 0.0) {
        return 0.0;
    }
    if (x >= 1.0) {
        return 1.0;
    }
    const double logFront =
        std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(logFront);
    if (x < (a + 1.0) / (a + b + 2.0)) {
        return front * betaContinuedFraction(x, a, b) / a;
    }
    return 1.0 - front * betaContinuedFraction(1.0 - x, b, a) / b;
}

double StudentT::cdf(double t, double degreesOfFreedom)
{
    const double x = degreesOfFreedom / (degreesOfFreedom + t * t);
    const double tail = 0.5 * regularizedIncompleteBeta(x, degreesOfFreedom / 2.0, 0.5);
    return t >= 0.0 ? 1.0 - tail : tail;
}

double StudentT::density(double t, double degreesOfFreedom)
{
    const double logNormaliser = std::lgamma((degreesOfFreedom + 1.0) / 2.0) -
                                 std::lgamma(degreesOfFreedom / 2.0) - 0.5 * std::log(degreesOfFreedom * kPi);
    return std::exp(logNormaliser - (degreesOfFreedom + 1.0) / 2.0 * std::log1p(t * t / degreesOfFreedom));
}

double StudentT::quantile(double probability, double degreesOfFreedom)
{
    if (!(probability > 0.0 && probability < 1.0) || !(degreesOfFreedom > 0.0)) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (probability < 0.5) {
        return -quantile(1.0 - probability, degreesOfFreedom);
    }
    if (probability == 0.5) {
        return 0.0;
    }
    double low = 0.0;
    double high = 1.0;
    while (cdf(high, degreesOfFreedom) < probability) {
        low = high;
        high *= 2.0;
    }
    // Newton's method inside the bracket, which it never leaves: a step that would is a bisection
    // instead, so it cannot fail, and a handful of cdf evaluations reach full precision (an
    // analysis asks for a quantile per change, symptom and interval).
    double t = 0.5 * (low + high);
    for (int iteration = 0; iteration < 200; ++iteration) {
        const double excess = cdf(t, degreesOfFreedom) - probability;
        if (excess == 0.0) {
            return t;
        }
        (excess < 0.0 ? low : high) = t;
        double next = t - excess / density(t, degreesOfFreedom);
        if (!(next > low && next < high)) {
            next = 0.5 * (low + high);
        }
        const bool converged = std::fabs(next - t) <= 1e-14 * std::max(1.0, std::fabs(t));
        t = next;
        if (converged || high - low <= 1e-13 * std::max(1.0, high)) {
            break;
        }
    }
    return t;
}

} // namespace ldn
