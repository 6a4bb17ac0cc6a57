#pragma once

#include "core/plan/Medication.h"

#include <QDate>
#include <QString>

#include <vector>

namespace ldn {

// How another medicine on a person's list bears on taking LDN. Naltrexone blocks opioid
// receptors: with an opioid painkiller it can cause withdrawal or stop the pain relief, so every
// LDN trial excluded opioid users. Immunosuppressants and thyroid hormone need a doctor's eye.
class MedicationSafety {
public:
    enum class Level { None, Caution, Contraindicated };

    struct Assessment {
        Level level = Level::None;
        QString group;   // e.g. "opioid", "immunosuppressant", "thyroid hormone"
        QString warning; // the sentence to show; empty for Level::None
    };

    // Matches generic and common brand names, case-insensitively, anywhere in the text
    // ("Co-codamol 30/500" is recognised as containing codeine).
    static Assessment assess(const QString& medicationName);

    // Every LDN trial left out people who had taken an opioid shortly before (none within 15 days
    // in one, 4 weeks in another), so a stopped opioid is still warned about for this long.
    static constexpr int kOpioidClearanceDays = 28;

    // The opioids on a list that bear on taking LDN on `date`: those still taken, and those
    // stopped fewer than kOpioidClearanceDays days before it. In the list's order.
    static bool isOpioidOfConcern(const Medication& medication, const QDate& date);
    static std::vector<Medication> opioidsOfConcern(const std::vector<Medication>& medications,
                                                    const QDate& date);

    // For an opioid stopped recently, as of `date`: when it stopped and why that still matters
    // (translated in the context "MedicationSafety"). `stoppedOnText`: the stop day as the caller
    // writes dates; without it "7 Dec 2026".
    static QString clearanceNote(const Medication& stoppedOpioid, const QDate& date,
                                 const QString& stoppedOnText = QString());
};

} // namespace ldn
