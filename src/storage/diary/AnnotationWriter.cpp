#include "storage/diary/AnnotationWriter.h"

#include "storage/db/Connection.h"
#include "storage/db/StoredValue.h"

namespace ldn {

AnnotationWriter::AnnotationWriter(Connection& connection)
    : m_connection(connection)
{}

std::int64_t AnnotationWriter::insert(std::int64_t profileId, const Annotation& annotation)
{
    if (!m_insert) {
        m_insert = m_connection.prepare(
            "INSERT INTO annotation (profile_id, day, author_role, author_name, body, created_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    }
    m_insert->bind(1, profileId)
        .bind(2, StoredValue::dateText(annotation.day))
        .bind(3, toStorageText(annotation.author))
        .bind(4, annotation.authorName.simplified())
        .bind(5, annotation.body.trimmed())
        .bind(6, StoredValue::timestampText(annotation.createdAt));
    m_insert->run();
    m_insert->reset();
    return m_connection.lastInsertRowId();
}

void AnnotationWriter::updateBody(std::int64_t annotationId, const QString& body)
{
    m_connection.prepare("UPDATE annotation SET body = ?2 WHERE id = ?1")
        .bind(1, annotationId)
        .bind(2, body.trimmed())
        .run();
}

void AnnotationWriter::remove(std::int64_t annotationId)
{
    m_connection.prepare("DELETE FROM annotation WHERE id = ?1").bind(1, annotationId).run();
}

} // namespace ldn
