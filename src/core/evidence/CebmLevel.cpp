#include "core/evidence/CebmLevel.h"

namespace ldn {

std::optional<int> CebmLevel::forKind(SourceKind kind)
{
    switch (kind) {
    case SourceKind::SystematicReview:
        return 1;
    case SourceKind::RctParallel:
    case SourceKind::RctCrossover:
        return 2;
    case SourceKind::ControlledTrial:
    case SourceKind::OpenLabel:
        return 3;
    case SourceKind::Retrospective:
    case SourceKind::CaseSeries:
        // A chart review without a comparison group is, in CEBM terms, a case series.
        return 4;
    case SourceKind::Mechanism:
        return 5;
    case SourceKind::Guideline:
    case SourceKind::TrialRegistration:
    case SourceKind::PatientReport:
    case SourceKind::NewsAdvocacy:
    case SourceKind::Unclassified:
        break;
    }
    return std::nullopt;
}

QString CebmLevel::describe(int level)
{
    switch (level) {
    case 1:
        return QStringLiteral("Level 1: systematic review of randomised trials");
    case 2:
        return QStringLiteral("Level 2: randomised trial");
    case 3:
        return QStringLiteral("Level 3: non-randomised controlled or follow-up study");
    case 4:
        return QStringLiteral("Level 4: case series or historically controlled study");
    case 5:
        return QStringLiteral("Level 5: mechanism-based reasoning");
    default:
        break;
    }
    return QStringLiteral("No level");
}

} // namespace ldn
