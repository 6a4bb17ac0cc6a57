#include "storage/diary/SymptomWriter.h"

#include "storage/db/Connection.h"
#include "storage/db/Statement.h"

namespace ldn {

SymptomWriter::SymptomWriter(Connection& connection)
    : m_connection(connection)
{}

std::int64_t SymptomWriter::insert(std::int64_t profileId, const SymptomDefinition& symptom,
                                   std::optional<int> position, bool retired)
{
    Statement insert = m_connection.prepare(
        "INSERT INTO symptom (profile_id, name, higher_is_better, position, archived) VALUES (?1, ?2, ?3, "
        "coalesce(?4, (SELECT coalesce(max(position), -1) + 1 FROM symptom WHERE profile_id = ?1)), ?5) "
        "RETURNING id");
    insert.bind(1, profileId)
        .bind(2, symptom.name)
        .bind(3, symptom.higherIsBetter ? 1 : 0)
        .bind(4, position)
        .bind(5, retired ? 1 : 0);
    insert.step();
    return insert.int64(0);
}

void SymptomWriter::bringBack(std::int64_t symptomId, bool higherIsBetter)
{
    m_connection.prepare("UPDATE symptom SET archived = 0, higher_is_better = ?2 WHERE id = ?1")
        .bind(1, symptomId)
        .bind(2, higherIsBetter ? 1 : 0)
        .run();
}

void SymptomWriter::retire(std::int64_t symptomId)
{
    m_connection.prepare("UPDATE symptom SET archived = 1 WHERE id = ?1").bind(1, symptomId).run();
}

void SymptomWriter::setQuickLog(std::int64_t symptomId, bool offered)
{
    m_connection.prepare("UPDATE symptom SET quick_log = ?2 WHERE id = ?1")
        .bind(1, symptomId)
        .bind(2, offered ? 1 : 0)
        .run();
}

void SymptomWriter::rename(std::int64_t symptomId, const QString& name)
{
    m_connection.prepare("UPDATE symptom SET name = ?2 WHERE id = ?1").bind(1, symptomId).bind(2, name).run();
}

} // namespace ldn
