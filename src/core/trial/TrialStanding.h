#pragma once

#include "core/trial/Trial.h"

#include <QDate>

#include <optional>

namespace ldn {

// Where a trial stands on a day, as numbers and dates that the Today tab and the command line put
// into their own words. The baseline (days at 0 mg before the first dose) only exists for someone
// not yet on LDN when the trial started: a trial agreed while already taking it measures from the
// dose taken then. A blinded trial says which period it is in, never the arm.
struct TrialStanding {
    enum class Phase {
        NotStarted,    // `date`: the start; `count`: days until then
        Baseline,      // `day` of `count` baseline days
        Running,       // `day` of the trial; `date`: the review; `count`: days until it
        BlindedPeriod, // `day` of the trial; `period` of `count` periods; `date`: the last period's end
        ReviewDue,     // `date`: the review date, today or passed
        Stopped,       // `date`: the stop day
    };

    Phase phase = Phase::NotStarted;
    QDate date;
    int day = 0;
    int count = 0;
    int period = 0;

    // `firstDoseDay`: the first day with LDN in the diary, if any (for the baseline rule above).
    static TrialStanding of(const Trial& trial, const QDate& today, const std::optional<QDate>& firstDoseDay);
};

} // namespace ldn
