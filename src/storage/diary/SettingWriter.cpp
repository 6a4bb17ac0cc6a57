#include "storage/diary/SettingWriter.h"

#include "storage/db/Connection.h"
#include "storage/db/Statement.h"

namespace ldn {

SettingWriter::SettingWriter(Connection& connection)
    : m_connection(connection)
{}

void SettingWriter::set(const QString& key, const QString& value)
{
    m_connection
        .prepare("INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = "
                 "excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
}

void SettingWriter::remove(const QString& key)
{
    m_connection.prepare("DELETE FROM setting WHERE key = ?1").bind(1, key).run();
}

} // namespace ldn
