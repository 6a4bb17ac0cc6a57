#pragma once

#include "core/evidence/Condition.h"
#include "core/evidence/EvidencePack.h"
#include "core/evidence/SummaryOfFindings.h"

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace ldn {

class Database;

// Everything the library holds about one condition: the input of SummaryOfFindings.
struct ConditionEvidence {
    Condition condition;
    std::vector<LinkedClaim> claims;
    std::vector<GradeAssessment> grades;
};

// What an import added and what it found already in the library.
struct EvidenceImportResult {
    int sourcesAdded = 0;
    int sourcesAlreadyPresent = 0;
    int sourcesMerged = 0; // already present, and given identifiers they lacked
    int conditionsAdded = 0;
    int claimsAdded = 0;
    int claimsAlreadyPresent = 0;
    int gradesAdded = 0;
    int gradesAlreadyPresent = 0;
};

// The evidence library: conditions and their evidence, and the person's own sources, claims and
// grades. Bundled entries belong to the installed pack (EvidencePackInstaller); editing one marks
// it user_modified so a later pack leaves it as the person left it. Every write validates all of
// its input first and runs in one transaction.
class EvidenceRepository {
public:
    explicit EvidenceRepository(Database& database);

    // Every condition by name, with synonyms.
    std::vector<Condition> conditions();
    // The condition called `name` or having it as a synonym ("CFS/ME" finds ME/CFS).
    std::optional<Condition> findCondition(const QString& name);
    // Like findCondition, but a missing condition is an InputError naming `field`, with near matches.
    Condition requireCondition(const QString& name, const QString& field);
    ConditionEvidence conditionEvidence(std::int64_t conditionId);
    // What kind of evidence each condition has, by condition id, as SummaryOfFindings would say
    // it, in one query: a browser lists every condition with its status without loading them all.
    // Conditions without claims are absent (NoEvidence).
    std::map<std::int64_t, EvidenceStatus> evidenceStatuses();

    std::optional<EvidenceSource> source(std::int64_t id);
    std::vector<EvidenceSource> sources(EntryOrigin origin);
    std::optional<EvidenceClaim> claim(std::int64_t id);
    // The conditions whose claims cite the source, by name.
    std::vector<std::int64_t> conditionsCiting(std::int64_t sourceId);

    // The person's own source; returns its id.
    std::int64_t addSource(const EvidenceSource& source);
    // Changes a source; a bundled one is marked as edited and kept out of pack upgrades.
    void updateSource(std::int64_t id, const EvidenceSource& source);
    // The person's own claim about `claim.conditionId`, linked to `claim.sourceIds` (at least one).
    std::int64_t addClaim(const EvidenceClaim& claim);
    void updateClaim(std::int64_t id, const EvidenceClaim& claim);
    // The person's own GRADE judgement for a condition x outcome; it replaces their earlier one and
    // is shown instead of the bundled grade.
    void setGrade(const GradeAssessment& grade);

    // Adds references (from CSL-JSON or RIS) as the person's own sources, skipping those already in
    // the library (same DOI, PubMed id, or title and year). All or nothing.
    EvidenceImportResult importReferences(const std::vector<EvidenceSource>& references);
    // Adds a pack's entries as the person's own: conditions are matched by key or name, sources
    // by identifiers, and entries already present are skipped. All or nothing.
    EvidenceImportResult importPack(const EvidencePack& pack);
    // The person's own sources, claims and grades as an evidence pack, with the conditions and
    // bundled sources their claims refer to, so another library can import them.
    EvidencePack exportUserEntries();

    std::optional<int> installedPackVersion(const QString& name);

private:
    // A claim to add or update: its own checks, and its condition and sources must exist.
    void checkClaim(const EvidenceClaim& claim);

    Database& m_database;
};

} // namespace ldn
