#include "storage/trial/TrialRepository.h"

#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/StoredValue.h"

namespace ldn {

TrialRepository::TrialRepository(Database& database)
    : m_database(database)
{}

std::vector<Trial> TrialRepository::list(std::int64_t profileId) const
{
    Connection& connection = m_database.connection();
    Statement select = connection.prepare(
        "SELECT id, started_on, mid_points, baseline_days, review_weeks, review_on, stopped_on, stop_reason, "
        "kind, pairs, period_days, washout_days, ldn_dose_ug, sealed_allocation, seal_key, unblinded_on FROM "
        "trial WHERE profile_id = ?1 ORDER BY started_on, id");
    select.bind(1, profileId);
    std::vector<Trial> trials;
    while (select.step()) {
        Trial trial;
        trial.id = select.int64(0);
        trial.profileId = profileId;
        trial.protocol.start = StoredValue::date(select, 1);
        trial.protocol.smallestChange = select.real(2);
        trial.protocol.baselineDays = select.integer(3);
        trial.reviewWeeks = select.integer(4);
        trial.protocol.reviewOn = StoredValue::date(select, 5);
        trial.stoppedOn = StoredValue::date(select, 6);
        trial.stopReason = select.text(7);
        if (select.text(8) == QLatin1String("blinded")) {
            // The schema's CHECK keeps every blinded column set for a blinded trial.
            BlindedDesign design;
            design.pairs = select.integer(9);
            design.periodDays = select.integer(10);
            design.washoutDays = select.integer(11);
            design.ldnDose = Dose::fromMicrograms(select.int64(12));
            trial.protocol.blinded = design;
            trial.sealed = SealedAllocation{select.text(13), select.text(14)};
            trial.unblindedOn = StoredValue::date(select, 15);
        }
        trials.push_back(std::move(trial));
    }

    Statement outcomes = connection.prepare(
        "SELECT symptom.name FROM trial_outcome JOIN symptom ON symptom.id = trial_outcome.symptom_id "
        "WHERE trial_outcome.trial_id = ?1 ORDER BY trial_outcome.position");
    Statement rules =
        connection.prepare("SELECT rule FROM trial_stop_rule WHERE trial_id = ?1 ORDER BY position");
    for (Trial& trial : trials) {
        outcomes.bind(1, trial.id);
        while (outcomes.step()) {
            trial.protocol.outcomes << outcomes.text(0);
        }
        outcomes.reset();
        rules.bind(1, trial.id);
        while (rules.step()) {
            trial.protocol.stopRules << rules.text(0);
        }
        rules.reset();
    }
    return trials;
}

std::optional<Trial> TrialRepository::latest(std::int64_t profileId) const
{
    std::vector<Trial> trials = list(profileId);
    if (trials.empty()) {
        return std::nullopt;
    }
    return std::move(trials.back());
}

} // namespace ldn
