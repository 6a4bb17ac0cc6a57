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
    m_session.requireWritable(QStringLiteral("plan"));
    const std::int64_t id = TitrationRepository(m_session.database()).setPlan(profileId, plan);
    m_session.announce({DiaryChange::Subject::Plan, profileId});
    return id;
}

TitrationAdjustment PlanService::adjust(std::int64_t profileId, const TitrationAdjustment& adjustment)
{
    m_session.requireWritable(QStringLiteral("plan"));
    TitrationRepository plans(m_session.database());
    const std::optional<TitrationPlan> plan = plans.activePlan(profileId);
    if (!plan) {
        throw InputError(QStringLiteral("plan"), QStringLiteral("there is no titration plan to change yet"));
    }
    const TitrationAdjustment recorded = TitrationSchedule(*plan).recorded(adjustment);
    plans.addAdjustment(plan->id, recorded);
    m_session.announce({DiaryChange::Subject::Plan, profileId});
    return recorded;
}

} // namespace ldn
