#include "core/diary/SymptomDefinition.h"

#include <QCoreApplication>

namespace ldn {

std::vector<SymptomDefinition> defaultSymptoms()
{
    // In the language of the app that creates the profile: a German diary starts with German names
    // (the command-line tool installs no translation, so its profiles start in English).
    const auto name = [](const char* english) {
        return QCoreApplication::translate("DefaultSymptoms", english);
    };
    return {
        {name(QT_TRANSLATE_NOOP("DefaultSymptoms", "pain")), false},
        {name(QT_TRANSLATE_NOOP("DefaultSymptoms", "fatigue")), false},
        {name(QT_TRANSLATE_NOOP("DefaultSymptoms", "sleep quality")), true},
        {name(QT_TRANSLATE_NOOP("DefaultSymptoms", "brain fog")), false},
        {name(QT_TRANSLATE_NOOP("DefaultSymptoms", "mood")), true},
    };
}

} // namespace ldn
