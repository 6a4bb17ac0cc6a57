#include "core/evidence/DesignBadge.h"

#include "core/evidence/CebmLevel.h"

#include <QCoreApplication>

namespace ldn {
namespace {

QString translatedLabel(const char* english)
{
    return QCoreApplication::translate("DesignBadge", english);
}

} // namespace

DesignBadge DesignBadge::forKind(SourceKind kind)
{
    return DesignBadge(kind);
}

int DesignBadge::rank() const
{
    switch (m_kind) {
    case SourceKind::SystematicReview:
        return 1;
    case SourceKind::RctParallel:
    case SourceKind::RctCrossover:
        return 2;
    case SourceKind::ControlledTrial:
        return 3;
    case SourceKind::OpenLabel:
        return 4;
    case SourceKind::Retrospective:
        return 5;
    case SourceKind::CaseSeries:
        return 6;
    case SourceKind::Guideline:
        return 7;
    case SourceKind::Mechanism:
        return 8;
    case SourceKind::TrialRegistration:
        return 9;
    case SourceKind::Unclassified:
        return 10;
    case SourceKind::PatientReport:
    case SourceKind::NewsAdvocacy:
        break;
    }
    return 11;
}

QString DesignBadge::shortLabel() const
{
    switch (m_kind) {
    case SourceKind::SystematicReview:
        return translatedLabel(QT_TRANSLATE_NOOP("DesignBadge", "Systematic review"));
    case SourceKind::RctParallel:
        return translatedLabel(QT_TRANSLATE_NOOP("DesignBadge", "RCT (parallel)"));
    case SourceKind::RctCrossover:
        return translatedLabel(QT_TRANSLATE_NOOP("DesignBadge", "RCT (crossover)"));
    case SourceKind::ControlledTrial:
        return translatedLabel(QT_TRANSLATE_NOOP("DesignBadge", "Controlled (randomisation unknown)"));
    case SourceKind::OpenLabel:
        return translatedLabel(QT_TRANSLATE_NOOP("DesignBadge", "Open-label / single-blind"));
    case SourceKind::Retrospective:
        return translatedLabel(QT_TRANSLATE_NOOP("DesignBadge", "Retrospective"));
    case SourceKind::CaseSeries:
        return translatedLabel(QT_TRANSLATE_NOOP("DesignBadge", "Case series / report"));
    case SourceKind::Guideline:
        return translatedLabel(QT_TRANSLATE_NOOP("DesignBadge", "Guideline"));
    case SourceKind::Mechanism:
        return translatedLabel(QT_TRANSLATE_NOOP("DesignBadge", "Mechanism"));
    case SourceKind::TrialRegistration:
        return translatedLabel(QT_TRANSLATE_NOOP("DesignBadge", "Registered trial / protocol"));
    case SourceKind::Unclassified:
        return translatedLabel(QT_TRANSLATE_NOOP("DesignBadge", "Unclassified"));
    case SourceKind::PatientReport:
        return translatedLabel(QT_TRANSLATE_NOOP("DesignBadge", "Personal report"));
    case SourceKind::NewsAdvocacy:
        return translatedLabel(QT_TRANSLATE_NOOP("DesignBadge", "News / advocacy"));
    }
    return {};
}

std::optional<int> DesignBadge::cebmLevel() const
{
    return CebmLevel::forKind(m_kind);
}

EvidenceLane DesignBadge::lane() const
{
    switch (m_kind) {
    case SourceKind::SystematicReview:
    case SourceKind::RctParallel:
    case SourceKind::RctCrossover:
    case SourceKind::ControlledTrial:
    case SourceKind::OpenLabel:
    case SourceKind::Retrospective:
    case SourceKind::CaseSeries:
        return EvidenceLane::Study;
    case SourceKind::Guideline:
        return EvidenceLane::Position;
    case SourceKind::TrialRegistration:
        return EvidenceLane::PlannedTrial;
    case SourceKind::Mechanism:
        return EvidenceLane::Mechanism;
    case SourceKind::Unclassified:
        return EvidenceLane::Unclassified;
    case SourceKind::PatientReport:
    case SourceKind::NewsAdvocacy:
        break;
    }
    return EvidenceLane::PersonalReports;
}

bool DesignBadge::isRandomised() const
{
    return m_kind == SourceKind::RctParallel || m_kind == SourceKind::RctCrossover;
}

} // namespace ldn
