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
    if (protocol.isBlinded()) {
        throw InputError(QStringLiteral("blinded"), QStringLiteral("blinded trials are not available yet"));
    }
    m_connection
        .prepare("INSERT INTO trial (profile_id, kind, started_on, mid_points, baseline_days, review_weeks, "
                 "review_on, created_at, stopped_on, stop_reason) VALUES (?1, 'open', ?2, ?3, ?4, ?5, ?6, "
                 "?7, ?8, ?9)")
        .bind(1, profileId)
        .bind(2, StoredValue::dateText(protocol.start))
        .bind(3, protocol.smallestChange)
        .bind(4, protocol.baselineDays)
        .bind(5, trial.reviewWeeks)
        .bind(6, StoredValue::dateText(protocol.reviewOn))
        .bind(7, StoredValue::nowText())
        .bind(8, StoredValue::dateText(trial.stoppedOn))
        .bind(9, trial.isStopped() ? trial.stopReason.trimmed() : QString())
        .run();
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

void TrialWriter::setStopped(std::int64_t trialId, const QDate& stoppedOn, const QString& reason)
{
    m_connection.prepare("UPDATE trial SET stopped_on = ?2, stop_reason = ?3 WHERE id = ?1")
        .bind(1, trialId)
        .bind(2, StoredValue::dateText(stoppedOn))
        .bind(3, reason.trimmed())
        .run();
}

} // namespace ldn
