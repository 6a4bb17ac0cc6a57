#include "storage/diary/AnnotationRepository.h"

#include "core/base/IsoDate.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/StoredValue.h"
#include "storage/db/Transaction.h"
#include "storage/diary/AnnotationWriter.h"

namespace ldn {

AnnotationRepository::AnnotationRepository(Database& database)
    : m_database(database)
{}

std::int64_t AnnotationRepository::add(std::int64_t profileId, const Annotation& annotation)
{
    annotation.validate();
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    Annotation stored = annotation;
    if (!stored.createdAt.isValid()) {
        stored.createdAt = QDateTime::currentDateTimeUtc();
    }
    const std::int64_t id = AnnotationWriter(connection).insert(profileId, stored);
    transaction.commit();
    return id;
}

void AnnotationRepository::updateBody(std::int64_t annotationId, const QString& body)
{
    Annotation::validateBody(body);
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    AnnotationWriter(connection).updateBody(annotationId, body);
    transaction.commit();
}

void AnnotationRepository::remove(std::int64_t annotationId)
{
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    AnnotationWriter(connection).remove(annotationId);
    transaction.commit();
}

std::vector<Annotation> AnnotationRepository::list(std::int64_t profileId, const QDate& from,
                                                   const QDate& to) const
{
    // A note without a day belongs to every range; NULL sorts first in SQLite.
    Statement select = m_database.connection().prepare(
        "SELECT id, day, author_role, author_name, body, created_at FROM annotation WHERE profile_id = ?1 "
        "AND (day IS NULL OR day BETWEEN ?2 AND ?3) ORDER BY day, created_at, id");
    select.bind(1, profileId)
        .bind(2, from.isValid() ? IsoDate::format(from) : QStringLiteral("0000-01-01"))
        .bind(3, to.isValid() ? IsoDate::format(to) : QStringLiteral("9999-12-31"));
    std::vector<Annotation> annotations;
    while (select.step()) {
        Annotation annotation;
        annotation.id = select.int64(0);
        if (!select.isNull(1)) {
            annotation.day = StoredValue::date(select, 1);
        }
        annotation.author = annotationAuthorFromText(select.text(2)).value_or(Annotation::Author::Carer);
        annotation.authorName = select.text(3);
        annotation.body = select.text(4);
        annotation.createdAt = StoredValue::timestamp(select, 5);
        annotations.push_back(annotation);
    }
    return annotations;
}

} // namespace ldn
