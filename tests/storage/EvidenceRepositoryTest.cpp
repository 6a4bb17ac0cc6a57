#include "storage/evidence/EvidenceRepository.h"

#include "core/base/InputError.h"
#include "core/evidence/SummaryOfFindings.h"
#include "storage/db/Database.h"
#include "storage/evidence/EvidencePackInstaller.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <catch2/catch.hpp>

using namespace ldn;
using ldn::test::DatabaseSnapshot;
using ldn::test::TemporaryFolder;

namespace {

class Library {
public:
    Library()
        : m_database(Database::open(m_folder.file(QStringLiteral("diary.sqlite"))))
        , m_repository(m_database)
    {
        EvidencePackInstaller::installBundled(m_database);
    }

    Database& database() { return m_database; }
    EvidenceRepository& repository() { return m_repository; }

    SummaryOfFindings summaryOf(const char* name, ConditionEvidence* evidenceOut = nullptr)
    {
        const Condition condition =
            m_repository.requireCondition(QString::fromUtf8(name), QStringLiteral("name"));
        const ConditionEvidence evidence = m_repository.conditionEvidence(condition.id);
        if (evidenceOut) {
            *evidenceOut = evidence;
        }
        return SummaryOfFindings::build(evidence.claims, evidence.grades);
    }

private:
    TemporaryFolder m_folder;
    Database m_database;
    EvidenceRepository m_repository;
};

const SummaryRow* rowFor(const SummaryOfFindings& summary, const char* outcome)
{
    for (const SummaryRow& row : summary.rows()) {
        if (row.outcome == QLatin1String(outcome)) {
            return &row;
        }
    }
    return nullptr;
}

bool hasClaim(const std::vector<LinkedClaim>& claims, const char* key)
{
    return std::any_of(claims.begin(), claims.end(),
                       [key](const LinkedClaim& linked) { return linked.claim.key == QLatin1String(key); });
}

} // namespace

TEST_CASE("Fibromyalgia's summary shows the null trials beside the positive ones", "[evidence][repository]")
{
    Library library;
    const SummaryOfFindings summary = library.summaryOf("fibromyalgia");
    CHECK(summary.status() == EvidenceStatus::RandomisedTrials);
    const SummaryRow* pain = rowFor(summary, "pain");
    REQUIRE(pain);
    CHECK(pain->directions.at(EffectDirection::NoDifference) == 3); // Bested 2023, FINAL 2024, Ologunowa 2025
    CHECK(pain->directions.at(EffectDirection::Benefit) == 2);      // Younger 2013, Vatvani 2024
    CHECK(pain->directionText() == QStringLiteral("mixed: 2 benefit, 3 no difference"));
    CHECK(pain->studies == 5);
    CHECK(pain->reviews == 2);
    CHECK(pain->participants == 31 + 58 + 99);
    REQUIRE(pain->grade);
    CHECK(pain->grade->certainty() == GradeCertainty::Low);
    CHECK(hasClaim(summary.studyClaims(), "bested-2023-pain"));
    CHECK(hasClaim(summary.studyClaims(), "bruun-2024-pain"));
    // Every counted claim shows its comparator and n where the source gives one.
    for (const LinkedClaim& linked : summary.studyClaims()) {
        if (linked.claim.key == QLatin1String("bruun-2024-pain")) {
            CHECK(linked.claim.comparator == Comparator::Placebo);
            CHECK(linked.claim.participants == 99);
            CHECK(linked.sources.front().identifiers.nct == QStringLiteral("NCT04270877"));
        }
    }
    // The seed articles' claims are in their own lane.
    CHECK(hasClaim(summary.personalReports(), "seed-001-fibromyalgia"));
    CHECK_FALSE(hasClaim(summary.studyClaims(), "seed-001-fibromyalgia"));
}

