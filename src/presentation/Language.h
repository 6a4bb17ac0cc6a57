#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace ldn {

// The languages LDN Tracker speaks. British English is the source text; American English differs
// where the words do (a "primary care doctor", not a "GP"), in the order of dates and in Letter
// paper; German is a full translation.
enum class Language { EnglishGB, EnglishUS, German };

// "de", "en-GB", "en-US": what --language takes and the settings keep.
QString languageTag(Language language);
// The same tags, also with an underscore, in any case, and with a region for German ("de_AT");
// none for a language LDN Tracker does not speak.
std::optional<Language> languageFromTag(const QString& tag);
// Every tag, for messages: "de, en-GB, en-US".
QStringList languageTags();
// The language's own name for itself, for a menu: "Deutsch", "English (UK)", "English (US)".
QString languageName(Language language);
// The locale whose dates and numbers go with the language.
QLocale languageLocale(Language language);

// The language of the environment, read as GNU gettext does: LANGUAGE (a list, first one LDN Tracker
// speaks wins) before LC_ALL, LC_MESSAGES and LANG, except that a "C" or "POSIX" locale means
// untranslated, whatever LANGUAGE says. British English when nothing there is a language LDN Tracker
// speaks.
Language languageFromEnvironment();

} // namespace ldn
