#include "core/analysis/DatedScores.h"

#include <numeric>

namespace ldn {

void DatedScores::add(const QDate& day, double score)
{
    days.push_back(day);
    scores.push_back(score);
}

std::optional<double> DatedScores::mean() const
{
    if (scores.empty()) {
        return std::nullopt;
    }
    return std::accumulate(scores.begin(), scores.end(), 0.0) / static_cast<double>(scores.size());
}

} // namespace ldn
