#include "storage/plan/MedicationWriter.h"

#include "storage/db/Connection.h"
#include "storage/db/StoredValue.h"

namespace ldn {

MedicationWriter::MedicationWriter(Connection& connection)
    : m_connection(connection)
{}

std::int64_t MedicationWriter::insert(std::int64_t profileId, const Medication& medication)
{
    if (!m_insert) {
        m_insert = m_connection.prepare(
            "INSERT INTO medication (profile_id, name, dose_text, started_on, stopped_on, notes) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    }
    m_insert->bind(1, profileId)
        .bind(2, medication.name.simplified())
        .bind(3, medication.doseText.trimmed())
        .bind(4, StoredValue::dateText(medication.startedOn))
        .bind(5, StoredValue::dateText(medication.stoppedOn))
        .bind(6, medication.notes.trimmed());
    m_insert->run();
    m_insert->reset();
    return m_connection.lastInsertRowId();
}

void MedicationWriter::setStopped(std::int64_t medicationId, const QDate& stoppedOn)
{
    m_connection.prepare("UPDATE medication SET stopped_on = ?2 WHERE id = ?1")
        .bind(1, medicationId)
        .bind(2, StoredValue::dateText(stoppedOn))
        .run();
}

void MedicationWriter::remove(std::int64_t medicationId)
{
    m_connection.prepare("DELETE FROM medication WHERE id = ?1").bind(1, medicationId).run();
}

} // namespace ldn
