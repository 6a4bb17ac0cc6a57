#include "services/PlanService.h"

#include "core/base/InputError.h"
#include "core/plan/TitrationSchedule.h"
#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/plan/TitrationRepository.h"

namespace ldn {

PlanService::PlanService(DiarySession& session)
    : m_session(session)
{}

std::int64_t PlanService::setPlan(std::int64_t profileId, const TitrationPlan& plan)
{
    return m_session.change(QStringLiteral("plan"), {DiaryChange::Subject::Plan, profileId}, [&] {
        return TitrationRepository(m_session.database()).setPlan(profileId, plan);
    });
}

TitrationAdjustment PlanService::adjust(std::int64_t profileId, const TitrationAdjustment& adjustment)
{
    return m_session.change(QStringLiteral("plan"), {DiaryChange::Subject::Plan, profileId}, [&] {
        TitrationRepository plans(m_session.database());
        const std::optional<TitrationPlan> plan = plans.activePlan(profileId);
        if (!plan) {
            throw InputError(QStringLiteral("plan"),
                             QStringLiteral("there is no titration plan to change yet"));
        }
        const TitrationAdjustment recorded = TitrationSchedule(*plan).recorded(adjustment);
        plans.addAdjustment(plan->id, recorded);
        return recorded;
    });
}

} // namespace ldn
