#pragma once

#include <QDate>

#include <vector>

namespace ldn {

// The dates an existing trial takes up (first and last day, inclusive; a stopped trial ends on
// its stop date).
struct TrialSpan {
    QDate first;
    QDate last;

    bool overlaps(const TrialSpan& other) const { return first <= other.last && other.first <= last; }
    // Throws InputError("start", …) naming the dates of the first existing trial `proposed`
    // overlaps.
    static void refuseOverlap(const TrialSpan& proposed, const std::vector<TrialSpan>& existing);
};

} // namespace ldn
