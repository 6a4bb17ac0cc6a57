#include "core/evidence/EvidenceVocabulary.h"

#include <QCoreApplication>

#include <array>
#include <cstddef>

namespace ldn {
namespace {

template <typename Enum>
struct Term {
    Enum value;
    const char* storage;
    const char* display;
};

template <typename Enum>
struct Vocabulary;

template <>
struct Vocabulary<ConditionCategory> {
    static constexpr std::array<Term<ConditionCategory>, 4> kTerms{{
        {ConditionCategory::Autoimmune, "autoimmune", QT_TRANSLATE_NOOP("EvidenceVocabulary", "Autoimmune")},
        {ConditionCategory::Cancer, "cancer", QT_TRANSLATE_NOOP("EvidenceVocabulary", "Cancer")},
        {ConditionCategory::Other, "other", QT_TRANSLATE_NOOP("EvidenceVocabulary", "Other")},
        {ConditionCategory::SuggestedUntried, "suggested_untried",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "Suggested as a possible use")},
    }};
};

template <>
struct Vocabulary<EntryOrigin> {
    static constexpr std::array<Term<EntryOrigin>, 2> kTerms{{
        {EntryOrigin::Bundled, "bundled", QT_TRANSLATE_NOOP("EvidenceVocabulary", "Bundled evidence pack")},
        {EntryOrigin::User, "user", QT_TRANSLATE_NOOP("EvidenceVocabulary", "Your own entry")},
    }};
};

template <>
struct Vocabulary<SourceKind> {
    static constexpr std::array<Term<SourceKind>, 13> kTerms{{
        {SourceKind::SystematicReview, "systematic_review",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "Systematic review / meta-analysis")},
        {SourceKind::RctParallel, "rct_parallel",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "Randomised controlled trial (parallel groups)")},
        {SourceKind::RctCrossover, "rct_crossover",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "Randomised controlled trial (crossover)")},
        {SourceKind::ControlledTrial, "controlled_trial",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "Controlled trial, randomisation not reported")},
        {SourceKind::OpenLabel, "open_label",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "Single-blind / open-label before-after study")},
        {SourceKind::Retrospective, "retrospective",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "Retrospective chart review / cohort")},
        {SourceKind::CaseSeries, "case_series",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "Case series / case report")},
        {SourceKind::Guideline, "guideline",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "Guideline (a position, not a study)")},
        {SourceKind::TrialRegistration, "trial_registration",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "Trial registration / protocol (no results yet)")},
        {SourceKind::Mechanism, "mechanism",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "Mechanism-based reasoning")},
        {SourceKind::PatientReport, "patient_report",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "Personal report / anecdote")},
        {SourceKind::NewsAdvocacy, "news_advocacy",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "News / advocacy")},
        {SourceKind::Unclassified, "unclassified",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "Unclassified reference (design not set yet)")},
    }};
};

template <>
struct Vocabulary<Verification> {
    static constexpr std::array<Term<Verification>, 4> kTerms{{
        {Verification::FullText, "full_text",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "Checked against the full text")},
        {Verification::Abstract, "abstract",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "Checked against the abstract")},
        {Verification::Secondary, "secondary",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "Taken from a secondary source")},
        {Verification::Unconfirmed, "unconfirmed", QT_TRANSLATE_NOOP("EvidenceVocabulary", "Unconfirmed")},
    }};
};

template <>
struct Vocabulary<Comparator> {
    static constexpr std::array<Term<Comparator>, 5> kTerms{{
        {Comparator::Placebo, "placebo", QT_TRANSLATE_NOOP("EvidenceVocabulary", "placebo")},
        {Comparator::Active, "active", QT_TRANSLATE_NOOP("EvidenceVocabulary", "active treatment")},
        {Comparator::BaselineOnly, "baseline_only",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "baseline only (no control group)")},
        {Comparator::None, "none", QT_TRANSLATE_NOOP("EvidenceVocabulary", "no comparator")},
        {Comparator::NotReported, "not_reported",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "comparator not reported")},
    }};
};

template <>
struct Vocabulary<EffectDirection> {
    static constexpr std::array<Term<EffectDirection>, 5> kTerms{{
        {EffectDirection::Benefit, "benefit", QT_TRANSLATE_NOOP("EvidenceVocabulary", "benefit")},
        {EffectDirection::NoDifference, "no_difference",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "no difference")},
        {EffectDirection::Harm, "harm", QT_TRANSLATE_NOOP("EvidenceVocabulary", "harm")},
        {EffectDirection::Mixed, "mixed", QT_TRANSLATE_NOOP("EvidenceVocabulary", "mixed")},
        {EffectDirection::Unclear, "unclear", QT_TRANSLATE_NOOP("EvidenceVocabulary", "unclear")},
    }};
};

