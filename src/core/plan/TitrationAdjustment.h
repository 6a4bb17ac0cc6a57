#pragma once

#include "core/diary/Dose.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ldn {

// A deliberate change to a titration plan, kept for ever so the plan's history can be shown.
struct TitrationAdjustment {
    enum class Kind {
        Hold,     // stay on the current dose; no further steps until resumed
        StepDown, // go down to `dose` (e.g. half, after side effects) and hold there
        Resume,   // climb again from the current dose; the next step is one interval later
        SetDose,  // move to `dose` and keep climbing from there
    };

    QDate effectiveOn;
    Kind kind = Kind::Hold;
    std::optional<Dose> dose; // StepDown and SetDose only
    QString reason;

    friend bool operator==(const TitrationAdjustment&, const TitrationAdjustment&) = default;
};

QString toStorageText(TitrationAdjustment::Kind kind);
std::optional<TitrationAdjustment::Kind> adjustmentKindFromText(const QString& text);
QString displayName(TitrationAdjustment::Kind kind);

} // namespace ldn
