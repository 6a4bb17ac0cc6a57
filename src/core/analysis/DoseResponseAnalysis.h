#pragma once

#include "core/analysis/DoseResponseResult.h"
#include "core/diary/DiaryEntry.h"
#include "core/diary/SymptomDefinition.h"

#include <QDate>

#include <vector>

namespace ldn {

// An honest n-of-1 look at one person's diary: symptom scores per dose level, before/after each
// change of dose with the Newey-West interval (Welch's too, for comparison), the trend before each
// change, and the baseline before LDN against the last 28 days (OverallComparison). Pure: the
// same entries give the same numbers in the GUI, the CLI and the PDF.
//
// Definitions (shared with docs and tests):
// - A change of dose is a day whose dose taken differs from the dose taken on the last earlier
//   day that was not missed. Missed and unlogged days never make a change; starting LDN after
//   0 mg baseline days is one.
// - Settling days are the first `settleDays` calendar days from a change (the change day is the
//   first); they are left out of the dose-level statistics.
// - "Before" is the `windowDays` calendar days just before the change day; "after" is the
//   `windowDays` calendar days starting `settleDays` after the change day. Only days that are
//   logged, not missed, and have a score for the symptom count.
// - `entries` may be the whole diary: only the days from `settings.from` to `settings.to` are
//   analysed, but the baseline before LDN is found in all of them.
class DoseResponseAnalysis {
public:
    struct Settings {
        int windowDays = 14;
        int settleDays = 3;
        QDate from; // invalid: from the first logged day
        QDate to;   // invalid: to the last logged day
    };

    // Estimates resting on fewer days than this are flagged as fragile.
    static constexpr int kFewDays = 7;

    static DoseResponseResult run(const std::vector<DiaryEntry>& entries,
                                  const std::vector<SymptomDefinition>& symptoms, const Settings& settings);
};

} // namespace ldn
