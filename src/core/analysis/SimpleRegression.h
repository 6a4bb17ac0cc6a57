#pragma once

#include <vector>

namespace ldn {

// Ordinary least squares of y on one regressor x with an intercept (y = a + b·x): the fit under
// both the before/after comparison (x is 0 before a change and 1 after it) and a trend (x is the
// day number). x is centred before fitting, so calendar day numbers in the millions lose no
// precision.
class SimpleRegression {
public:
    // Needs at least two points and x not all equal; otherwise the result is not valid.
    static SimpleRegression fit(const std::vector<double>& x, const std::vector<double>& y);

    bool isValid() const { return m_valid; }
    int n() const { return static_cast<int>(m_residuals.size()); }
    double intercept() const { return m_intercept; }
    double slope() const { return m_slope; }
    // x minus its mean, in the order given.
    const std::vector<double>& centredX() const { return m_centredX; }
    // y minus the fitted line, in the order given.
    const std::vector<double>& residuals() const { return m_residuals; }
    // Σ (x − x̄)²
    double spreadOfX() const { return m_spreadOfX; }
    double residualSumOfSquares() const { return m_residualSumOfSquares; }
    // The ordinary (independent errors) standard error of the slope, √(RSS / (n − 2) / Σ (x − x̄)²).
    // Needs n > 2.
    double slopeStandardError() const;
    // Every residual is zero (to rounding): the points lie exactly on the line, as a series that
    // never varies does. No interval exists then.
    bool isExactFit() const;

private:
    bool m_valid = false;
    double m_intercept = 0.0;
    double m_slope = 0.0;
    double m_spreadOfX = 0.0;
    double m_residualSumOfSquares = 0.0;
    double m_sumOfSquaresOfY = 0.0;
    std::vector<double> m_centredX;
    std::vector<double> m_residuals;
};

} // namespace ldn
