#include "core/plan/Medication.h"

#include "core/base/InputError.h"

namespace ldn {

void Medication::validate() const
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty()) {
        throw InputError(QStringLiteral("medication name"), QStringLiteral("a name is required"));
    }
    if (simplified.size() > kMaximumNameLength) {
        throw InputError(QStringLiteral("medication name"),
                         QStringLiteral("a name can be at most %1 characters").arg(kMaximumNameLength));
    }
    if (startedOn.isValid() && stoppedOn.isValid() && stoppedOn < startedOn) {
        throw InputError(QStringLiteral("stopped"),
                         QStringLiteral("a medicine cannot stop before it started"));
    }
}

} // namespace ldn
