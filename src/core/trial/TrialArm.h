#pragma once

#include <QString>

#include <optional>

namespace ldn {

// Which capsules a period of a blinded trial gives: LDN, or placebo capsules that look the same.
enum class TrialArm { Ldn, Placebo };

// "ldn" or "placebo": the `arm` of the pharmacy sheet's JSON.
QString armKey(TrialArm arm);
std::optional<TrialArm> armFromKey(const QString& key);
TrialArm otherArm(TrialArm arm);

} // namespace ldn
