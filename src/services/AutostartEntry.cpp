#include "services/AutostartEntry.h"

#include "storage/db/StorageError.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <utility>

namespace ldn {
namespace {

// Characters that make an Exec argument need quotes (Desktop Entry Specification, "The Exec key").
bool needsQuotes(const QString& argument)
{
    static const QString kReserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    if (argument.isEmpty()) {
        return true;
    }
    for (const QChar character : argument) {
        if (kReserved.contains(character)) {
            return true;
        }
    }
    return false;
}

QString quoted(const QString& argument)
{
    QString text = argument;
    text.replace(QLatin1Char('%'), QStringLiteral("%%"));
    if (!needsQuotes(argument)) {
        return text;
    }
    QString escaped;
    for (const QChar character : text) {
        if (character == QLatin1Char('"') || character == QLatin1Char('`') || character == QLatin1Char('$') ||
            character == QLatin1Char('\\')) {
            escaped += QLatin1Char('\\');
        }
        escaped += character;
    }
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

AutostartEntry::AutostartEntry(QString folder, QString appId)
    : m_folder(std::move(folder))
    , m_appId(std::move(appId))
{}

QString AutostartEntry::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart"));
}

QString AutostartEntry::path() const
{
    return QDir(m_folder).filePath(m_appId + QStringLiteral(".desktop"));
}

bool AutostartEntry::exists() const
{
    return QFile::exists(path());
}

QString AutostartEntry::execLine(const QStringList& command)
{
    QStringList parts;
    for (const QString& argument : command) {
        parts << quoted(argument);
    }
    // The Exec value is itself a string value, whose own escape for a backslash is a second one.
    return parts.join(QLatin1Char(' ')).replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
}

QString AutostartEntry::contents(const QStringList& command) const
{
    // Not translated: the file outlives the language the app ran in, and desktops show the name
    // only in their list of start-up programs.
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=LDN Tracker reminders\n"
                          "Comment=Keeps LDN Tracker in the tray to remind you to log the day\n"
                          "Exec=%1\n"
                          "Icon=%2\n"
                          "Terminal=false\n"
                          "NoDisplay=true\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(execLine(command), m_appId);
}

void AutostartEntry::write(const QStringList& command) const
{
    if (!QDir().mkpath(m_folder)) {
        throw StorageError(
            QStringLiteral("%1: the folder cannot be created").arg(QDir::toNativeSeparators(m_folder)));
    }
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(contents(command).toUtf8()) < 0 || !file.commit()) {
        throw StorageError(
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path()), file.errorString()));
    }
}

void AutostartEntry::remove() const
{
    QFile file(path());
    if (file.exists() && !file.remove()) {
        throw StorageError(
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path()), file.errorString()));
    }
}

void AutostartEntry::sync(bool wanted, const QStringList& command) const
{
    if (!wanted) {
        remove();
        return;
    }
    QFile current(path());
    if (current.open(QIODevice::ReadOnly) && current.readAll() == contents(command).toUtf8()) {
        return;
    }
    write(command);
}

} // namespace ldn
