#pragma once

#include <QString>

namespace ldn {

// How the day form names what it builds for each symptom, side effect and event: the object names
// tests and tools find widgets by, and the words on screen.
class DayFormNames {
public:
    // "brain fog" -> "score_brain_fog".
    static QString objectName(const QString& prefix, const QString& name);
    // "vivid dreams" -> "Vivid dreams".
    static QString capitalised(const QString& text);
};

} // namespace ldn
