#pragma once

#include <QString>

#include <optional>

namespace ldn {

// What happened to the day's dose. A day with no diary entry at all is "not logged"; it has no
// status because nothing was recorded, which keeps the three cases apart everywhere.
enum class DoseStatus {
    Taken,  // a dose was taken; 0 mg is a real, deliberate dose (baseline or planned pause)
    Missed, // the person meant to take LDN and did not
};

QString toStorageText(DoseStatus status);
std::optional<DoseStatus> doseStatusFromStorageText(const QString& text);

} // namespace ldn
