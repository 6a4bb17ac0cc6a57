#include "storage/plan/MedicationRepository.h"

#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/StoredValue.h"
#include "storage/db/Transaction.h"
#include "storage/plan/MedicationWriter.h"

namespace ldn {

MedicationRepository::MedicationRepository(Database& database)
    : m_database(database)
{}

std::int64_t MedicationRepository::add(std::int64_t profileId, const Medication& medication)
{
    medication.validate();
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    const std::int64_t id = MedicationWriter(connection).insert(profileId, medication);
    transaction.commit();
    return id;
}

void MedicationRepository::remove(std::int64_t medicationId)
{
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    MedicationWriter(connection).remove(medicationId);
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
    MedicationWriter(connection).setStopped(medicationId, stoppedOn);
    transaction.commit();
}

std::vector<Medication> MedicationRepository::list(std::int64_t profileId) const
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
