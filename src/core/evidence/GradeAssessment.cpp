#include "core/evidence/GradeAssessment.h"

#include "core/base/InputError.h"
#include "core/evidence/DesignBadge.h"

#include <algorithm>
#include <set>

namespace ldn {

GradeCertainty GradeAssessment::certaintyFor(GradeStart start, const std::vector<GradeReason>& reasons)
{
    int level = start == GradeStart::Randomised ? static_cast<int>(GradeCertainty::High)
                                                : static_cast<int>(GradeCertainty::Low);
    for (const GradeReason& reason : reasons) {
        level += reason.levels;
    }
    level =
        std::clamp(level, static_cast<int>(GradeCertainty::VeryLow), static_cast<int>(GradeCertainty::High));
    return static_cast<GradeCertainty>(level);
}

GradeStart GradeAssessment::startFor(SourceKind strongestDesign)
{
    // A systematic review is taken to pool randomised trials, as the reviews in the pack do.
    const DesignBadge badge = DesignBadge::forKind(strongestDesign);
    return badge.isRandomised() || strongestDesign == SourceKind::SystematicReview
               ? GradeStart::Randomised
               : GradeStart::Observational;
}

bool GradeAssessment::isUpgrade(GradeDomain domain)
{
    return domain == GradeDomain::LargeEffect || domain == GradeDomain::DoseResponse ||
           domain == GradeDomain::Confounding;
}

void validateGrade(const GradeAssessment& grade, const QString& location)
{
    if (grade.outcome.trimmed().isEmpty()) {
        throw InputError(location + QStringLiteral(": outcome"), QStringLiteral("an outcome is required"));
    }
    std::set<GradeDomain> seen;
    for (std::size_t i = 0; i < grade.reasons.size(); ++i) {
        const GradeReason& reason = grade.reasons[i];
        const QString at = QStringLiteral("%1: reasons[%2]").arg(location).arg(i);
        if (!seen.insert(reason.domain).second) {
            throw InputError(at, QStringLiteral("%1 is listed twice; give one level for each domain")
                                     .arg(displayName(reason.domain)));
        }
        if (GradeAssessment::isUpgrade(reason.domain)) {
            if (reason.levels != 1 && reason.levels != 2) {
                throw InputError(at, QStringLiteral("%1 is an upgrade: levels must be 1 or 2 (got %2)")
                                         .arg(displayName(reason.domain))
                                         .arg(reason.levels));
            }
        } else if (reason.levels != -1 && reason.levels != -2) {
            throw InputError(at, QStringLiteral("%1 is a downgrade: levels must be -1 (serious) or -2 (very "
                                                "serious) (got %2)")
                                     .arg(displayName(reason.domain))
                                     .arg(reason.levels));
        }
        if (reason.explanation.trimmed().isEmpty()) {
            throw InputError(at, QStringLiteral("every up- or downgrade needs an explanation"));
        }
    }
}

} // namespace ldn
