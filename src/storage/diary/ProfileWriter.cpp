#include "storage/diary/ProfileWriter.h"

#include "storage/db/Connection.h"
#include "storage/db/Statement.h"
#include "storage/db/StoredValue.h"

namespace ldn {

ProfileWriter::ProfileWriter(Connection& connection)
    : m_connection(connection)
{}

std::int64_t ProfileWriter::insert(const QString& name, const QDateTime& createdAt, const QString& notes)
{
    m_connection.prepare("INSERT INTO profile (name, created_at, notes) VALUES (?1, ?2, ?3)")
        .bind(1, name)
        .bind(2, StoredValue::timestampText(createdAt))
        .bind(3, notes)
        .run();
    return m_connection.lastInsertRowId();
}

void ProfileWriter::rename(std::int64_t profileId, const QString& name)
{
    m_connection.prepare("UPDATE profile SET name = ?2 WHERE id = ?1").bind(1, profileId).bind(2, name).run();
}

void ProfileWriter::setPreferences(std::int64_t profileId, Dose::Unit doseUnit, const QString& colour,
                                   const std::optional<QTime>& reminderTime)
{
    m_connection.prepare("UPDATE profile SET dose_unit = ?2, colour = ?3, reminder_time = ?4 WHERE id = ?1")
        .bind(1, profileId)
        .bind(2, doseUnit == Dose::Unit::Micrograms ? QStringLiteral("mcg") : QStringLiteral("mg"))
        .bind(3, colour.isEmpty() ? std::optional<QString>() : std::optional<QString>(colour))
        .bind(4, reminderTime ? std::optional<QString>(reminderTime->toString(QStringLiteral("HH:mm")))
                              : std::nullopt)
        .run();
}

void ProfileWriter::remove(std::int64_t profileId)
{
    // Days, scores, symptoms, notes, medicines and plans go with it (ON DELETE CASCADE).
    m_connection.prepare("DELETE FROM profile WHERE id = ?1").bind(1, profileId).run();
}

void ProfileWriter::linkCondition(std::int64_t profileId, std::int64_t conditionId, const QDate& diagnosedOn)
{
    m_connection
        .prepare("INSERT OR IGNORE INTO profile_condition (profile_id, condition_id, diagnosed_on) "
                 "VALUES (?1, ?2, ?3)")
        .bind(1, profileId)
        .bind(2, conditionId)
        .bind(3, StoredValue::dateText(diagnosedOn))
        .run();
}

void ProfileWriter::unlinkCondition(std::int64_t profileId, std::int64_t conditionId)
{
    m_connection.prepare("DELETE FROM profile_condition WHERE profile_id = ?1 AND condition_id = ?2")
        .bind(1, profileId)
        .bind(2, conditionId)
        .run();
}

void ProfileWriter::moveConditionLinks(std::int64_t from, std::int64_t into)
{
    m_connection
        .prepare("INSERT OR IGNORE INTO profile_condition (profile_id, condition_id, diagnosed_on) "
                 "SELECT profile_id, ?2, diagnosed_on FROM profile_condition WHERE condition_id = ?1")
        .bind(1, from)
        .bind(2, into)
        .run();
    m_connection.prepare("DELETE FROM profile_condition WHERE condition_id = ?1").bind(1, from).run();
}

} // namespace ldn