template <>
struct Vocabulary<GradeCertainty> {
    static constexpr std::array<Term<GradeCertainty>, 4> kTerms{{
        {GradeCertainty::VeryLow, "very_low", QT_TRANSLATE_NOOP("EvidenceVocabulary", "Very low")},
        {GradeCertainty::Low, "low", QT_TRANSLATE_NOOP("EvidenceVocabulary", "Low")},
        {GradeCertainty::Moderate, "moderate", QT_TRANSLATE_NOOP("EvidenceVocabulary", "Moderate")},
        {GradeCertainty::High, "high", QT_TRANSLATE_NOOP("EvidenceVocabulary", "High")},
    }};
};

template <>
struct Vocabulary<GradeDomain> {
    static constexpr std::array<Term<GradeDomain>, 8> kTerms{{
        {GradeDomain::RiskOfBias, "risk_of_bias", QT_TRANSLATE_NOOP("EvidenceVocabulary", "risk of bias")},
        {GradeDomain::Inconsistency, "inconsistency",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "inconsistency")},
        {GradeDomain::Indirectness, "indirectness", QT_TRANSLATE_NOOP("EvidenceVocabulary", "indirectness")},
        {GradeDomain::Imprecision, "imprecision", QT_TRANSLATE_NOOP("EvidenceVocabulary", "imprecision")},
        {GradeDomain::PublicationBias, "publication_bias",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "publication bias")},
        {GradeDomain::LargeEffect, "large_effect", QT_TRANSLATE_NOOP("EvidenceVocabulary", "large effect")},
        {GradeDomain::DoseResponse, "dose_response",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "dose-response gradient")},
        {GradeDomain::Confounding, "confounding",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "confounding working against the effect")},
    }};
};

template <>
struct Vocabulary<GradeStart> {
    static constexpr std::array<Term<GradeStart>, 2> kTerms{{
        {GradeStart::Randomised, "randomised",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "randomised trials (start High)")},
        {GradeStart::Observational, "observational",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "observational studies (start Low)")},
    }};
};

template <>
struct Vocabulary<EvidenceStatus> {
    static constexpr std::array<Term<EvidenceStatus>, 4> kTerms{{
        {EvidenceStatus::RandomisedTrials, "randomised_trials",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "Randomised trials have tested LDN for this condition")},
        {EvidenceStatus::NonRandomisedStudies, "non_randomised_studies",
         QT_TRANSLATE_NOOP(
             "EvidenceVocabulary",
             "No randomised trial: only non-randomised studies (open-label, chart reviews, case series)")},
        {EvidenceStatus::AnecdoteOnly, "anecdote_only",
         QT_TRANSLATE_NOOP("EvidenceVocabulary", "No trial evidence: only personal reports and advocacy "
                                                 "claims, which are not evidence of benefit")},
        {EvidenceStatus::NoEvidence, "no_evidence",
         QT_TRANSLATE_NOOP("EvidenceVocabulary",
                           "No studies or reports of LDN for this condition in the library")},
    }};
};

template <typename Enum>
const Term<Enum>& termFor(Enum value)
{
    for (const Term<Enum>& term : Vocabulary<Enum>::kTerms) {
        if (term.value == value) {
            return term;
        }
    }
    return Vocabulary<Enum>::kTerms.front();
}

template <typename Enum>
QString storageOf(Enum value)
{
    return QString::fromLatin1(termFor(value).storage);
}

template <typename Enum>
QString displayOf(Enum value)
{
    return QCoreApplication::translate("EvidenceVocabulary", termFor(value).display);
}

} // namespace

template <typename Enum>
std::optional<Enum> fromStorageText(const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    for (const Term<Enum>& term : Vocabulary<Enum>::kTerms) {
        if (wanted == QLatin1String(term.storage)) {
            return term.value;
        }
    }
    return std::nullopt;
}

template <typename Enum>
QStringList storageTexts()
{
    QStringList texts;
    for (const Term<Enum>& term : Vocabulary<Enum>::kTerms) {
        texts << QString::fromLatin1(term.storage);
    }
    return texts;
}

#define LDN_EVIDENCE_VOCABULARY(Enum)                                                                        \
    QString toStorageText(Enum value)                                                                        \
    {                                                                                                        \
        return storageOf(value);                                                                             \
    }                                                                                                        \
    QString displayName(Enum value)                                                                          \
    {                                                                                                        \
        return displayOf(value);                                                                             \
    }                                                                                                        \
    template std::optional<Enum> fromStorageText<Enum>(const QString& text);                                 \
    template QStringList storageTexts<Enum>();

LDN_EVIDENCE_VOCABULARY(ConditionCategory)
LDN_EVIDENCE_VOCABULARY(EntryOrigin)
LDN_EVIDENCE_VOCABULARY(SourceKind)
LDN_EVIDENCE_VOCABULARY(Verification)
LDN_EVIDENCE_VOCABULARY(Comparator)
LDN_EVIDENCE_VOCABULARY(EffectDirection)
LDN_EVIDENCE_VOCABULARY(GradeCertainty)
LDN_EVIDENCE_VOCABULARY(GradeDomain)
LDN_EVIDENCE_VOCABULARY(GradeStart)
LDN_EVIDENCE_VOCABULARY(EvidenceStatus)

#undef LDN_EVIDENCE_VOCABULARY

} // namespace ldn
