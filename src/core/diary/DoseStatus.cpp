#include "core/diary/DoseStatus.h"

namespace ldn {

QString toStorageText(DoseStatus status)
{
    switch (status) {
    case DoseStatus::Taken:
        return QStringLiteral("taken");
    case DoseStatus::Missed:
        return QStringLiteral("missed");
    }
    return {};
}

std::optional<DoseStatus> doseStatusFromStorageText(const QString& text)
{
    if (text == QLatin1String("taken")) {
        return DoseStatus::Taken;
    }
    if (text == QLatin1String("missed")) {
        return DoseStatus::Missed;
    }
    return std::nullopt;
}

} // namespace ldn