TEST_CASE("ME/CFS counts the chart review and the case series, never the anecdotes", "[evidence][repository]")
{
    Library library;
    const SummaryOfFindings summary = library.summaryOf("CFS/ME");
    CHECK(summary.status() == EvidenceStatus::NonRandomisedStudies);
    const SummaryRow* improvement = rowFor(summary, "global improvement");
    REQUIRE(improvement);
    CHECK(improvement->studies == 2);
    CHECK(improvement->participants == 218 + 3);
    CHECK(improvement->strongestDesign == SourceKind::Retrospective);
    REQUIRE(improvement->grade);
    CHECK(improvement->grade->certainty() == GradeCertainty::VeryLow);
    CHECK(hasClaim(summary.studyClaims(), "bolton-2020-improvement"));
    for (const char* anecdote : {"bihari-me-cfs", "seed-004-own-fatigue", "seed-000-me-cfs",
                                 "seed-001-me-cfs", "seed-003-klimas-me-cfs"}) {
        INFO(anecdote);
        CHECK(hasClaim(summary.personalReports(), anecdote));
        CHECK_FALSE(hasClaim(summary.studyClaims(), anecdote));
    }
    CHECK(hasClaim(summary.positions(), "nice-ng206-medicines"));
    CHECK(hasClaim(summary.plannedTrials(), "treatmelc-me-cfs"));
}

TEST_CASE("Names resolve through synonyms; conditions without trials say so", "[evidence][repository]")
{
    Library library;
    EvidenceRepository& repository = library.repository();
    for (const char* name : {"ME/CFS", "CFS/ME", "chronic fatigue syndrome", "Myalgic Encephalomyelitis"}) {
        INFO(name);
        CHECK(repository.findCondition(QString::fromLatin1(name))->key == QStringLiteral("me-cfs"));
    }
    CHECK(repository.findCondition(QStringLiteral("MS"))->name == QStringLiteral("Multiple sclerosis"));
    CHECK(repository.findCondition(QStringLiteral("post-COVID-19 condition"))->name ==
          QStringLiteral("Long Covid"));
    CHECK_FALSE(repository.findCondition(QStringLiteral("fibro")));
    try {
        repository.requireCondition(QStringLiteral("lymph"), QStringLiteral("NAME"));
        FAIL("an unknown condition was accepted");
    } catch (const InputError& error) {
        CHECK(error.location() == QStringLiteral("NAME"));
        CHECK(error.problem().contains(QStringLiteral("Lymphoma")));
    }

    CHECK(library.summaryOf("pancreatic cancer").status() == EvidenceStatus::AnecdoteOnly);
    CHECK(library.summaryOf("pancreatic cancer").rows().empty());
    CHECK(library.summaryOf("migraine").status() == EvidenceStatus::NoEvidence);
    CHECK(library.summaryOf("HIV/AIDS").status() == EvidenceStatus::NonRandomisedStudies);
    CHECK(repository.conditions().size() >= 71);
}

