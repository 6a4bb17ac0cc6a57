#pragma once

#include "core/diary/Dose.h"

#include <QString>
#include <QStringList>
#include <QTime>

#include <cstdint>
#include <optional>

namespace ldn {

// A person whose diary is kept: the patient themself, or someone a carer looks after.
struct Profile {
    std::int64_t id = 0;
    QString name;
    QStringList conditions; // condition names, as the person knows them
    int loggedDays = 0;
    // How a dose without a unit is read for this person (a sensitive titration in micrograms).
    Dose::Unit doseUnit = Dose::Unit::Milligrams;
    QString colour;                    // "#rrggbb" that tells this person apart on screen; empty: none chosen
    std::optional<QTime> reminderTime; // the nightly reminder, when it is on

    // A name a person gave (a profile's, a condition's or a symptom's) with stray spaces removed:
    // 1 to kMaximumNameLength characters. Throws InputError naming `field` otherwise.
    static QString checkedName(const QString& raw, const QString& field);
    // "#2a7ab0" for any colour QColor names ("#2A7AB0", "#2a7ab0"); empty stays empty. Throws
    // InputError("colour") for anything else.
    static QString checkedColour(const QString& raw);

    static constexpr int kMaximumNameLength = 100;
};

} // namespace ldn
