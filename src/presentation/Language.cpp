#include "presentation/Language.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace ldn {

QString languageTag(Language language)
{
    switch (language) {
    case Language::German:
        return QStringLiteral("de");
    case Language::EnglishUS:
        return QStringLiteral("en-US");
    case Language::EnglishGB:
        break;
    }
    return QStringLiteral("en-GB");
}

std::optional<Language> languageFromTag(const QString& tag)
{
    // "de_DE.UTF-8@euro" -> "de-de"
    QString wanted = tag.trimmed().toLower();
    wanted = wanted.left(wanted.indexOf(QLatin1Char('.'))).left(wanted.indexOf(QLatin1Char('@')));
    wanted.replace(QLatin1Char('_'), QLatin1Char('-'));
    if (wanted == QLatin1String("de") || wanted.startsWith(QLatin1String("de-"))) {
        return Language::German;
    }
    if (wanted == QLatin1String("en-us")) {
        return Language::EnglishUS;
    }
    if (wanted == QLatin1String("en") || wanted.startsWith(QLatin1String("en-"))) {
        return Language::EnglishGB;
    }
    return std::nullopt;
}

QStringList languageTags()
{
    return {languageTag(Language::German), languageTag(Language::EnglishGB),
            languageTag(Language::EnglishUS)};
}

QString languageName(Language language)
{
    // Each language's name for itself, untranslated on purpose: a person who cannot read the
    // current language still finds their own.
    switch (language) {
    case Language::German:
        return QStringLiteral("Deutsch");
    case Language::EnglishUS:
        return QStringLiteral("English (US)");
    case Language::EnglishGB:
        break;
    }
    return QStringLiteral("English (UK)");
}

QLocale languageLocale(Language language)
{
    switch (language) {
    case Language::German:
        return QLocale(QLocale::German, QLocale::Germany);
    case Language::EnglishUS:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::EnglishGB:
        break;
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

Language languageFromEnvironment()
{
    QString locale;
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        locale = qEnvironmentVariable(variable);
        if (!locale.isEmpty()) {
            break;
        }
    }
    const QString bare = locale.left(locale.indexOf(QLatin1Char('.')));
    if (locale.isEmpty() || bare == QLatin1String("C") || bare == QLatin1String("POSIX")) {
        return Language::EnglishGB;
    }
    QStringList wanted = qEnvironmentVariable("LANGUAGE").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    wanted << locale;
    for (const QString& tag : wanted) {
        if (const std::optional<Language> language = languageFromTag(tag)) {
            return *language;
        }
    }
    return Language::EnglishGB;
}

} // namespace ldn
