#include "core/trial/TrialSpan.h"

#include "core/base/InputError.h"

namespace ldn {

void TrialSpan::refuseOverlap(const TrialSpan& proposed, const std::vector<TrialSpan>& existing)
{
    for (const TrialSpan& other : existing) {
        if (proposed.overlaps(other)) {
            throw InputError(QStringLiteral("start"),
                             QStringLiteral("the trial's dates (%1 to %2) overlap an existing trial "
                                            "(%3 to %4); one trial at a time")
                                 .arg(proposed.first.toString(Qt::ISODate),
                                      proposed.last.toString(Qt::ISODate), other.first.toString(Qt::ISODate),
                                      other.last.toString(Qt::ISODate)));
        }
    }
}

} // namespace ldn
