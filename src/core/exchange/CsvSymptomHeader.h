#pragma once

#include "core/exchange/CsvScale.h"

#include <QString>

#include <optional>

namespace ldn {

// What a spreadsheet's column header says about a symptom: its name, the scale it is scored on
// when the header says so ("Pain (0-10)", "Energy [1–5]", "Mood 1-5", "Fatigue /10", "Sleep out of
// 5"), and whether a higher score sounds better.
class CsvSymptomHeader {
public:
    // The scale the header names, or nothing.
    static std::optional<CsvScale> scale(const QString& header);
    // The header without its scale: "Pain (0-10)" -> "Pain".
    static QString name(const QString& header);
    // Whether a higher score of a symptom so named is better: its name speaks of sleep, energy,
    // mood, quality, wellbeing, focus or concentration, in English or German ("Schlafqualität",
    // "Energie", "Stimmung", "Wohlbefinden"). A guess: the person can always say otherwise.
    static bool higherSoundsBetter(const QString& name);
};

} // namespace ldn
