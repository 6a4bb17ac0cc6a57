#pragma once

#include <QString>
#include <QStringList>

namespace ldn {

// The conditions field takes one line, "ME/CFS, fibromyalgia", because people know their
// diagnoses by name and a list editor would be heavier than the task. Both forms that create a
// profile read it the same way.
class ConditionListInput {
public:
    // Splits on commas and semicolons, tidies spaces, drops empty parts and repeats.
    static QStringList parse(const QString& text);
};

} // namespace ldn
