#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ldn {

// The controlled vocabulary of the evidence library. Each enum has one stored name (used in the
// database, the evidence pack and --json output) and one display name. They are kept together in
// one file so the schema's CHECK lists, the pack format in docs/formats.md and this code can be
// compared side by side.

// Where a condition sits in the source documents' own lists.
enum class ConditionCategory { Autoimmune, Cancer, Other, SuggestedUntried };

// Bundled rows come from an evidence pack and carry its stable key; user rows are the person's own.
enum class EntryOrigin { Bundled, User };

// What a source is. The design badge, the Oxford CEBM level and whether a claim counts in a
// summary all follow from the kind alone, never from what the source found.
enum class SourceKind {
    SystematicReview,  // systematic review or meta-analysis
    RctParallel,       // randomised controlled trial, parallel groups
    RctCrossover,      // randomised controlled trial, crossover
    ControlledTrial,   // controlled (e.g. against placebo) but randomisation not reported
    OpenLabel,         // single-blind or open-label, before-after
    Retrospective,     // retrospective chart review or cohort
    CaseSeries,        // case series or case report
    Guideline,         // a position, not a study
    TrialRegistration, // a registered trial or protocol: no results yet
    Mechanism,         // laboratory or mechanism-based reasoning
    PatientReport,     // personal report, anecdote, a clinician's unpublished practice
    NewsAdvocacy,      // news, advocacy, patient-organisation material
    Unclassified,      // an imported reference whose design nobody has set yet
};

// How far the facts of a source were checked.
enum class Verification { FullText, Abstract, Secondary, Unconfirmed };

// What LDN was compared with: every claim shows it. NotReported is for planned trials and
// reports whose design detail is not known; it is never a guess at "none".
enum class Comparator { Placebo, Active, BaselineOnly, None, NotReported };

// What a claim says LDN did for its outcome.
enum class EffectDirection { Benefit, NoDifference, Harm, Mixed, Unclear };

// GRADE certainty of a body of evidence, weakest first so that the values order naturally.
enum class GradeCertainty { VeryLow, Low, Moderate, High };

// GRADE's reasons to rate a body of evidence down (the first five) or up (the last three).
enum class GradeDomain {
    RiskOfBias,
    Inconsistency,
    Indirectness,
    Imprecision,
    PublicationBias,
    LargeEffect,
    DoseResponse,
    Confounding,
};

// Where GRADE starts: randomised trials at High, observational studies at Low.
enum class GradeStart { Randomised, Observational };

// What kind of evidence the library holds for a condition, derived from its claims' sources.
enum class EvidenceStatus { RandomisedTrials, NonRandomisedStudies, AnecdoteOnly, NoEvidence };

QString toStorageText(ConditionCategory value);
QString toStorageText(EntryOrigin value);
QString toStorageText(SourceKind value);
QString toStorageText(Verification value);
QString toStorageText(Comparator value);
QString toStorageText(EffectDirection value);
QString toStorageText(GradeCertainty value);
QString toStorageText(GradeDomain value);
QString toStorageText(GradeStart value);
QString toStorageText(EvidenceStatus value);

QString displayName(ConditionCategory value);
QString displayName(EntryOrigin value);
QString displayName(SourceKind value);
QString displayName(Verification value);
QString displayName(Comparator value);
QString displayName(EffectDirection value);
QString displayName(GradeCertainty value);
QString displayName(GradeDomain value);
QString displayName(GradeStart value);
QString displayName(EvidenceStatus value);

// The value with this stored name (surrounding spaces and case ignored), or nothing.
template <typename Enum>
std::optional<Enum> fromStorageText(const QString& text);

// Every stored name of the enum, in declaration order.
template <typename Enum>
QStringList storageTexts();

} // namespace ldn
