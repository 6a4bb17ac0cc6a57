#pragma once

#include <QDate>

#include <optional>
#include <vector>

namespace ldn {

// One symptom's scores over a run of days, in date order, with the day of each score: what the
// before/after comparisons and trends are computed from.
struct DatedScores {
    std::vector<QDate> days;
    std::vector<double> scores;

    void add(const QDate& day, double score);
    int n() const { return static_cast<int>(scores.size()); }
    std::optional<double> mean() const;
    // The first and last day scored; invalid when there is none.
    QDate first() const { return days.empty() ? QDate() : days.front(); }
    QDate last() const { return days.empty() ? QDate() : days.back(); }
};

} // namespace ldn
