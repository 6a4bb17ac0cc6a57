#pragma once

#include "core/diary/Annotation.h"
#include "core/diary/DiaryEntry.h"
#include "core/diary/SymptomDefinition.h"
#include "core/plan/Medication.h"
#include "core/plan/TitrationPlan.h"

#include <QDate>

#include <cstdint>
#include <vector>

namespace ldn {

// Builds a realistic, reproducible synthetic diary for demos, screenshots and benchmarks:
// a fortnight of 0 mg baseline, a titration 1.5 -> 3 -> 4.5 mg in two-week steps, a few missed
// and unlogged days, side effects that cluster after each step up and fade, occasional events,
// and symptoms that drift, respond slowly to the dose, and carry day-to-day noise. Around the
// days it gives what a real diary has beside them, so no tab of the demo is empty: the titration
// plan the doses follow, a short list of other medicines and a few notes from a carer.
class DemoDiaryGenerator {
public:
    struct Settings {
        int days = 120;
        std::uint64_t seed = 1;
        QDate lastDay;
        std::vector<SymptomDefinition> symptoms = defaultSymptoms();
    };

    explicit DemoDiaryGenerator(Settings settings);

    // Only logged days are returned; the gaps are the "not logged" days.
    std::vector<DiaryEntry> generate() const;
    // The standard plan (1.5 mg, +1.5 mg every 14 days, to 4.5 mg) from the first day after the
    // baseline: the plan the generated doses follow.
    TitrationPlan plan() const;
    // Other medicines: one taken throughout, one stopped before LDN began. None bears on LDN.
    std::vector<Medication> medications() const;
    // A carer's notes about a few of the days, oldest first.
    std::vector<Annotation> carerNotes() const;

    // The dose the demo titration prescribes on day `index` (0 = first day).
    static Dose plannedDose(int index, int baselineDays);
    static int baselineDaysFor(int totalDays);

    static constexpr int kMaximumDays = 36'500;

private:
    Settings m_settings;
};

} // namespace ldn
