#pragma once

#include "presentation/Language.h"

#include <QLocale>

namespace ldn {

// Switches the whole program to one language: LDN Tracker's own texts (compiled from
// translations/*.ts into the :/i18n resources, so they travel inside the programs), Qt's own
// texts for German (the buttons of standard dialogs, from the qt6-translations-l10n package when
// it is installed), and the locale that dates and numbers are written in. British English, the
// source text, loads nothing.
//
// Needs a QCoreApplication. Installing again replaces what was installed before.
class Translations {
public:
    static void install(Language language);
    // The language last installed (British English before any).
    static Language current();
    // The locale of the current language, for dates and numbers ("2,5" in German), without
    // thousands separators: a diary's numbers are small and "1,000" would read as one in German.
    static QLocale locale();

    // The file inside the resources for a language, e.g. ":/i18n/ldn-tracker_de.qm"; empty for the
    // source language.
    static QString resourceFile(Language language);
};

} // namespace ldn
