#pragma once

#include "core/plan/TitrationPlan.h"

#include <cstdint>

namespace ldn {

class DiarySession;

// Titration plans: a new plan (which ends the current one, keeping its history), and holds,
// step-downs, resumes and set doses on the active plan.
class PlanService {
public:
    explicit PlanService(DiarySession& session);

    // Returns the new plan's id. Throws InputError for a plan TitrationPlan::validate refuses.
    std::int64_t setPlan(std::int64_t profileId, const TitrationPlan& plan);
    // Records the adjustment on the profile's active plan and returns it as recorded
    // (TitrationSchedule::recorded: a step-down without a dose halves the planned dose). Throws
    // InputError when there is no plan, or the date or dose does not fit it.
    TitrationAdjustment adjust(std::int64_t profileId, const TitrationAdjustment& adjustment);

private:
    DiarySession& m_session;
};

} // namespace ldn
