#include "storage/trial/TrialWriter.h"

#include "core/base/InputError.h"
#include "storage/db/Connection.h"
#include "storage/db/Statement.h"
#include "storage/db/StoredValue.h"

namespace ldn {

TrialWriter::TrialWriter(Connection& connection)
    : m_connection(connection)
{}

std::int64_t TrialWriter::insert(std::int64_t profileId, const Trial& trial)
{
    const TrialProtocol& protocol = trial.protocol;
    if (protocol.isBlinded() && !trial.sealed) {
        throw InputError(QStringLiteral("blinded"),
                         QStringLiteral("a blinded trial is kept only with its sealed allocation"));
    }
    Statement insert = m_connection.prepare("INSERT INTO trial (profile_id, kind, started_on, mid_points, "
                                            "baseline_days, review_weeks, review_on, "
                                            "created_at, stopped_on, stop_reason, pairs, period_days, "
                                            "washout_days, ldn_dose_ug, sealed_allocation, "
                                            "seal_key, unblinded_on) VALUES (?1, ?10, ?2, ?3, ?4, ?5, ?6, "
                                            "?7, ?8, ?9, ?11, ?12, ?13, ?14, ?15, ?16, "
                                            "?17)");
    insert.bind(1, profileId)
        .bind(2, StoredValue::dateText(protocol.start))
        .bind(3, protocol.smallestChange)
        .bind(4, protocol.baselineDays)
        .bind(5, trial.reviewWeeks)
        .bind(6, StoredValue::dateText(protocol.reviewOn))
        .bind(7, StoredValue::nowText())
        .bind(8, StoredValue::dateText(trial.stoppedOn))
        .bind(9, trial.isStopped() ? trial.stopReason.trimmed() : QString())
        .bind(10, protocol.isBlinded() ? QStringLiteral("blinded") : QStringLiteral("open"));
    if (protocol.isBlinded()) {
        // Only the scrambled allocation and its key: never an arm or the code in clear.
        const BlindedDesign& design = *protocol.blinded;
        insert.bind(11, design.pairs)
            .bind(12, design.periodDays)
            .bind(13, design.washoutDays)
            .bind(14, design.ldnDose.micrograms())
            .bind(15, trial.sealed->scrambled)
            .bind(16, trial.sealed->key)
            .bind(17, StoredValue::dateText(trial.unblindedOn));
    } else {
        for (int parameter = 11; parameter <= 17; ++parameter) {
            insert.bindNull(parameter);
        }
    }
    insert.run();
    const std::int64_t trialId = m_connection.lastInsertRowId();

    Statement outcome = m_connection.prepare(
        "INSERT INTO trial_outcome (trial_id, symptom_id, position) "
        "SELECT ?1, id, ?3 FROM symptom WHERE profile_id = ?4 AND name = ?2 COLLATE NOCASE");
    int position = 0;
    for (const QString& name : protocol.outcomes) {
        outcome.bind(1, trialId).bind(2, name.simplified()).bind(3, ++position).bind(4, profileId);
        outcome.run();
        outcome.reset();
        if (m_connection.changes() != 1) {
            throw InputError(QStringLiteral("outcome"),
                             QStringLiteral("\"%1\" is not a symptom of this profile").arg(name));
        }
    }

    Statement rule =
        m_connection.prepare("INSERT INTO trial_stop_rule (trial_id, position, rule) VALUES (?1, ?2, ?3)");
    position = 0;
    for (const QString& text : protocol.stopRules) {
        rule.bind(1, trialId).bind(2, ++position).bind(3, text.trimmed());
        rule.run();
        rule.reset();
    }
    return trialId;
}

void TrialWriter::setUnblinded(std::int64_t trialId, const QDate& unblindedOn)
{
    m_connection.prepare("UPDATE trial SET unblinded_on = ?2 WHERE id = ?1 AND kind = 'blinded'")
        .bind(1, trialId)
        .bind(2, StoredValue::dateText(unblindedOn))
        .run();
}

void TrialWriter::setStopped(std::int64_t trialId, const QDate& stoppedOn, const QString& reason)
{
    m_connection.prepare("UPDATE trial SET stopped_on = ?2, stop_reason = ?3 WHERE id = ?1")
        .bind(1, trialId)
        .bind(2, StoredValue::dateText(stoppedOn))
        .bind(3, reason.trimmed())
        .run();
}

} // namespace ldn
