#pragma once

namespace ldn {

// Student's t distribution for any positive (also fractional) degrees of freedom, as Welch's
// interval needs. Computed through the regularised incomplete beta function.
class StudentT {
public:
    static double cdf(double t, double degreesOfFreedom);
    static double density(double t, double degreesOfFreedom);
    // The t with cdf(t) == probability, for 0 < probability < 1.
    static double quantile(double probability, double degreesOfFreedom);

    // I_x(a, b), the regularised incomplete beta function, for 0 <= x <= 1 and a, b > 0.
    static double regularizedIncompleteBeta(double x, double a, double b);
};

} // namespace ldn
