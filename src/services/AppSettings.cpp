#include "services/AppSettings.h"

#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/diary/SettingRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace ldn {

AppSettings::AppSettings(DiarySession& diary, const QString& computerFile, QObject* parent)
    : QObject(parent)
    , m_diary(diary)
    , m_computer(std::make_unique<QSettings>(computerFile, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QString AppSettings::defaultComputerFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(folder).filePath(QStringLiteral("ldn-tracker/ldn-tracker.conf"));
}

QString AppSettings::computerFile() const
{
    return m_computer->fileName();
}

void AppSettings::keepChangesUnsaved()
{
    if (!m_unsaved) {
        m_unsaved.emplace();
    }
}

QVariant AppSettings::read(const char* name, SettingScope scope) const
{
    const QString key = QString::fromLatin1(name);
    if (m_unsaved && m_unsaved->contains(key)) {
        return m_unsaved->value(key);
    }
    if (scope == SettingScope::Computer) {
        return m_computer->value(key);
    }
    try {
        const std::optional<QString> stored = m_diary.storedSettings().value(key);
        return stored ? QVariant(*stored) : QVariant();
    } catch (const std::exception&) {
        return {}; // a preference that cannot be read is its default
    }
}

void AppSettings::write(const char* name, SettingScope scope, const QVariant& value)
{
    const QString key = QString::fromLatin1(name);
    if (m_unsaved) {
        m_unsaved->insert(key, value);
        Q_EMIT changed(key);
        return;
    }
    if (scope == SettingScope::Computer) {
        if (value.isValid()) {
            m_computer->setValue(key, value);
        } else {
            m_computer->remove(key);
        }
    } else {
        if (m_diary.isReadOnly()) {
            return;
        }
        SettingRepository stored(m_diary.database());
        if (value.isValid()) {
            stored.setValue(key, value.toString());
        } else {
            stored.remove(key);
        }
    }
    Q_EMIT changed(key);
}

} // namespace ldn
