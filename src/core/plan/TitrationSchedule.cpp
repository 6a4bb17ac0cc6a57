#include "core/plan/TitrationSchedule.h"

#include <algorithm>
#include <utility>

namespace ldn {

TitrationSchedule::TitrationSchedule(TitrationPlan plan)
    : m_plan(std::move(plan))
{
    std::stable_sort(m_plan.adjustments.begin(), m_plan.adjustments.end(),
                     [](const TitrationAdjustment& a, const TitrationAdjustment& b) {
                         return a.effectiveOn < b.effectiveOn;
                     });
}

std::optional<TitrationSchedule::Day> TitrationSchedule::on(QDate date) const
{
    if (!m_plan.startOn.isValid() || date < m_plan.startOn) {
        return std::nullopt;
    }
    Dose dose = m_plan.startDose;
    bool held = false;
    QDate nextStep = m_plan.startOn.addDays(m_plan.intervalDays);

    // Climb through the scheduled steps that fall on or before `until`.
    const auto climbUntil = [&](QDate until) {
        while (!held && dose < m_plan.targetDose && nextStep <= until) {
            dose = std::min(Dose::fromMicrograms(dose.micrograms() + m_plan.stepDose.micrograms()),
                            m_plan.targetDose);
            nextStep = nextStep.addDays(m_plan.intervalDays);
        }
    };

    for (const TitrationAdjustment& adjustment : m_plan.adjustments) {
        if (adjustment.effectiveOn > date) {
            break;
        }
        climbUntil(adjustment.effectiveOn.addDays(-1));
        switch (adjustment.kind) {
        case TitrationAdjustment::Kind::Hold:
            held = true;
            break;
        case TitrationAdjustment::Kind::StepDown:
            dose = adjustment.dose.value_or(Dose::fromMicrograms(dose.micrograms() / 2));
            held = true;
            break;
        case TitrationAdjustment::Kind::Resume:
            held = false;
            nextStep = adjustment.effectiveOn.addDays(m_plan.intervalDays);
            break;
        case TitrationAdjustment::Kind::SetDose:
            dose = adjustment.dose.value_or(dose);
            held = false;
            nextStep = adjustment.effectiveOn.addDays(m_plan.intervalDays);
            break;
        }
    }
    climbUntil(date);

    Day day;
    day.plannedDose = dose;
    day.onHold = held;
    day.targetReached = dose >= m_plan.targetDose;
    if (!held && !day.targetReached) {
        day.nextStepOn = nextStep;
        day.nextStepDose = std::min(Dose::fromMicrograms(dose.micrograms() + m_plan.stepDose.micrograms()),
                                    m_plan.targetDose);
    }
    return day;
}

TitrationAdjustment TitrationSchedule::recorded(TitrationAdjustment adjustment) const
{
    if (adjustment.kind == TitrationAdjustment::Kind::StepDown && !adjustment.dose) {
        if (const std::optional<Day> day = on(adjustment.effectiveOn)) {
            adjustment.dose = Dose::fromMicrograms(day->plannedDose.micrograms() / 2);
        }
    }
    return adjustment;
}

} // namespace ldn
