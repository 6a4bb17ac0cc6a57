#pragma once

#include <QString>
#include <QStringList>

namespace ldn {

// The XDG autostart entry (~/.config/autostart/APP_ID.desktop) that starts LDN Tracker in the tray
// at login, so the nightly reminders ring without anyone opening the app. It exists only while at
// least one person has a reminder on: written when the first is switched on, removed with the last.
class AutostartEntry {
public:
    // `folder`: where desktop sessions look for autostart entries (see defaultFolder).
    AutostartEntry(QString folder, QString appId);

    // $XDG_CONFIG_HOME/autostart, i.e. ~/.config/autostart.
    static QString defaultFolder();
    QString path() const;
    bool exists() const;

    // Writes (or rewrites) the entry that runs `command` (the program, then its arguments) at login.
    // Throws StorageError when the file cannot be written.
    void write(const QStringList& command) const;
    // Throws StorageError when an existing entry cannot be removed.
    void remove() const;
    // Writes the entry when `wanted` and it differs from what is there, removes it when not wanted.
    void sync(bool wanted, const QStringList& command) const;

    // The text of the entry (a desktop entry as the freedesktop.org specification has it).
    QString contents(const QStringList& command) const;
    // `command` as the Exec key wants it: each argument quoted where needed, % doubled.
    static QString execLine(const QStringList& command);

private:
    QString m_folder;
    QString m_appId;
};

} // namespace ldn
