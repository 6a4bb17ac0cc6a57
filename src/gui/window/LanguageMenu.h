#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace ldn {

class AppSettings;

// View > Language: the desktop's language or one LDN Tracker speaks, kept on this computer
// (SettingKeys::language). The windows are built in one language, so a new choice applies at the
// next start, which the menu says when it is made.
class LanguageMenu : public QObject {
    Q_OBJECT

public:
    LanguageMenu(QMenu& menu, AppSettings& settings, QWidget& window);

private:
    void choose(const QString& tag);

    AppSettings& m_settings;
    QWidget& m_window;
};

} // namespace ldn
