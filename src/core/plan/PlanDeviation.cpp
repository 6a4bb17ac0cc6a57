#include "core/plan/PlanDeviation.h"

namespace ldn {

std::vector<PlanDeviation> PlanDeviation::find(const TitrationSchedule& schedule,
                                               const std::vector<DiaryEntry>& entries, QDate until)
{
    std::vector<PlanDeviation> deviations;
    for (const DiaryEntry& entry : entries) {
        if (entry.date > until) {
            continue;
        }
        const std::optional<TitrationSchedule::Day> day = schedule.on(entry.date);
        if (!day) {
            continue;
        }
        if (entry.status == DoseStatus::Missed) {
            deviations.push_back({entry.date, day->plannedDose, std::nullopt});
        } else if (entry.dose != day->plannedDose) {
            deviations.push_back({entry.date, day->plannedDose, entry.dose});
        }
    }
    return deviations;
}

} // namespace ldn
