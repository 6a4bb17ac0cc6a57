#pragma once

#include <QString>

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
};

} // namespace ldn
