#include "core/evidence/EvidenceVocabulary.h"

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
        {ConditionCategory::Autoimmune, "autoimmune", "Autoimmune"},
        {ConditionCategory::Cancer, "cancer", "Cancer"},
        {ConditionCategory::Other, "other", "Other"},
        {ConditionCategory::SuggestedUntried, "suggested_untried", "Suggested as a possible use"},
    }};
};

template <>
struct Vocabulary<EntryOrigin> {
    static constexpr std::array<Term<EntryOrigin>, 2> kTerms{{
        {EntryOrigin::Bundled, "bundled", "Bundled evidence pack"},
        {EntryOrigin::User, "user", "Your own entry"},
    }};
};

template <>
struct Vocabulary<SourceKind> {
    static constexpr std::array<Term<SourceKind>, 13> kTerms{{
        {SourceKind::SystematicReview, "systematic_review", "Systematic review / meta-analysis"},
        {SourceKind::RctParallel, "rct_parallel", "Randomised controlled trial (parallel groups)"},
        {SourceKind::RctCrossover, "rct_crossover", "Randomised controlled trial (crossover)"},
        {SourceKind::ControlledTrial, "controlled_trial", "Controlled trial, randomisation not reported"},
        {SourceKind::OpenLabel, "open_label", "Single-blind / open-label before-after study"},
        {SourceKind::Retrospective, "retrospective", "Retrospective chart review / cohort"},
        {SourceKind::CaseSeries, "case_series", "Case series / case report"},
        {SourceKind::Guideline, "guideline", "Guideline (a position, not a study)"},
        {SourceKind::TrialRegistration, "trial_registration",
         "Trial registration / protocol (no results yet)"},
        {SourceKind::Mechanism, "mechanism", "Mechanism-based reasoning"},
        {SourceKind::PatientReport, "patient_report", "Personal report / anecdote"},
        {SourceKind::NewsAdvocacy, "news_advocacy", "News / advocacy"},
        {SourceKind::Unclassified, "unclassified", "Unclassified reference (design not set yet)"},
    }};
};

template <>
struct Vocabulary<Verification> {
    static constexpr std::array<Term<Verification>, 4> kTerms{{
        {Verification::FullText, "full_text", "Checked against the full text"},
        {Verification::Abstract, "abstract", "Checked against the abstract"},
        {Verification::Secondary, "secondary", "Taken from a secondary source"},
        {Verification::Unconfirmed, "unconfirmed", "Unconfirmed"},
    }};
};

template <>
struct Vocabulary<Comparator> {
    static constexpr std::array<Term<Comparator>, 5> kTerms{{
        {Comparator::Placebo, "placebo", "placebo"},
        {Comparator::Active, "active", "active treatment"},
        {Comparator::BaselineOnly, "baseline_only", "baseline only (no control group)"},
        {Comparator::None, "none", "no comparator"},
        {Comparator::NotReported, "not_reported", "comparator not reported"},
    }};
};

template <>
struct Vocabulary<EffectDirection> {
    static constexpr std::array<Term<EffectDirection>, 5> kTerms{{
        {EffectDirection::Benefit, "benefit", "benefit"},
        {EffectDirection::NoDifference, "no_difference", "no difference"},
        {EffectDirection::Harm, "harm", "harm"},
        {EffectDirection::Mixed, "mixed", "mixed"},
        {EffectDirection::Unclear, "unclear", "unclear"},
    }};
};

template <>
struct Vocabulary<GradeCertainty> {
    static constexpr std::array<Term<GradeCertainty>, 4> kTerms{{
        {GradeCertainty::VeryLow, "very_low", "Very low"},
        {GradeCertainty::Low, "low", "Low"},
        {GradeCertainty::Moderate, "moderate", "Moderate"},
        {GradeCertainty::High, "high", "High"},
    }};
};

template <>
struct Vocabulary<GradeDomain> {
    static constexpr std::array<Term<GradeDomain>, 8> kTerms{{
        {GradeDomain::RiskOfBias, "risk_of_bias", "risk of bias"},
        {GradeDomain::Inconsistency, "inconsistency", "inconsistency"},
        {GradeDomain::Indirectness, "indirectness", "indirectness"},
        {GradeDomain::Imprecision, "imprecision", "imprecision"},
        {GradeDomain::PublicationBias, "publication_bias", "publication bias"},
        {GradeDomain::LargeEffect, "large_effect", "large effect"},
        {GradeDomain::DoseResponse, "dose_response", "dose-response gradient"},
        {GradeDomain::Confounding, "confounding", "confounding working against the effect"},
    }};
};

template <>
struct Vocabulary<GradeStart> {
    static constexpr std::array<Term<GradeStart>, 2> kTerms{{
        {GradeStart::Randomised, "randomised", "randomised trials (start High)"},
        {GradeStart::Observational, "observational", "observational studies (start Low)"},
    }};
};

template <>
struct Vocabulary<EvidenceStatus> {
    static constexpr std::array<Term<EvidenceStatus>, 4> kTerms{{
        {EvidenceStatus::RandomisedTrials, "randomised_trials",
         "Randomised trials have tested LDN for this condition"},
        {EvidenceStatus::NonRandomisedStudies, "non_randomised_studies",
         "No randomised trial: only non-randomised studies (open-label, chart reviews, case series)"},
        {EvidenceStatus::AnecdoteOnly, "anecdote_only",
         "No trial evidence: only personal reports and advocacy claims, which are not evidence of benefit"},
        {EvidenceStatus::NoEvidence, "no_evidence",
         "No studies or reports of LDN for this condition in the library"},
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
    return QString::fromUtf8(termFor(value).display);
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
