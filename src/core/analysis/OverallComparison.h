#pragma once

#include "core/analysis/DoseResponseResult.h"
#include "core/diary/DiaryEntry.h"

#include <vector>

namespace ldn {

// How is the person doing since starting LDN: each symptom's baseline against its last 28 days,
// with the Newey-West interval and a verdict, the same for `analyze --json`, the Chart tab and the
// GP report's first page.
//
// Definitions (shared with docs/formats.md and the tests against R):
// - The first dose of LDN is the first day in the whole diary with a dose above 0 mg taken.
// - The baseline is the logged, not missed (so 0 mg) days among the 28 calendar days before it,
//   even when they lie before the dates analysed. No such day: no baseline.
// - "Recent" is the logged, not missed days among the last 28 calendar days of the dates
//   analysed, from the first dose on (a day is never on both sides).
// - Only days with a score for the symptom count; the two runs, baseline first, each in date
//   order, are compared with AutocorrelatedDifference. The verdict is "better" or "worse" by the
//   symptom's direction when the interval excludes 0, otherwise "no clear change".
class OverallComparison {
public:
    static constexpr int kBaselineDays = 28;
    static constexpr int kRecentDays = 28;

    // Fills result.firstLdnDose and result.overall from the whole diary, by date, for the dates
    // result.from to result.to and result.symptoms.
    static void fill(DoseResponseResult& result, const std::vector<const DiaryEntry*>& wholeDiary);
};

} // namespace ldn
