#pragma once

#include <QDate>

#include <optional>
#include <vector>

namespace ldn {

// Were the scores already moving before a change? The OLS slope of the scores before the change
// on their calendar day number, in points per week, with its ordinary 95% interval (as R's
// confint(lm(score ~ day)) gives it, times 7). When the interval excludes 0 the trend is flagged:
// part of what looks like the change's effect may only be a trend that was already under way.
struct BeforeTrend {
    double pointsPerWeek = 0.0;
    double low = 0.0;
    double high = 0.0;
    int n = 0;

    // Empty with fewer than 3 scores (no interval exists) or when the scores lie exactly on a
    // straight line, a constant series included (the interval would have no width).
    static std::optional<BeforeTrend> of(const std::vector<QDate>& days, const std::vector<double>& scores,
                                         double confidence = 0.95);

    bool isFlagged() const { return low > 0.0 || high < 0.0; }
    // Flagged and going the symptom's good way (up when higher is better).
    bool isImproving(bool higherIsBetter) const
    {
        return isFlagged() && (pointsPerWeek > 0.0) == higherIsBetter;
    }
    bool isWorsening(bool higherIsBetter) const
    {
        return isFlagged() && (pointsPerWeek > 0.0) != higherIsBetter;
    }

    static constexpr int kMinimumScores = 3;
};

} // namespace ldn
