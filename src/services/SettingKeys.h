#pragma once

#include "services/SettingKey.h"

#include <QByteArray>
#include <QString>

namespace ldn {

// Every preference LDN Tracker keeps, with its type and default: the one table to read when
// adding one. AppSettings reads and writes them; nothing else names a settings key.
namespace SettingKeys {

// --- kept in the diary ------------------------------------------------------------------------
// The profile shown when the diary was last open (its id; 0: none yet).
inline const SettingKey<qint64> lastProfile{"gui.last_profile", SettingScope::Diary, 0};
// Who wrote the last note about a day ("patient" or "carer"; empty: ask) and the carer's name.
inline const SettingKey<QString> lastNoteAuthor{"notes.last_author", SettingScope::Diary, {}};
inline const SettingKey<QString> carerName{"notes.carer_name", SettingScope::Diary, {}};

// --- kept on this computer --------------------------------------------------------------------
// The main window's size and place (QWidget::saveGeometry) and the tab shown last.
inline const SettingKey<QByteArray> windowGeometry{"window/geometry", SettingScope::Computer, {}};
inline const SettingKey<QString> lastTab{"window/last_tab", SettingScope::Computer, {}};
// Whether the person was told, once, that closing the window leaves LDN Tracker in the tray while
// reminders are on.
inline const SettingKey<bool> trayNoticeShown{"tray/close_notice_shown", SettingScope::Computer, false};
// View > Appearance: "system" (light or dark as the desktop is), "light" or "dark".
inline const SettingKey<QString> theme{"appearance/theme", SettingScope::Computer, QStringLiteral("system")};
// View > Language: "system" (as the desktop's language is), or a tag of presentation/Language.h
// ("de", "en-GB", "en-US"). Takes effect at the next start.
inline const SettingKey<QString> language{"appearance/language", SettingScope::Computer,
                                          QStringLiteral("system")};

} // namespace SettingKeys

} // namespace ldn
