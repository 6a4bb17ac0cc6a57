#include "storage/plan/TitrationRepository.h"

#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/StoredValue.h"
#include "storage/db/Transaction.h"
#include "storage/plan/TitrationWriter.h"

namespace ldn {

TitrationRepository::TitrationRepository(Database& database)
    : m_database(database)
{}

std::int64_t TitrationRepository::setPlan(std::int64_t profileId, const TitrationPlan& plan)
{
    plan.validate();
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    TitrationWriter writer(connection);
    writer.endActivePlans(profileId, plan.startOn);
    const std::int64_t planId = writer.insertPlan(profileId, plan);
    for (const TitrationAdjustment& adjustment : plan.adjustments) {
        addAdjustment(planId, adjustment);
    }
    transaction.commit();
    return planId;
}

void TitrationRepository::addAdjustment(std::int64_t planId, const TitrationAdjustment& adjustment)
{
    Connection& connection = m_database.connection();
    Statement plan = connection.prepare("SELECT start_on, maximum_ug FROM titration_plan WHERE id = ?1");
    plan.bind(1, planId);
    if (!plan.step()) {
        throw InputError(QStringLiteral("plan"), QStringLiteral("there is no titration plan %1").arg(planId));
    }
    if (!adjustment.effectiveOn.isValid() || IsoDate::format(adjustment.effectiveOn) < plan.text(0)) {
        throw InputError(QStringLiteral("date"),
                         QStringLiteral("an adjustment must fall on or after the plan's "
                                        "start (%1)")
                             .arg(plan.text(0)));
    }
    if (adjustment.dose && adjustment.dose->micrograms() > plan.int64(1)) {
        throw InputError(QStringLiteral("dose"),
                         QStringLiteral("%1 mg is above the plan's maximum of %2 mg")
                             .arg(adjustment.dose->toMilligramText(),
                                  Dose::fromMicrograms(plan.int64(1)).toMilligramText()));
    }
    const bool needsDose = adjustment.kind == TitrationAdjustment::Kind::SetDose;
    if (needsDose && !adjustment.dose) {
        throw InputError(QStringLiteral("dose"), QStringLiteral("setting a dose needs the dose"));
    }
    Transaction transaction(connection);
    TitrationWriter(connection).insertAdjustment(planId, adjustment);
    transaction.commit();
}

std::optional<TitrationPlan> TitrationRepository::activePlan(std::int64_t profileId) const
{
    std::vector<TitrationPlan> active = plans(profileId, true);
    if (active.empty()) {
        return std::nullopt;
    }
    return active.back();
}

std::vector<TitrationPlan> TitrationRepository::history(std::int64_t profileId) const
{
    return plans(profileId, false);
}

std::vector<TitrationPlan> TitrationRepository::plans(std::int64_t profileId, bool activeOnly) const
{
    Connection& connection = m_database.connection();
    Statement select = connection.prepare(
        activeOnly ? "SELECT id, template, start_on, start_ug, step_ug, interval_days, target_ug, maximum_ug "
                     "FROM titration_plan WHERE profile_id = ?1 AND ended_on IS NULL ORDER BY start_on, id"
                   : "SELECT id, template, start_on, start_ug, step_ug, interval_days, target_ug, maximum_ug "
                     "FROM titration_plan WHERE profile_id = ?1 ORDER BY start_on, id");
    select.bind(1, profileId);
    std::vector<TitrationPlan> result;
    while (select.step()) {
        TitrationPlan plan;
        plan.id = select.int64(0);
        plan.kind = planTemplateFromText(select.text(1)).value_or(TitrationPlan::Template::Custom);
        plan.startOn = StoredValue::date(select, 2);
        plan.startDose = Dose::fromMicrograms(select.int64(3));
        plan.stepDose = Dose::fromMicrograms(select.int64(4));
        plan.intervalDays = select.integer(5);
        plan.targetDose = Dose::fromMicrograms(select.int64(6));
        plan.maximumDose = Dose::fromMicrograms(select.int64(7));
        result.push_back(plan);
    }
    Statement adjustments = connection.prepare(
        "SELECT effective_on, kind, dose_ug, reason FROM titration_adjustment WHERE plan_id = ?1 "
        "ORDER BY effective_on, id");
    for (TitrationPlan& plan : result) {
        adjustments.bind(1, plan.id);
        while (adjustments.step()) {
            TitrationAdjustment adjustment;
            adjustment.effectiveOn = StoredValue::date(adjustments, 0);
            adjustment.kind =
                adjustmentKindFromText(adjustments.text(1)).value_or(TitrationAdjustment::Kind::Hold);
            if (!adjustments.isNull(2)) {
                adjustment.dose = Dose::fromMicrograms(adjustments.int64(2));
            }
            adjustment.reason = adjustments.text(3);
            plan.adjustments.push_back(adjustment);
        }
        adjustments.reset();
    }
    return result;
}

} // namespace ldn
