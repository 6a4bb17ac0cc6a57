#pragma once

#include "core/diary/DiaryEntry.h"
#include "core/plan/Medication.h"

#include <QDate>
#include <QString>

#include <vector>

namespace ldn {

// The built-in stopping rules of every trial (issue 19), beside the person's own written ones:
// a side effect of severity 3 (severe) on two days in a row, and an opioid added to the
// medicines (naltrexone blocks opioids: withdrawal, or no pain relief).
class StoppingRules {
public:
    enum class Rule { SevereSideEffectTwoDays, OpioidAdded };

    struct Met {
        Rule rule = Rule::SevereSideEffectTwoDays;
        QDate since;   // the first of the two days; the day the opioid was started
        QString cause; // the side effect's or the medicine's name, as written
        // The warning in plain words, translated in the context "StoppingRules".
        QString words() const;
    };

    // The rules met on or after `trialStart` up to `asOf`, in the order above, each once (its
    // earliest occurrence). `diary` is in date order. "Two days in a row" means two consecutive
    // calendar days, both logged, with the same side effect (by name, regardless of case) at
    // severity 3: an unlogged day between breaks the run. An opioid counts when MedicationSafety
    // calls it one and it was taken from the trial's start on or stopped at most 28 days before
    // it (a trial cannot start with one, so it was added since).
    static std::vector<Met> check(const std::vector<const DiaryEntry*>& diary,
                                  const std::vector<Medication>& medications, const QDate& trialStart,
                                  const QDate& asOf);
};

} // namespace ldn
