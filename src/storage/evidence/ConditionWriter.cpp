#include "storage/evidence/ConditionWriter.h"

#include "storage/db/Connection.h"
#include "storage/db/Statement.h"

namespace ldn {
namespace {

QString originText(ConditionWriter::Origin origin)
{
    return origin == ConditionWriter::Origin::Bundled ? QStringLiteral("bundled") : QStringLiteral("user");
}

} // namespace

ConditionWriter::ConditionWriter(Connection& connection)
    : m_connection(connection)
{}

std::int64_t ConditionWriter::insert(const QString& name, const QString& category, const QString& description,
                                     Origin origin, const QString& bundledKey)
{
    m_connection
        .prepare("INSERT INTO condition (name, category, description, origin, bundled_key) "
                 "VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, name)
        .bind(2, category)
        .bind(3, description)
        .bind(4, originText(origin))
        .bind(5, origin == Origin::Bundled ? std::optional<QString>(bundledKey) : std::nullopt)
        .run();
    return m_connection.lastInsertRowId();
}

void ConditionWriter::update(std::int64_t conditionId, const QString& name, const QString& category,
                             const QString& description)
{
    m_connection.prepare("UPDATE condition SET name = ?2, category = ?3, description = ?4 WHERE id = ?1")
        .bind(1, conditionId)
        .bind(2, name)
        .bind(3, category)
        .bind(4, description)
        .run();
}

void ConditionWriter::adopt(std::int64_t conditionId, const QString& bundledKey)
{
    m_connection.prepare("UPDATE condition SET bundled_key = ?2, origin = 'bundled' WHERE id = ?1")
        .bind(1, conditionId)
        .bind(2, bundledKey)
        .run();
}

void ConditionWriter::handOver(std::int64_t conditionId)
{
    m_connection
        .prepare("UPDATE condition SET origin = 'user', bundled_key = NULL, user_modified = 0 WHERE id = ?1")
        .bind(1, conditionId)
        .run();
    m_connection.prepare("UPDATE condition_synonym SET origin = 'user' WHERE condition_id = ?1")
        .bind(1, conditionId)
        .run();
}

void ConditionWriter::remove(std::int64_t conditionId)
{
    m_connection.prepare("DELETE FROM condition WHERE id = ?1").bind(1, conditionId).run();
}

void ConditionWriter::addSynonym(std::int64_t conditionId, const QString& synonym, Origin origin)
{
    m_connection
        .prepare(
            "INSERT OR IGNORE INTO condition_synonym (condition_id, synonym, origin) VALUES (?1, ?2, ?3)")
        .bind(1, conditionId)
        .bind(2, synonym)
        .bind(3, originText(origin))
        .run();
}

void ConditionWriter::addUserSynonymUnlessAName(std::int64_t conditionId, const QString& synonym)
{
    m_connection
        .prepare("INSERT OR IGNORE INTO condition_synonym (condition_id, synonym, origin) "
                 "SELECT ?1, ?2, 'user' WHERE NOT EXISTS (SELECT 1 FROM condition WHERE name = ?2)")
        .bind(1, conditionId)
        .bind(2, synonym)
        .run();
}

void ConditionWriter::clearBundledSynonyms(std::int64_t conditionId)
{
    m_connection
        .prepare("DELETE FROM condition_synonym WHERE condition_id = ?1 AND (origin = 'bundled' OR "
                 "synonym = (SELECT name FROM condition WHERE id = ?1))")
        .bind(1, conditionId)
        .run();
}

void ConditionWriter::moveSynonyms(std::int64_t from, std::int64_t into)
{
    m_connection.prepare("UPDATE OR IGNORE condition_synonym SET condition_id = ?2 WHERE condition_id = ?1")
        .bind(1, from)
        .bind(2, into)
        .run();
}

} // namespace ldn
