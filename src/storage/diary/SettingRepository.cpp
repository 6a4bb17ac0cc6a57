#include "storage/diary/SettingRepository.h"

#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/Transaction.h"

namespace ldn {

SettingRepository::SettingRepository(Database& database)
    : m_database(database)
{}

std::optional<QString> SettingRepository::value(const QString& key)
{
    Statement select = m_database.connection().prepare("SELECT value FROM setting WHERE key = ?1");
    select.bind(1, key);
    if (!select.step()) {
        return std::nullopt;
    }
    return select.text(0);
}

void SettingRepository::setValue(const QString& key, const QString& value)
{
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    connection
        .prepare("INSERT INTO setting (key, value) VALUES (?1, ?2) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
    transaction.commit();
}

void SettingRepository::remove(const QString& key)
{
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    connection.prepare("DELETE FROM setting WHERE key = ?1").bind(1, key).run();
    transaction.commit();
}

} // namespace ldn
