#pragma once

#include <QString>

#include <optional>

namespace ldn {

class Database;

// Small key-value settings kept in the diary itself (the `setting` table), so preferences that
// belong to the diary, such as the profile shown last, travel with the file to another computer.
class SettingRepository {
public:
    explicit SettingRepository(Database& database);

    // Nothing when the key was never set.
    std::optional<QString> value(const QString& key) const;
    // Inserts or replaces the value in one transaction. Throws StorageError, e.g. on a diary
    // opened read-only.
    void setValue(const QString& key, const QString& value);
    void remove(const QString& key);

private:
    Database& m_database;
};

} // namespace ldn
