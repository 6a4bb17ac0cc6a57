#pragma once

#include "core/evidence/DesignBadge.h"
#include "core/evidence/EvidenceClaim.h"
#include "core/evidence/EvidenceSource.h"
#include "core/evidence/GradeAssessment.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace ldn {

// A claim together with the sources it rests on.
struct LinkedClaim {
    EvidenceClaim claim;
    std::vector<EvidenceSource> sources;

    // The source with the strongest design, or nullptr when the claim has no source. A claim
    // reported by a trial and repeated in a news article is the trial's claim.
    const EvidenceSource* strongestSource() const;
    // The lane of the strongest source; a claim without sources is Unclassified.
    EvidenceLane lane() const;
};

// One row of a condition's summary of findings: one outcome, counted over studies only.
struct SummaryRow {
    QString outcome;
    std::map<EffectDirection, int> directions; // studies per direction; a null result counts like any other
    SourceKind strongestDesign = SourceKind::Unclassified;
    int studies = 0; // distinct studies, systematic reviews included
    int reviews = 0; // how many of those are systematic reviews
    // People in the primary studies (reviews pool the same people, so they are not added again);
    // nothing when no primary study reports its n.
    std::optional<int> participants;
    int studiesWithoutParticipants = 0; // primary studies that do not report n
    std::optional<GradeAssessment> grade;

    // "benefit", or "mixed: 2 benefit, 3 no difference" when studies disagree.
    QString directionText() const;
};

// The Cochrane-style summary for one condition: one row per outcome with the direction of every
// study (nulls beside positives), the strongest design, the number of studies and participants and
// the stored GRADE certainty. Personal reports and advocacy never count; guidelines, planned trials,
// mechanism and unclassified references are kept apart too. Pure: no database, no files.
class SummaryOfFindings {
public:
    static SummaryOfFindings build(const std::vector<LinkedClaim>& claims,
                                   const std::vector<GradeAssessment>& grades);

    const std::vector<SummaryRow>& rows() const { return m_rows; }
    EvidenceStatus status() const { return m_status; }

    // The counted claims, in row order and strongest design first within a row.
    const std::vector<LinkedClaim>& studyClaims() const { return m_studyClaims; }
    const std::vector<LinkedClaim>& positions() const { return m_positions; }
    const std::vector<LinkedClaim>& plannedTrials() const { return m_plannedTrials; }
    const std::vector<LinkedClaim>& mechanism() const { return m_mechanism; }
    const std::vector<LinkedClaim>& unclassified() const { return m_unclassified; }
    const std::vector<LinkedClaim>& personalReports() const { return m_personalReports; }
    // Grades whose outcome has no counted study (kept so nothing stored is hidden).
    const std::vector<GradeAssessment>& unmatchedGrades() const { return m_unmatchedGrades; }

private:
    std::vector<SummaryRow> m_rows;
    EvidenceStatus m_status = EvidenceStatus::NoEvidence;
    std::vector<LinkedClaim> m_studyClaims;
    std::vector<LinkedClaim> m_positions;
    std::vector<LinkedClaim> m_plannedTrials;
    std::vector<LinkedClaim> m_mechanism;
    std::vector<LinkedClaim> m_unclassified;
    std::vector<LinkedClaim> m_personalReports;
    std::vector<GradeAssessment> m_unmatchedGrades;
};

} // namespace ldn