TEST_CASE("The person's own sources, claims and grades are validated and kept apart",
          "[evidence][repository]")
{
    Library library;
    EvidenceRepository& repository = library.repository();
    const DatabaseSnapshot before = DatabaseSnapshot::of(library.database().connection());
    const auto refusal = [&](const std::function<void()>& write) {
        try {
            write();
        } catch (const InputError& error) {
            return error.message();
        }
        return QString();
    };

    EvidenceSource bad;
    bad.title = QStringLiteral("A paper");
    bad.identifiers.doi = QStringLiteral("10.12/x");
    CHECK(refusal([&] { repository.addSource(bad); }).startsWith(QStringLiteral("source: doi:")));
    bad.identifiers.doi.clear();
    bad.title = QStringLiteral("  ");
    CHECK(refusal([&] { repository.addSource(bad); }).startsWith(QStringLiteral("source: title:")));
    EvidenceClaim orphan;
    orphan.conditionId = repository.findCondition(QStringLiteral("fibromyalgia"))->id;
    orphan.outcome = QStringLiteral("pain");
    CHECK(refusal([&] { repository.addClaim(orphan); }).contains(QStringLiteral("at least one source")));
    orphan.sourceIds = {999999};
    CHECK(refusal([&] { repository.addClaim(orphan); }).contains(QStringLiteral("no source has id 999999")));
    CHECK(DatabaseSnapshot::of(library.database().connection()) == before);

    EvidenceSource mine;
    mine.kind = SourceKind::RctParallel;
    mine.title = QStringLiteral("A trial my consultant gave me");
    mine.identifiers.doi = QStringLiteral("https://doi.org/10.5555/mine.2024");
    const std::int64_t sourceId = repository.addSource(mine);
    CHECK(repository.source(sourceId)->identifiers.doi == QStringLiteral("10.5555/mine.2024"));
    CHECK(repository.source(sourceId)->origin == EntryOrigin::User);
    EvidenceClaim claim;
    claim.conditionId = orphan.conditionId;
    claim.outcome = QStringLiteral("sleep");
    claim.comparator = Comparator::Placebo;
    claim.direction = EffectDirection::Benefit;
    claim.participants = 12;
    claim.sourceIds = {sourceId};
    repository.addClaim(claim);
    GradeAssessment grade;
    grade.conditionId = orphan.conditionId;
    grade.outcome = QStringLiteral("pain");
    grade.start = GradeStart::Randomised;
    grade.reasons = {{GradeDomain::Inconsistency, -2, QStringLiteral("I weigh the null trials more")}};
    repository.setGrade(grade);
    repository.setGrade(grade); // replaces, does not add

    const SummaryOfFindings summary = library.summaryOf("fibromyalgia");
    const SummaryRow* sleep = rowFor(summary, "sleep");
    REQUIRE(sleep);
    CHECK(sleep->directions.at(EffectDirection::Benefit) == 1);
    CHECK(sleep->directions.at(EffectDirection::NoDifference) == 1);
    const SummaryRow* pain = rowFor(summary, "pain");
    REQUIRE(pain->grade);
    CHECK(pain->grade->origin == EntryOrigin::User);
    CHECK(pain->grade->certainty() == GradeCertainty::Low);

    // Editing a bundled source marks it as the person's edit.
    const std::int64_t bundledId = summary.studyClaims().front().sources.front().id;
    EvidenceSource edited = *repository.source(bundledId);
    CHECK_FALSE(edited.userModified);
    edited.note = QStringLiteral("Read the full text at the library.");
    edited.verification = Verification::FullText;
    repository.updateSource(bundledId, edited);
    CHECK(repository.source(bundledId)->userModified);
    CHECK(repository.source(bundledId)->verification == Verification::FullText);
    CHECK(repository.source(bundledId)->origin == EntryOrigin::Bundled);
}

TEST_CASE("Evidence status for every condition at once agrees with each condition's summary",
          "[evidence][repository]")
{
    Library library;
    const std::map<std::int64_t, EvidenceStatus> statuses = library.repository().evidenceStatuses();
    const std::vector<Condition> conditions = library.repository().conditions();
    REQUIRE(conditions.size() > 50);
    for (const Condition& condition : conditions) {
        INFO(condition.name.toStdString());
        const ConditionEvidence evidence = library.repository().conditionEvidence(condition.id);
        const EvidenceStatus expected = SummaryOfFindings::build(evidence.claims, evidence.grades).status();
        const auto found = statuses.find(condition.id);
        // Conditions without any claim are left out of the map, and only those.
        CHECK(evidence.claims.empty() == (found == statuses.end()));
        if (found != statuses.end()) {
            CHECK(found->second == expected);
        }
    }
}

TEST_CASE("A study leads to the conditions whose findings cite it", "[evidence][repository]")
{
    Library library;
    ConditionEvidence fibromyalgia;
    library.summaryOf("fibromyalgia", &fibromyalgia);
    const Condition condition = library.repository().requireCondition(QStringLiteral("fibromyalgia"), {});
    std::int64_t finalTrial = 0;
    for (const LinkedClaim& linked : fibromyalgia.claims) {
        for (const EvidenceSource& source : linked.sources) {
            if (source.identifiers.nct == QStringLiteral("NCT04270877")) {
                finalTrial = source.id;
            }
        }
    }
    REQUIRE(finalTrial != 0);
    const std::vector<std::int64_t> citing = library.repository().conditionsCiting(finalTrial);
    CHECK(citing == std::vector<std::int64_t>{condition.id});
    CHECK(library.repository().conditionsCiting(987654321).empty());
}
