#pragma once

#include "core/diary/Dose.h"
#include "core/plan/TitrationPlan.h"

#include <QDate>

#include <optional>

namespace ldn {

// What a plan says for a given day, with its adjustments applied in date order:
// the dose for that day, whether the plan is on hold, and the next step (if any).
class TitrationSchedule {
public:
    struct Day {
        Dose plannedDose;
        bool onHold = false;
        bool targetReached = false;
        std::optional<QDate> nextStepOn;
        std::optional<Dose> nextStepDose;
    };

    explicit TitrationSchedule(TitrationPlan plan);

    // Empty before the plan starts.
    std::optional<Day> on(QDate date) const;

    const TitrationPlan& plan() const { return m_plan; }

    // The adjustment as it is kept: a step-down without a dose records half the dose the plan has
    // for that day, so the history reads the same whatever changes later.
    TitrationAdjustment recorded(TitrationAdjustment adjustment) const;

private:
    TitrationPlan m_plan;
};

} // namespace ldn
