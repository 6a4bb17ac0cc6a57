#include "storage/plan/TitrationWriter.h"

#include "storage/db/Connection.h"
#include "storage/db/StoredValue.h"

namespace ldn {

TitrationWriter::TitrationWriter(Connection& connection)
    : m_connection(connection)
{}

std::int64_t TitrationWriter::insertPlan(std::int64_t profileId, const TitrationPlan& plan,
                                         const QDateTime& createdAt, const QDate& endedOn)
{
    m_connection
        .prepare(
            "INSERT INTO titration_plan (profile_id, template, start_on, start_ug, step_ug, interval_days, "
            "target_ug, maximum_ug, created_at, ended_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .bind(1, profileId)
        .bind(2, toStorageText(plan.kind))
        .bind(3, StoredValue::dateText(plan.startOn))
        .bind(4, plan.startDose.micrograms())
        .bind(5, plan.stepDose.micrograms())
        .bind(6, plan.intervalDays)
        .bind(7, plan.targetDose.micrograms())
        .bind(8, plan.maximumDose.micrograms())
        .bind(9, StoredValue::timestampText(createdAt))
        .bind(10, StoredValue::dateText(endedOn))
        .run();
    return m_connection.lastInsertRowId();
}

void TitrationWriter::endActivePlans(std::int64_t profileId, const QDate& day)
{
    m_connection
        .prepare("UPDATE titration_plan SET ended_on = max(start_on, date(?2, '-1 day')) "
                 "WHERE profile_id = ?1 AND ended_on IS NULL")
        .bind(1, profileId)
        .bind(2, StoredValue::dateText(day))
        .run();
}

void TitrationWriter::insertAdjustment(std::int64_t planId, const TitrationAdjustment& adjustment,
                                       const QDateTime& createdAt)
{
    if (!m_insertAdjustment) {
        m_insertAdjustment = m_connection.prepare(
            "INSERT INTO titration_adjustment (plan_id, effective_on, kind, dose_ug, reason, created_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    }
    m_insertAdjustment->bind(1, planId)
        .bind(2, StoredValue::dateText(adjustment.effectiveOn))
        .bind(3, toStorageText(adjustment.kind))
        .bind(4, adjustment.dose ? std::optional<std::int64_t>(adjustment.dose->micrograms()) : std::nullopt)
        .bind(5, adjustment.reason.trimmed())
        .bind(6, StoredValue::timestampText(createdAt));
    m_insertAdjustment->run();
    m_insertAdjustment->reset();
}

} // namespace ldn
