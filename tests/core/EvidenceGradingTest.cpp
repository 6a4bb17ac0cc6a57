#include "core/base/InputError.h"
#include "core/evidence/CebmLevel.h"
#include "core/evidence/DesignBadge.h"
#include "core/evidence/GradeAssessment.h"
#include "core/evidence/SummaryOfFindings.h"

#include <catch2/catch.hpp>

using namespace ldn;

TEST_CASE("Design badges follow the fact sheet's order, strongest first", "[evidence][design]")
{
    const std::vector<SourceKind> strongestFirst{
        SourceKind::SystematicReview, SourceKind::RctParallel,   SourceKind::ControlledTrial,
        SourceKind::OpenLabel,        SourceKind::Retrospective, SourceKind::CaseSeries,
        SourceKind::Guideline,        SourceKind::Mechanism,     SourceKind::TrialRegistration,
        SourceKind::Unclassified,     SourceKind::PatientReport};
    for (std::size_t i = 1; i < strongestFirst.size(); ++i) {
        INFO(toStorageText(strongestFirst[i - 1]).toStdString()
             << " > " << toStorageText(strongestFirst[i]).toStdString());
        CHECK(DesignBadge::isStronger(strongestFirst[i - 1], strongestFirst[i]));
    }
    // Parallel and crossover randomised trials rank alike; so do anecdote and advocacy.
    CHECK(DesignBadge::forKind(SourceKind::RctParallel).rank() ==
          DesignBadge::forKind(SourceKind::RctCrossover).rank());
    CHECK(DesignBadge::forKind(SourceKind::PatientReport).rank() ==
          DesignBadge::forKind(SourceKind::NewsAdvocacy).rank());
    CHECK(DesignBadge::forKind(SourceKind::RctCrossover).isRandomised());
    CHECK_FALSE(DesignBadge::forKind(SourceKind::ControlledTrial).isRandomised());
    // Every kind has a stored name, a label and a short label.
    for (const QString& name : storageTexts<SourceKind>()) {
        const std::optional<SourceKind> kind = fromStorageText<SourceKind>(name);
        REQUIRE(kind);
        CHECK(toStorageText(*kind) == name);
        CHECK_FALSE(DesignBadge::forKind(*kind).label().isEmpty());
        CHECK_FALSE(DesignBadge::forKind(*kind).shortLabel().isEmpty());
    }
}

TEST_CASE("Oxford CEBM levels come from the kind; positions and anecdotes have none", "[evidence][design]")
{
    CHECK(CebmLevel::forKind(SourceKind::SystematicReview) == 1);
    CHECK(CebmLevel::forKind(SourceKind::RctParallel) == 2);
    CHECK(CebmLevel::forKind(SourceKind::RctCrossover) == 2);
    CHECK(CebmLevel::forKind(SourceKind::OpenLabel) == 3);
    CHECK(CebmLevel::forKind(SourceKind::CaseSeries) == 4);
    CHECK(CebmLevel::forKind(SourceKind::Retrospective) == 4);
    CHECK(CebmLevel::forKind(SourceKind::Mechanism) == 5);
    CHECK_FALSE(CebmLevel::forKind(SourceKind::Guideline));
    CHECK_FALSE(CebmLevel::forKind(SourceKind::PatientReport));
    CHECK_FALSE(CebmLevel::forKind(SourceKind::NewsAdvocacy));
    CHECK_FALSE(CebmLevel::forKind(SourceKind::Unclassified));
    CHECK(CebmLevel::describe(2).contains(QStringLiteral("randomised")));
}

TEST_CASE("Anecdote and advocacy are their own lane whatever they claim", "[evidence][design]")
{
    CHECK(DesignBadge::forKind(SourceKind::PatientReport).lane() == EvidenceLane::PersonalReports);
    CHECK(DesignBadge::forKind(SourceKind::NewsAdvocacy).lane() == EvidenceLane::PersonalReports);
    CHECK(DesignBadge::forKind(SourceKind::Guideline).lane() == EvidenceLane::Position);
    CHECK(DesignBadge::forKind(SourceKind::TrialRegistration).lane() == EvidenceLane::PlannedTrial);
    CHECK(DesignBadge::forKind(SourceKind::Unclassified).lane() == EvidenceLane::Unclassified);
    CHECK(DesignBadge::forKind(SourceKind::CaseSeries).countsInSummary());
    CHECK_FALSE(DesignBadge::forKind(SourceKind::PatientReport).countsInSummary());

    // A glowing anecdote with a large "n" is still an anecdote.
    EvidenceSource anecdote;
    anecdote.id = 1;
    anecdote.kind = SourceKind::PatientReport;
    anecdote.title = QStringLiteral("LDN changed my life");
    EvidenceClaim claim;
    claim.outcome = QStringLiteral("fatigue");
    claim.direction = EffectDirection::Benefit;
    claim.participants = 5000;
    const LinkedClaim linked{claim, {anecdote}};
    CHECK(linked.lane() == EvidenceLane::PersonalReports);
    const SummaryOfFindings summary = SummaryOfFindings::build({linked}, {});
    CHECK(summary.rows().empty());
    CHECK(summary.personalReports().size() == 1);
    CHECK(summary.status() == EvidenceStatus::AnecdoteOnly);
}

