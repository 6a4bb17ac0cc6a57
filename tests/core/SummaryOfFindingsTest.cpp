#include "core/evidence/SummaryOfFindings.h"

#include <catch2/catch.hpp>

using namespace ldn;

namespace {

std::int64_t nextId = 1;

EvidenceSource source(SourceKind kind, const char* title, int year = 2020)
{
    EvidenceSource made;
    made.id = nextId++;
    made.kind = kind;
    made.title = QString::fromLatin1(title);
    made.year = year;
    return made;
}

LinkedClaim claim(const EvidenceSource& from, const char* outcome, EffectDirection direction,
                  std::optional<int> participants, Comparator comparator = Comparator::Placebo)
{
    EvidenceClaim made;
    made.outcome = QString::fromLatin1(outcome);
    made.direction = direction;
    made.participants = participants;
    made.comparator = comparator;
    return {made, {from}};
}

GradeAssessment grade(const char* outcome, EntryOrigin origin, std::vector<GradeReason> reasons)
{
    GradeAssessment made;
    made.outcome = QString::fromLatin1(outcome);
    made.origin = origin;
    made.start = GradeStart::Randomised;
    made.reasons = std::move(reasons);
    return made;
}

const SummaryRow* rowFor(const SummaryOfFindings& summary, const char* outcome)
{
    for (const SummaryRow& row : summary.rows()) {
        if (row.outcome == QLatin1String(outcome)) {
            return &row;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("Null trials are counted beside positive ones, and reviews do not add people twice",
          "[evidence][summary]")
{
    const EvidenceSource younger2013 = source(SourceKind::RctCrossover, "Younger 2013", 2013);
    const EvidenceSource bested2023 = source(SourceKind::RctCrossover, "Bested 2023", 2023);
    const EvidenceSource final2024 = source(SourceKind::RctParallel, "FINAL 2024", 2024);
    const EvidenceSource vatvani = source(SourceKind::SystematicReview, "Vatvani 2024", 2024);
    const EvidenceSource ologunowa = source(SourceKind::SystematicReview, "Ologunowa 2025", 2025);
    const EvidenceSource blog = source(SourceKind::NewsAdvocacy, "Advocacy site");
    const std::vector<LinkedClaim> claims{
        claim(younger2013, "pain", EffectDirection::Benefit, 31),
        claim(bested2023, "pain", EffectDirection::NoDifference, 58),
        claim(final2024, "Pain", EffectDirection::NoDifference, 99),
        claim(vatvani, "pain", EffectDirection::Benefit, 222),
        claim(ologunowa, "pain", EffectDirection::NoDifference, std::nullopt),
        claim(blog, "pain", EffectDirection::Benefit, 1000, Comparator::None),
        claim(younger2013, "fatigue", EffectDirection::NoDifference, 31),
    };
    const SummaryOfFindings summary = SummaryOfFindings::build(
        claims, {grade("pain", EntryOrigin::Bundled,
                       {{GradeDomain::Inconsistency, -1, QStringLiteral("trials disagree")},
                        {GradeDomain::Imprecision, -1, QStringLiteral("small")}})});

    CHECK(summary.status() == EvidenceStatus::RandomisedTrials);
    REQUIRE(summary.rows().size() == 2);
    const SummaryRow& pain = summary.rows().front(); // most studies first
    CHECK(pain.outcome == QStringLiteral("pain"));
    CHECK(pain.directions.at(EffectDirection::Benefit) == 2);
    CHECK(pain.directions.at(EffectDirection::NoDifference) == 3);
    CHECK(pain.directionText() == QStringLiteral("mixed: 2 benefit, 3 no difference"));
    CHECK(pain.strongestDesign == SourceKind::SystematicReview);
    CHECK(pain.studies == 5);
    CHECK(pain.reviews == 2);
    CHECK(pain.participants == 31 + 58 + 99); // the blog's 1000 and the review's 222 are not added
    REQUIRE(pain.grade);
    CHECK(pain.grade->certainty() == GradeCertainty::Low);

    const SummaryRow* fatigue = rowFor(summary, "fatigue");
    REQUIRE(fatigue);
    CHECK(fatigue->directionText() == QStringLiteral("no difference"));
    CHECK_FALSE(fatigue->grade);

    // The counted claims are the trials', strongest design first; the blog is in its own lane.
    CHECK(summary.studyClaims().size() == 6);
    CHECK(summary.studyClaims().front().sources.front().kind == SourceKind::SystematicReview);
    REQUIRE(summary.personalReports().size() == 1);
    CHECK(summary.personalReports().front().sources.front().title == QStringLiteral("Advocacy site"));
}

TEST_CASE("A single null randomised trial still makes a row", "[evidence][summary]")
{
    const EvidenceSource trial = source(SourceKind::RctParallel, "Null trial");
    const SummaryOfFindings summary =
        SummaryOfFindings::build({claim(trial, "pain", EffectDirection::NoDifference, 99)}, {});
    REQUIRE(summary.rows().size() == 1);
    CHECK(summary.rows().front().directionText() == QStringLiteral("no difference"));
    CHECK(summary.rows().front().studies == 1);
    CHECK(summary.rows().front().participants == 99);
    CHECK(summary.status() == EvidenceStatus::RandomisedTrials);
}

TEST_CASE("A study counts once per outcome and a claim belongs to its strongest source",
          "[evidence][summary]")
{
    const EvidenceSource trial = source(SourceKind::RctParallel, "Trial");
    const EvidenceSource news = source(SourceKind::NewsAdvocacy, "News story about the trial");
    LinkedClaim reported = claim(trial, "pain", EffectDirection::Benefit, 40);
    reported.sources.push_back(news);
    const SummaryOfFindings summary =
        SummaryOfFindings::build({reported, claim(trial, "pain", EffectDirection::Benefit, 38),
                                  claim(news, "pain", EffectDirection::Benefit, 2)},
                                 {});
    REQUIRE(summary.rows().size() == 1);
    CHECK(summary.rows().front().studies == 1);
    CHECK(summary.rows().front().participants == 40);
    CHECK(summary.rows().front().directions.at(EffectDirection::Benefit) == 1);
    CHECK(summary.personalReports().size() == 1);
}

TEST_CASE("Case series and chart reviews count; guidelines, plans and unclassified references do not",
          "[evidence][summary]")
{
    const EvidenceSource polo = source(SourceKind::Retrospective, "Polo 2019", 2019);
    const EvidenceSource bolton = source(SourceKind::CaseSeries, "Bolton 2020", 2020);
    const EvidenceSource nice = source(SourceKind::Guideline, "NICE NG206", 2021);
    const EvidenceSource planned = source(SourceKind::TrialRegistration, "Planned trial", 2024);
    const EvidenceSource imported = source(SourceKind::Unclassified, "Imported reference", 2022);
    const EvidenceSource theory = source(SourceKind::Mechanism, "Microglia", 2015);
    const EvidenceSource patient = source(SourceKind::PatientReport, "My story", 2010);
    const SummaryOfFindings summary = SummaryOfFindings::build(
        {claim(polo, "global improvement", EffectDirection::Benefit, 218, Comparator::None),
         claim(bolton, "global improvement", EffectDirection::Benefit, 3, Comparator::None),
         claim(nice, "recommendation", EffectDirection::Unclear, std::nullopt, Comparator::None),
         claim(planned, "planned trial", EffectDirection::Unclear, std::nullopt, Comparator::NotReported),
         claim(imported, "fatigue", EffectDirection::Benefit, 500),
         claim(theory, "fatigue", EffectDirection::Benefit, std::nullopt, Comparator::None),
         claim(patient, "fatigue", EffectDirection::Benefit, 1, Comparator::None)},
        {});
    CHECK(summary.status() == EvidenceStatus::NonRandomisedStudies);
    REQUIRE(summary.rows().size() == 1);
    CHECK(summary.rows().front().outcome == QStringLiteral("global improvement"));
    CHECK(summary.rows().front().studies == 2);
    CHECK(summary.rows().front().participants == 221);
    CHECK(summary.rows().front().strongestDesign == SourceKind::Retrospective);
    CHECK(summary.positions().size() == 1);
    CHECK(summary.plannedTrials().size() == 1);
    CHECK(summary.unclassified().size() == 1);
    CHECK(summary.mechanism().size() == 1);
    CHECK(summary.personalReports().size() == 1);
}

TEST_CASE("The person's own grade is shown instead of the bundled one", "[evidence][summary]")
{
    const EvidenceSource trial = source(SourceKind::RctParallel, "Trial");
    const SummaryOfFindings summary = SummaryOfFindings::build(
        {claim(trial, "remission", EffectDirection::Benefit, 40)},
        {grade("remission", EntryOrigin::Bundled, {{GradeDomain::Imprecision, -2, QStringLiteral("few")}}),
         grade("Remission", EntryOrigin::User, {}), grade("sleep", EntryOrigin::Bundled, {})});
    REQUIRE(summary.rows().size() == 1);
    REQUIRE(summary.rows().front().grade);
    CHECK(summary.rows().front().grade->origin == EntryOrigin::User);
    CHECK(summary.rows().front().grade->certainty() == GradeCertainty::High);
    REQUIRE(summary.unmatchedGrades().size() == 1);
    CHECK(summary.unmatchedGrades().front().outcome == QStringLiteral("sleep"));
}

TEST_CASE("A condition with nothing in the library says so", "[evidence][summary]")
{
    const SummaryOfFindings summary = SummaryOfFindings::build({}, {});
    CHECK(summary.rows().empty());
    CHECK(summary.status() == EvidenceStatus::NoEvidence);
    CHECK(displayName(summary.status()).contains(QStringLiteral("No studies")));
}
