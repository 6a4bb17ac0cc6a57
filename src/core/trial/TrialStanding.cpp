#include "core/trial/TrialStanding.h"

namespace ldn {

TrialStanding TrialStanding::of(const Trial& trial, const QDate& today,
                                const std::optional<QDate>& firstDoseDay)
{
    const TrialProtocol& protocol = trial.protocol;
    TrialStanding standing;
    if (trial.isStopped() && trial.stoppedOn <= today) {
        standing.phase = Phase::Stopped;
        standing.date = trial.stoppedOn;
        return standing;
    }
    if (today < protocol.start) {
        standing.phase = Phase::NotStarted;
        standing.date = protocol.start;
        standing.count = static_cast<int>(today.daysTo(protocol.start));
        return standing;
    }
    standing.day = static_cast<int>(protocol.start.daysTo(today)) + 1;
    if (protocol.isBlinded()) {
        const TrialPeriods periods = protocol.blinded->periodsFrom(protocol.start);
        if (const std::optional<TrialPeriod> period = periods.periodOn(today)) {
            standing.phase = Phase::BlindedPeriod;
            standing.period = period->index;
            standing.count = periods.count();
            standing.date = periods.lastDay();
            return standing;
        }
    } else {
        const bool alreadyOnLdn = firstDoseDay && firstDoseDay->isValid() && *firstDoseDay < protocol.start;
        if (!alreadyOnLdn && standing.day <= protocol.baselineDays) {
            standing.phase = Phase::Baseline;
            standing.count = protocol.baselineDays;
            return standing;
        }
    }
    if (today < protocol.reviewOn) {
        standing.phase = Phase::Running;
        standing.date = protocol.reviewOn;
        standing.count = static_cast<int>(today.daysTo(protocol.reviewOn));
        return standing;
    }
    standing.phase = Phase::ReviewDue;
    standing.date = protocol.reviewOn;
    return standing;
}

} // namespace ldn
