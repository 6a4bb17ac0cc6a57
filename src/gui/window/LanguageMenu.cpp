#include "gui/window/LanguageMenu.h"

#include "presentation/Language.h"
#include "presentation/Translations.h"
#include "services/AppSettings.h"
#include "services/SettingKeys.h"

#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>

namespace ldn {

LanguageMenu::LanguageMenu(QMenu& menu, AppSettings& settings, QWidget& window)
    : QObject(&menu)
    , m_settings(settings)
    , m_window(window)
{
    auto* group = new QActionGroup(this);
    group->setExclusive(true);
    const QString chosen = m_settings.value(SettingKeys::language);
    const auto add = [&](const QString& text, const QString& tag) {
        QAction* action = menu.addAction(text);
        action->setCheckable(true);
        action->setChecked(tag == chosen ||
                           (tag == SettingKeys::language.defaultValue && !languageFromTag(chosen)));
        action->setData(tag);
        action->setObjectName(QStringLiteral("actionLanguage_") + tag);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, tag] { choose(tag); });
    };
    add(tr("As the &desktop"), SettingKeys::language.defaultValue);
    menu.addSeparator();
    for (const Language language : {Language::German, Language::EnglishGB, Language::EnglishUS}) {
        add(languageName(language), languageTag(language));
    }
}

void LanguageMenu::choose(const QString& tag)
{
    if (tag == m_settings.value(SettingKeys::language)) {
        return;
    }
    m_settings.setValue(SettingKeys::language, tag);
    const Language next = languageFromTag(tag).value_or(languageFromEnvironment());
    if (next != Translations::current()) {
        // Said in both the current and the chosen language would be nicer; the current one is the
        // one the person can surely read, since they found this menu.
        QMessageBox::information(
            &m_window, tr("Language"),
            tr("LDN Tracker will speak %1 from its next start.").arg(languageName(next)));
    }
}

} // namespace ldn
