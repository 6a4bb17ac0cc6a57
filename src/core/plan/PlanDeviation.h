#pragma once

#include "core/diary/DiaryEntry.h"
#include "core/plan/TitrationSchedule.h"

#include <QDate>

#include <optional>
#include <vector>

namespace ldn {

// A logged day that did not follow the plan: a missed dose, or a dose other than planned.
struct PlanDeviation {
    QDate date;
    Dose planned;
    std::optional<Dose> taken; // empty: the dose was missed

    // Days from the plan's start up to `until` (inclusive) whose entry differs from the plan.
    static std::vector<PlanDeviation> find(const TitrationSchedule& schedule,
                                           const std::vector<DiaryEntry>& entries, QDate until);
};

} // namespace ldn
