#pragma once

#include "services/SettingKey.h"

#include <QHash>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace ldn {

class DiarySession;

// Typed access to the preferences of SettingKeys: a diary's own in the diary file (through its
// session, so a write is a transaction like any other and a read-only diary keeps nothing), this
// computer's in an INI file. Tests give their own file, so they never touch the real one.
class AppSettings : public QObject {
    Q_OBJECT

public:
    // `computerFile`: the INI file of this computer's preferences (see defaultComputerFile).
    AppSettings(DiarySession& diary, const QString& computerFile, QObject* parent = nullptr);
    ~AppSettings() override;

    // The platform's place for it, e.g. ~/.config/ldn-tracker/ldn-tracker.conf on Linux.
    static QString defaultComputerFile();
    QString computerFile() const;

    // From now on changes are kept in memory only, for this run: a screenshot or a benchmark run
    // must leave the diary and this computer's preferences exactly as they were.
    void keepChangesUnsaved();

    template <typename T>
    T value(const SettingKey<T>& key) const
    {
        const QVariant stored = read(key.name, key.scope);
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : key.defaultValue;
    }

    // Writing a diary preference to a read-only diary is skipped: it is not worth a message.
    // A storage error propagates.
    template <typename T>
    void setValue(const SettingKey<T>& key, const T& value)
    {
        write(key.name, key.scope, QVariant::fromValue(value));
    }

    template <typename T>
    void reset(const SettingKey<T>& key)
    {
        write(key.name, key.scope, QVariant());
    }

Q_SIGNALS:
    // After a preference changed; `name` is the key's stored name.
    void changed(const QString& name);

private:
    QVariant read(const char* name, SettingScope scope) const;
    void write(const char* name, SettingScope scope, const QVariant& value);

    DiarySession& m_diary;
    std::unique_ptr<QSettings> m_computer;
    std::optional<QHash<QString, QVariant>> m_unsaved; // set by keepChangesUnsaved
};

} // namespace ldn
