#include "core/diary/Severity.h"

#include <QCoreApplication>

#include <algorithm>

namespace ldn {

std::optional<Severity> Severity::fromNumber(int number)
{
    return isValid(number) ? std::optional<Severity>(Severity(number)) : std::nullopt;
}

QString Severity::name() const
{
    return nameOf(m_number);
}

QString Severity::nameOf(int number)
{
    switch (std::clamp(number, kMinimum, kMaximum)) {
    case kMild:
        return QCoreApplication::translate("Severity", "mild");
    case kModerate:
        return QCoreApplication::translate("Severity", "moderate");
    case kSevere:
        return QCoreApplication::translate("Severity", "severe");
    default:
        return QCoreApplication::translate("Severity", "none");
    }
}

} // namespace ldn
