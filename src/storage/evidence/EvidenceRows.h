#pragma once

#include "core/evidence/Condition.h"
#include "core/evidence/EvidenceClaim.h"
#include "core/evidence/EvidenceSource.h"
#include "core/evidence/GradeAssessment.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace ldn {

class Connection;
class Statement;

// Reading and writing single evidence rows, shared by the repository, the pack installer and the
// importer so that every path stores a source, claim or grade the same way. Callers validate first
// and own the transaction.
class EvidenceRows {
public:
    // Column lists for SELECTs, in the order the read functions expect.
    static constexpr std::string_view kSourceColumns =
        "s.id, s.origin, s.bundled_key, s.kind, s.title, s.authors, s.year, s.publisher, s.locator, s.doi, "
        "s.pmid, "
        "s.pmcid, s.nct_id, s.eudract_id, s.actrn_id, s.url, s.peer_reviewed, s.conflict_of_interest, "
        "s.note, "
        "s.verification, s.user_modified";
    static constexpr int kSourceColumnCount = 21;
    static constexpr std::string_view kClaimColumns =
        "c.id, c.origin, c.bundled_key, c.condition_id, c.outcome, c.population, c.comparator, c.direction, "
        "c.summary, c.effect_metric, c.effect_value, c.ci_low, c.ci_high, c.p_value, c.participants, "
        "c.dose_text, "
        "c.duration_text, c.user_modified";
    static constexpr int kClaimColumnCount = 18;

    static EvidenceSource readSource(const Statement& row, int first = 0);
    static EvidenceClaim readClaim(const Statement& row, int first = 0);

    static std::optional<Condition> condition(Connection& connection, std::int64_t id);
    static QStringList synonymsOf(Connection& connection, std::int64_t conditionId);
    static std::vector<GradeAssessment> grades(Connection& connection, std::int64_t conditionId);

    // Inserts with the source's own origin and key; returns the new id.
    static std::int64_t insertSource(Connection& connection, const EvidenceSource& source);
    // Rewrites every field but origin and key; `userModified` is stored as given.
    static void updateSource(Connection& connection, std::int64_t id, const EvidenceSource& source,
                             bool userModified);

    // Inserts the claim for `conditionId` and links it to `sourceIds`; returns the new id.
    static std::int64_t insertClaim(Connection& connection, const EvidenceClaim& claim,
                                    std::int64_t conditionId, const std::vector<std::int64_t>& sourceIds);
    static void updateClaim(Connection& connection, std::int64_t id, const EvidenceClaim& claim,
                            std::int64_t conditionId, const std::vector<std::int64_t>& sourceIds,
                            bool userModified);

    // Inserts the grade and its reasons for `conditionId`; returns the new id.
    static std::int64_t insertGrade(Connection& connection, const GradeAssessment& grade,
                                    std::int64_t conditionId);

    // The condition named `name` or having it as a synonym (case-insensitive), or nothing.
    static std::optional<std::int64_t> conditionIdByName(Connection& connection, const QString& name);
    // A source already in the library with the same DOI, PubMed id, or title and year.
    static std::optional<std::int64_t> duplicateSource(Connection& connection, const EvidenceSource& source);
    // Gives the stored source `id` the identifiers of `copy` that it lacks (a DOI or PubMed id
    // only when no other source has it). Returns whether anything was added.
    static bool fillMissingIdentifiers(Connection& connection, std::int64_t id, const EvidenceSource& copy);
};

} // namespace ldn
