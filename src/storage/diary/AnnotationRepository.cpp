#include "storage/diary/AnnotationRepository.h"

#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/StoredValue.h"
#include "storage/db/Transaction.h"

namespace ldn {
namespace {

QString validatedBody(const QString& raw)
{
    const QString body = raw.trimmed();
    if (body.isEmpty()) {
        throw InputError(QStringLiteral("note"), QStringLiteral("a note needs some text"));
    }
    if (body.size() > kMaximumAnnotationLength) {
        throw InputError(QStringLiteral("note"),
                         QStringLiteral("a note can be at most %1 characters (got %2)")
                             .arg(kMaximumAnnotationLength)
                             .arg(body.size()));
    }
    return body;
}

} // namespace

AnnotationRepository::AnnotationRepository(Database& database)
    : m_database(database)
{}

std::int64_t AnnotationRepository::add(std::int64_t profileId, const Annotation& annotation)
{
    const QString body = validatedBody(annotation.body);
    const QString authorName = annotation.authorName.simplified();
    if (authorName.size() > 100) {
        throw InputError(QStringLiteral("author"), QStringLiteral("a name can be at most 100 characters"));
    }
    const QDateTime createdAt =
        annotation.createdAt.isValid() ? annotation.createdAt : QDateTime::currentDateTimeUtc();
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    connection
        .prepare("INSERT INTO annotation (profile_id, day, author_role, author_name, body, created_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, profileId)
        .bind(2, annotation.day.isValid() ? std::optional<QString>(IsoDate::format(annotation.day))
                                          : std::nullopt)
        .bind(3, toStorageText(annotation.author))
        .bind(4, authorName)
        .bind(5, body)
        .bind(6, createdAt.toUTC().toString(Qt::ISODate))
        .run();
    const std::int64_t id = connection.lastInsertRowId();
    transaction.commit();
    return id;
}

void AnnotationRepository::updateBody(std::int64_t annotationId, const QString& body)
{
    const QString checked = validatedBody(body);
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    connection.prepare("UPDATE annotation SET body = ?2 WHERE id = ?1")
        .bind(1, annotationId)
        .bind(2, checked)
        .run();
    transaction.commit();
}

void AnnotationRepository::remove(std::int64_t annotationId)
{
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    connection.prepare("DELETE FROM annotation WHERE id = ?1").bind(1, annotationId).run();
    transaction.commit();
}

std::vector<Annotation> AnnotationRepository::list(std::int64_t profileId, const QDate& from, const QDate& to)
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