TEST_CASE("GRADE starts High for randomised and Low for observational evidence and moves by its reasons",
          "[evidence][grade]")
{
    const auto reason = [](GradeDomain domain, int levels) {
        return GradeReason{domain, levels, QStringLiteral("because")};
    };
    CHECK(GradeAssessment::certaintyFor(GradeStart::Randomised, {}) == GradeCertainty::High);
    CHECK(GradeAssessment::certaintyFor(GradeStart::Observational, {}) == GradeCertainty::Low);
    CHECK(GradeAssessment::certaintyFor(GradeStart::Randomised, {reason(GradeDomain::Imprecision, -1)}) ==
          GradeCertainty::Moderate);
    CHECK(GradeAssessment::certaintyFor(GradeStart::Randomised, {reason(GradeDomain::Inconsistency, -1),
                                                                 reason(GradeDomain::Imprecision, -1)}) ==
          GradeCertainty::Low);
    CHECK(GradeAssessment::certaintyFor(GradeStart::Observational, {reason(GradeDomain::RiskOfBias, -1)}) ==
          GradeCertainty::VeryLow);
    // Never below Very low, never above High.
    CHECK(GradeAssessment::certaintyFor(GradeStart::Observational, {reason(GradeDomain::RiskOfBias, -2),
                                                                    reason(GradeDomain::Indirectness, -2)}) ==
          GradeCertainty::VeryLow);
    CHECK(GradeAssessment::certaintyFor(GradeStart::Observational, {reason(GradeDomain::LargeEffect, 2)}) ==
          GradeCertainty::High);
    CHECK(GradeAssessment::certaintyFor(GradeStart::Randomised, {reason(GradeDomain::DoseResponse, 1)}) ==
          GradeCertainty::High);

    CHECK(GradeAssessment::startFor(SourceKind::RctCrossover) == GradeStart::Randomised);
    CHECK(GradeAssessment::startFor(SourceKind::SystematicReview) == GradeStart::Randomised);
    CHECK(GradeAssessment::startFor(SourceKind::ControlledTrial) == GradeStart::Observational);
    CHECK(GradeAssessment::startFor(SourceKind::Retrospective) == GradeStart::Observational);
}

TEST_CASE("Grades with impossible reasons are refused", "[evidence][grade]")
{
    const auto refusal = [](std::vector<GradeReason> reasons, QString outcome = QStringLiteral("pain")) {
        GradeAssessment grade;
        grade.outcome = outcome;
        grade.reasons = std::move(reasons);
        try {
            validateGrade(grade, QStringLiteral("grade"));
        } catch (const InputError& error) {
            return error.message();
        }
        return QString();
    };
    const QString because = QStringLiteral("because");
    CHECK(refusal({{GradeDomain::Imprecision, -1, because}}).isEmpty());
    CHECK(refusal({{GradeDomain::Imprecision, -1, because}}, QStringLiteral(" "))
              .contains(QStringLiteral("outcome")));
    CHECK(refusal({{GradeDomain::Imprecision, -1, because}, {GradeDomain::Imprecision, -1, because}})
              .contains(QStringLiteral("listed twice")));
    CHECK(refusal({{GradeDomain::RiskOfBias, 1, because}}).contains(QStringLiteral("downgrade")));
    CHECK(refusal({{GradeDomain::RiskOfBias, -3, because}}).contains(QStringLiteral("downgrade")));
    CHECK(refusal({{GradeDomain::LargeEffect, -1, because}}).contains(QStringLiteral("upgrade")));
    CHECK(refusal({{GradeDomain::Indirectness, -1, QStringLiteral("  ")}})
              .contains(QStringLiteral("explanation")));
    CHECK(refusal({{GradeDomain::Indirectness, -1, QStringLiteral("  ")}})
              .startsWith(QStringLiteral("grade: reasons[0]")));
}
