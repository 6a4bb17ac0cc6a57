#include "core/plan/TitrationAdjustment.h"

#include <QCoreApplication>

namespace ldn {

QString toStorageText(TitrationAdjustment::Kind kind)
{
    switch (kind) {
    case TitrationAdjustment::Kind::Hold:
        return QStringLiteral("hold");
    case TitrationAdjustment::Kind::StepDown:
        return QStringLiteral("step_down");
    case TitrationAdjustment::Kind::Resume:
        return QStringLiteral("resume");
    case TitrationAdjustment::Kind::SetDose:
        return QStringLiteral("set_dose");
    }
    return {};
}

std::optional<TitrationAdjustment::Kind> adjustmentKindFromText(const QString& text)
{
    for (const TitrationAdjustment::Kind kind :
         {TitrationAdjustment::Kind::Hold, TitrationAdjustment::Kind::StepDown,
          TitrationAdjustment::Kind::Resume, TitrationAdjustment::Kind::SetDose}) {
        if (toStorageText(kind) == text) {
            return kind;
        }
    }
    return std::nullopt;
}

QString displayName(TitrationAdjustment::Kind kind)
{
    switch (kind) {
    case TitrationAdjustment::Kind::Hold:
        return QCoreApplication::translate("TitrationAdjustment", "Hold");
    case TitrationAdjustment::Kind::StepDown:
        return QCoreApplication::translate("TitrationAdjustment", "Step down");
    case TitrationAdjustment::Kind::Resume:
        return QCoreApplication::translate("TitrationAdjustment", "Resume");
    case TitrationAdjustment::Kind::SetDose:
        return QCoreApplication::translate("TitrationAdjustment", "Set dose");
    }
    return {};
}

} // namespace ldn
