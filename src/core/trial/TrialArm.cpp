#include "core/trial/TrialArm.h"

namespace ldn {

QString armKey(TrialArm arm)
{
    return arm == TrialArm::Ldn ? QStringLiteral("ldn") : QStringLiteral("placebo");
}

std::optional<TrialArm> armFromKey(const QString& key)
{
    if (key == QLatin1String("ldn")) {
        return TrialArm::Ldn;
    }
    if (key == QLatin1String("placebo")) {
        return TrialArm::Placebo;
    }
    return std::nullopt;
}

TrialArm otherArm(TrialArm arm)
{
    return arm == TrialArm::Ldn ? TrialArm::Placebo : TrialArm::Ldn;
}

} // namespace ldn
