#include "storage/plan/MedicationRepository.h"

#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/StoredValue.h"
#include "storage/db/Transaction.h"

namespace ldn {
namespace {

std::optional<QString> optionalDate(const QDate& date)
{
    return date.isValid() ? std::optional<QString>(IsoDate::format(date)) : std::nullopt;
}

} // namespace

MedicationRepository::MedicationRepository(Database& database)
    : m_database(database)
{}

std::int64_t MedicationRepository::add(std::int64_t profileId, const Medication& medication)
{
    const QString name = medication.name.simplified();
    if (name.isEmpty()) {
        throw InputError(QStringLiteral("medication name"), QStringLiteral("a name is required"));
    }
    if (name.size() > 200) {
        throw InputError(QStringLiteral("medication name"),
                         QStringLiteral("a name can be at most 200 characters"));
    }
    if (medication.startedOn.isValid() && medication.stoppedOn.isValid() &&
        medication.stoppedOn < medication.startedOn) {
        throw InputError(QStringLiteral("stopped"),
                         QStringLiteral("a medicine cannot stop before it started"));
    }
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    connection
        .prepare("INSERT INTO medication (profile_id, name, dose_text, started_on, stopped_on, notes) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, profileId)
        .bind(2, name)
        .bind(3, medication.doseText.trimmed())
        .bind(4, optionalDate(medication.startedOn))
        .bind(5, optionalDate(medication.stoppedOn))
        .bind(6, medication.notes.trimmed())
        .run();
    const std::int64_t id = connection.lastInsertRowId();
    transaction.commit();
    return id;
}

void MedicationRepository::remove(std::int64_t medicationId)
{
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    connection.prepare("DELETE FROM medication WHERE id = ?1").bind(1, medicationId).run();
    transaction.commit();
}

void MedicationRepository::setStopped(std::int64_t medicationId, const QDate& stoppedOn)
{
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    Statement select = connection.prepare("SELECT name, started_on FROM medication WHERE id = ?1");
    select.bind(1, medicationId);
    if (!select.step()) {
        throw InputError(QStringLiteral("medicine"),
                         QStringLiteral("this medicine is no longer on the list"));
    }
    const QDate startedOn = StoredValue::date(select, 1);
    if (stoppedOn.isValid() && startedOn.isValid() && stoppedOn < startedOn) {
        throw InputError(QStringLiteral("stopped"),
                         QStringLiteral("%1 was started on %2; it cannot stop before that")
                             .arg(select.text(0), IsoDate::format(startedOn)));
    }
    connection.prepare("UPDATE medication SET stopped_on = ?2 WHERE id = ?1")
        .bind(1, medicationId)
        .bind(2, optionalDate(stoppedOn))
        .run();
    transaction.commit();
}

std::vector<Medication> MedicationRepository::list(std::int64_t profileId)
{
    Statement select = m_database.connection().prepare(
        "SELECT id, name, dose_text, started_on, stopped_on, notes FROM medication WHERE profile_id = ?1 "
        "ORDER BY name COLLATE NOCASE, id");
    select.bind(1, profileId);
    std::vector<Medication> medications;
    while (select.step()) {
        Medication medication;
        medication.id = select.int64(0);
        medication.name = select.text(1);
        medication.doseText = select.text(2);
        medication.startedOn = StoredValue::date(select, 3);
        medication.stoppedOn = StoredValue::date(select, 4);
        medication.notes = select.text(5);
        medications.push_back(medication);
    }
    return medications;
}

} // namespace ldn
