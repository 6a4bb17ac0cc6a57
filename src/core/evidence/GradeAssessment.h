#pragma once

#include "core/evidence/EvidenceVocabulary.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace ldn {

// One step up or down from GRADE's starting point, with the reason a reader can check.
struct GradeReason {
    GradeDomain domain = GradeDomain::RiskOfBias;
    int levels = -1; // -1 serious, -2 very serious; +1 or +2 for the upgrade domains
    QString explanation;
};

// GRADE certainty for one condition x outcome body of evidence: randomised trials start High,
// observational studies Low; each listed concern moves it down one or two levels and each upgrade
// up, never past High or below Very low. The certainty is computed, never typed in, so it always
// agrees with its reasons.
struct GradeAssessment {
    std::int64_t id = 0; // database id; 0 when not stored
    QString key;         // the evidence pack's stable key; empty for the person's own grades
    EntryOrigin origin = EntryOrigin::User;
    std::int64_t conditionId = 0;
    QString conditionKey; // in a pack: the condition's key
    QString outcome;
    GradeStart start = GradeStart::Randomised;
    std::vector<GradeReason> reasons;
    QString rationale;

    GradeCertainty certainty() const { return certaintyFor(start, reasons); }

    static GradeCertainty certaintyFor(GradeStart start, const std::vector<GradeReason>& reasons);
    // Where a body whose strongest study has this design starts.
    static GradeStart startFor(SourceKind strongestDesign);
    static bool isUpgrade(GradeDomain domain);
};

// Throws InputError at "`location`: FIELD" for an empty outcome, a domain listed twice, a reason
// without an explanation, or a level outside -2..-1 (downgrades) or 1..2 (upgrades).
void validateGrade(const GradeAssessment& grade, const QString& location);

} // namespace ldn
