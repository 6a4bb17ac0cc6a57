#pragma once

#include "core/evidence/EvidenceVocabulary.h"

#include <QString>

#include <optional>

namespace ldn {

// Which part of a condition's evidence view a source's claims belong to.
enum class EvidenceLane {
    Study,          // counted in the summary of findings
    Position,       // guidelines: shown, not counted (a position is not a study)
    PlannedTrial,   // registrations and protocols: no results yet
    Mechanism,      // reasoning about how LDN might work
    Unclassified,   // imported references nobody has classified yet
    PersonalReports // anecdote, personal reports, news and advocacy: their own lane, never graded
};

// The study-design label of a source, from its kind alone. A glowing anecdote is labelled an
// anecdote and a null randomised trial a randomised trial: the badge never looks at the result.
// Ranked from strongest (1) to weakest, as in the fact sheet: systematic review > randomised vs
// placebo > controlled, not randomised > single-blind/open-label before-after > retrospective >
// case series/report > guideline > mechanism > registration > unclassified > personal report.
class DesignBadge {
public:
    static DesignBadge forKind(SourceKind kind);

    SourceKind kind() const { return m_kind; }
    int rank() const;
    QString label() const { return displayName(m_kind); }
    QString shortLabel() const;
    std::optional<int> cebmLevel() const;
    EvidenceLane lane() const;
    bool countsInSummary() const { return lane() == EvidenceLane::Study; }
    bool isRandomised() const;

    // True when `a` is a stronger design than `b`.
    static bool isStronger(SourceKind a, SourceKind b) { return forKind(a).rank() < forKind(b).rank(); }

private:
    explicit DesignBadge(SourceKind kind)
        : m_kind(kind)
    {}

    SourceKind m_kind;
};

} // namespace ldn
