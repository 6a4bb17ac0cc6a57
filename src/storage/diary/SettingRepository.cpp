#include "storage/diary/SettingRepository.h"

#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/Transaction.h"
#include "storage/diary/SettingWriter.h"

namespace ldn {

SettingRepository::SettingRepository(Database& database)
    : m_database(database)
{}

std::optional<QString> SettingRepository::value(const QString& key) const
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
    SettingWriter(connection).set(key, value);
    transaction.commit();
}

void SettingRepository::remove(const QString& key)
{
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    SettingWriter(connection).remove(key);
    transaction.commit();
}

} // namespace ldn
