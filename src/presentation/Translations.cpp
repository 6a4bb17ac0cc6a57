#include "presentation/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace ldn {
namespace {

struct Installed {
    Language language = Language::EnglishGB;
    std::vector<std::unique_ptr<QTranslator>> translators;
};

Installed& installed()
{
    static Installed state;
    return state;
}

void load(const QString& file, const QString& directory = QString())
{
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(file, directory) && QCoreApplication::installTranslator(translator.get())) {
        installed().translators.push_back(std::move(translator));
    }
}

} // namespace

void Translations::install(Language language)
{
    Installed& state = installed();
    for (const std::unique_ptr<QTranslator>& translator : state.translators) {
        QCoreApplication::removeTranslator(translator.get());
    }
    state.translators.clear();
    state.language = language;
    QLocale::setDefault(languageLocale(language));

    if (language == Language::German) {
        // Qt's own strings ("Cancel", "&Yes", the file dialog) when the system has them; without
        // qt6-translations-l10n those stay English and everything of LDN Tracker's is still German.
        load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    const QString own = resourceFile(language);
    if (!own.isEmpty()) {
        load(own);
    }
}

Language Translations::current()
{
    return installed().language;
}

QLocale Translations::locale()
{
    QLocale locale = languageLocale(current());
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString Translations::resourceFile(Language language)
{
    switch (language) {
    case Language::German:
        return QStringLiteral(":/i18n/ldn-tracker_de.qm");
    case Language::EnglishUS:
        return QStringLiteral(":/i18n/ldn-tracker_en_US.qm");
    case Language::EnglishGB:
        break;
    }
    return {};
}

} // namespace ldn
