#include "storage/evidence/EvidenceRows.h"

#include "storage/db/Connection.h"
#include "storage/db/Statement.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace ldn {
namespace {

// Empty identifiers are stored as NULL so that "not known" never matches another "not known".
std::optional<QString> nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

QString textOrEmpty(const Statement& row, int column)
{
    return row.isNull(column) ? QString() : row.text(column);
}

std::optional<double> optionalReal(const Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<double>(row.real(column));
}

// Stored names compared as raw UTF-8, without making a QString per row: a condition with thousands
// of claims reads several of these for every claim.
template <typename Enum>
Enum vocabularyOf(const Statement& row, int column, Enum fallback)
{
    static const std::vector<std::pair<std::string, Enum>> kNames = [] {
        std::vector<std::pair<std::string, Enum>> names;
        for (const QString& text : storageTexts<Enum>()) {
            names.emplace_back(text.toStdString(), *fromStorageText<Enum>(text));
        }
        return names;
    }();
    const std::string_view stored = row.rawText(column);
    for (const auto& [name, value] : kNames) {
        if (stored == name) {
            return value;
        }
    }
    return fallback;
}

// The identifiers in the order of their columns (doi, pmid, pmcid, nct_id, eudract_id, actrn_id,
// url), from parameter `first` on.
Statement& bindIdentifiers(Statement& statement, int first, const EvidenceIdentifiers& ids)
{
    return statement.bind(first, nullIfEmpty(ids.doi))
        .bind(first + 1, nullIfEmpty(ids.pmid))
        .bind(first + 2, nullIfEmpty(ids.pmcid))
        .bind(first + 3, nullIfEmpty(ids.nct))
        .bind(first + 4, nullIfEmpty(ids.eudract))
        .bind(first + 5, nullIfEmpty(ids.actrn))
        .bind(first + 6, nullIfEmpty(ids.url));
}

void bindSourceFields(Statement& statement, const EvidenceSource& source)
{
    statement.bind(1, toStorageText(source.kind))
        .bind(2, source.title.simplified())
        .bind(3, source.authors.simplified())
        .bind(4, source.year)
        .bind(5, source.publisher.simplified())
        .bind(6, source.locator.simplified());
    bindIdentifiers(statement, 7, source.identifiers)
        .bind(14, source.peerReviewed ? 1 : 0)
        .bind(15, source.conflictOfInterest.trimmed())
        .bind(16, source.note.trimmed())
        .bind(17, toStorageText(source.verification));
}

void bindClaimFields(Statement& statement, const EvidenceClaim& claim, std::int64_t conditionId)
{
    statement.bind(1, conditionId)
        .bind(2, claim.outcome.simplified())
        .bind(3, claim.population.simplified())
        .bind(4, toStorageText(claim.comparator))
        .bind(5, toStorageText(claim.direction))
        .bind(6, claim.summary.trimmed())
        .bind(7, claim.effect.metric.simplified())
        .bind(8, claim.effect.value)
        .bind(9, claim.effect.ciLow)
        .bind(10, claim.effect.ciHigh)
        .bind(11, claim.effect.pValue.simplified())
        .bind(12, claim.participants)
        .bind(13, claim.dose.simplified())
        .bind(14, claim.duration.simplified());
}

void linkSources(Connection& connection, std::int64_t claimId, const std::vector<std::int64_t>& sourceIds)
{
    Statement link = connection.prepare(
        "INSERT OR IGNORE INTO evidence_claim_source (claim_id, source_id) VALUES (?1, ?2)");
    for (const std::int64_t sourceId : sourceIds) {
        link.bind(1, claimId).bind(2, sourceId);
        link.run();
        link.reset();
    }
}

} // namespace

EvidenceSource EvidenceRows::readSource(const Statement& row, int first)
{
    EvidenceSource source;
    source.id = row.int64(first);
    source.origin = vocabularyOf(row, first + 1, EntryOrigin::User);
    source.key = textOrEmpty(row, first + 2);
    source.kind = vocabularyOf(row, first + 3, SourceKind::Unclassified);
    source.title = row.text(first + 4);
    source.authors = row.text(first + 5);
    if (!row.isNull(first + 6)) {
        source.year = row.integer(first + 6);
    }
    source.publisher = row.text(first + 7);
    source.locator = row.text(first + 8);
    source.identifiers.doi = textOrEmpty(row, first + 9);
    source.identifiers.pmid = textOrEmpty(row, first + 10);
    source.identifiers.pmcid = textOrEmpty(row, first + 11);
    source.identifiers.nct = textOrEmpty(row, first + 12);
    source.identifiers.eudract = textOrEmpty(row, first + 13);
    source.identifiers.actrn = textOrEmpty(row, first + 14);
    source.identifiers.url = textOrEmpty(row, first + 15);
    source.peerReviewed = row.integer(first + 16) != 0;
    source.conflictOfInterest = row.text(first + 17);
    source.note = row.text(first + 18);
    source.verification = vocabularyOf(row, first + 19, Verification::Unconfirmed);
    source.userModified = row.integer(first + 20) != 0;
    return source;
}

EvidenceClaim EvidenceRows::readClaim(const Statement& row, int first)
{
    EvidenceClaim claim;
    claim.id = row.int64(first);
    claim.origin = vocabularyOf(row, first + 1, EntryOrigin::User);
    claim.key = textOrEmpty(row, first + 2);
    claim.conditionId = row.int64(first + 3);
    claim.outcome = row.text(first + 4);
    claim.population = row.text(first + 5);
    claim.comparator = vocabularyOf(row, first + 6, Comparator::None);
    claim.direction = vocabularyOf(row, first + 7, EffectDirection::Unclear);
    claim.summary = row.text(first + 8);
    claim.effect.metric = row.text(first + 9);
    claim.effect.value = optionalReal(row, first + 10);
    claim.effect.ciLow = optionalReal(row, first + 11);
    claim.effect.ciHigh = optionalReal(row, first + 12);
    claim.effect.pValue = row.text(first + 13);
    if (!row.isNull(first + 14)) {
        claim.participants = row.integer(first + 14);
    }
    claim.dose = row.text(first + 15);
    claim.duration = row.text(first + 16);
    claim.userModified = row.integer(first + 17) != 0;
    return claim;
}

QStringList EvidenceRows::synonymsOf(Connection& connection, std::int64_t conditionId)
{
    Statement select =
        connection.prepare("SELECT synonym FROM condition_synonym WHERE condition_id = ?1 ORDER BY synonym");
    select.bind(1, conditionId);
    QStringList synonyms;
    while (select.step()) {
        synonyms << select.text(0);
    }
    return synonyms;
}

std::optional<Condition> EvidenceRows::condition(Connection& connection, std::int64_t id)
{
    Statement select = connection.prepare("SELECT id, bundled_key, origin, name, category, description, "
                                          "user_modified FROM condition WHERE id = ?1");
    select.bind(1, id);
    if (!select.step()) {
        return std::nullopt;
    }
    Condition condition;
    condition.id = select.int64(0);
    condition.key = textOrEmpty(select, 1);
    condition.origin = vocabularyOf(select, 2, EntryOrigin::User);
    condition.name = select.text(3);
    condition.category = vocabularyOf(select, 4, ConditionCategory::Other);
    condition.description = select.text(5);
    condition.userModified = select.integer(6) != 0;
    condition.synonyms = synonymsOf(connection, id);
    return condition;
}

std::vector<GradeAssessment> EvidenceRows::grades(Connection& connection, std::int64_t conditionId)
{
    std::vector<GradeAssessment> grades;
    Statement select = connection.prepare(
        "SELECT id, bundled_key, origin, outcome, starting_point, rationale FROM evidence_grade "
        "WHERE condition_id = ?1 ORDER BY outcome, origin");
    select.bind(1, conditionId);
    while (select.step()) {
        GradeAssessment grade;
        grade.id = select.int64(0);
        grade.key = textOrEmpty(select, 1);
        grade.origin = vocabularyOf(select, 2, EntryOrigin::User);
        grade.conditionId = conditionId;
        grade.outcome = select.text(3);
        grade.start = vocabularyOf(select, 4, GradeStart::Observational);
        grade.rationale = select.text(5);
        grades.push_back(grade);
    }
    Statement reasons = connection.prepare(
        "SELECT domain, levels, explanation FROM evidence_grade_reason WHERE grade_id = ?1");
    for (GradeAssessment& grade : grades) {
        reasons.bind(1, grade.id);
        while (reasons.step()) {
            grade.reasons.push_back(
                {vocabularyOf(reasons, 0, GradeDomain::RiskOfBias), reasons.integer(1), reasons.text(2)});
        }
        reasons.reset();
        // GRADE's own order: the five reasons to rate down, then the three to rate up.
        std::sort(grade.reasons.begin(), grade.reasons.end(),
                  [](const GradeReason& a, const GradeReason& b) { return a.domain < b.domain; });
    }
    return grades;
}

std::int64_t EvidenceRows::insertSource(Connection& connection, const EvidenceSource& source)
{
    Statement insert = connection.prepare(
        "INSERT INTO evidence_source (kind, title, authors, year, publisher, locator, doi, pmid, pmcid, "
        "nct_id, "
        "eudract_id, actrn_id, url, peer_reviewed, conflict_of_interest, note, verification, origin, "
        "bundled_key) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
    bindSourceFields(insert, source);
    insert.bind(18, toStorageText(source.origin)).bind(19, nullIfEmpty(source.key));
    insert.run();
    return connection.lastInsertRowId();
}

void EvidenceRows::updateSource(Connection& connection, std::int64_t id, const EvidenceSource& source,
                                bool userModified)
{
    Statement update = connection.prepare(
        "UPDATE evidence_source SET kind = ?1, title = ?2, authors = ?3, year = ?4, publisher = ?5, locator "
        "= ?6, "
        "doi = ?7, pmid = ?8, pmcid = ?9, nct_id = ?10, eudract_id = ?11, actrn_id = ?12, url = ?13, "
        "peer_reviewed = ?14, conflict_of_interest = ?15, note = ?16, verification = ?17, user_modified = "
        "?18 "
        "WHERE id = ?19");
    bindSourceFields(update, source);
    update.bind(18, userModified ? 1 : 0).bind(19, id);
    update.run();
}

std::int64_t EvidenceRows::insertClaim(Connection& connection, const EvidenceClaim& claim,
                                       std::int64_t conditionId, const std::vector<std::int64_t>& sourceIds)
{
    Statement insert = connection.prepare(
        "INSERT INTO evidence_claim (condition_id, outcome, population, comparator, direction, summary, "
        "effect_metric, effect_value, ci_low, ci_high, p_value, participants, dose_text, duration_text, "
        "origin, "
        "bundled_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    bindClaimFields(insert, claim, conditionId);
    insert.bind(15, toStorageText(claim.origin)).bind(16, nullIfEmpty(claim.key));
    insert.run();
    const std::int64_t id = connection.lastInsertRowId();
    linkSources(connection, id, sourceIds);
    return id;
}

void EvidenceRows::updateClaim(Connection& connection, std::int64_t id, const EvidenceClaim& claim,
                               std::int64_t conditionId, const std::vector<std::int64_t>& sourceIds,
                               bool userModified)
{
    Statement update = connection.prepare(
        "UPDATE evidence_claim SET condition_id = ?1, outcome = ?2, population = ?3, comparator = ?4, "
        "direction = ?5, summary = ?6, effect_metric = ?7, effect_value = ?8, ci_low = ?9, ci_high = ?10, "
        "p_value = ?11, participants = ?12, dose_text = ?13, duration_text = ?14, user_modified = ?15 "
        "WHERE id = ?16");
    bindClaimFields(update, claim, conditionId);
    update.bind(15, userModified ? 1 : 0).bind(16, id);
    update.run();
    connection.prepare("DELETE FROM evidence_claim_source WHERE claim_id = ?1").bind(1, id).run();
    linkSources(connection, id, sourceIds);
}

std::int64_t EvidenceRows::insertGrade(Connection& connection, const GradeAssessment& grade,
                                       std::int64_t conditionId)
{
    connection
        .prepare("INSERT INTO evidence_grade (condition_id, outcome, origin, bundled_key, starting_point, "
                 "certainty, "
                 "rationale) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, conditionId)
        .bind(2, grade.outcome.simplified())
        .bind(3, toStorageText(grade.origin))
        .bind(4, nullIfEmpty(grade.key))
        .bind(5, toStorageText(grade.start))
        .bind(6, toStorageText(grade.certainty()))
        .bind(7, grade.rationale.trimmed())
        .run();
    const std::int64_t id = connection.lastInsertRowId();
    Statement reason = connection.prepare(
        "INSERT INTO evidence_grade_reason (grade_id, domain, levels, explanation) VALUES (?1, ?2, ?3, ?4)");
    for (const GradeReason& entry : grade.reasons) {
        reason.bind(1, id)
            .bind(2, toStorageText(entry.domain))
            .bind(3, entry.levels)
            .bind(4, entry.explanation.trimmed());
        reason.run();
        reason.reset();
    }
    return id;
}

std::optional<std::int64_t> EvidenceRows::conditionIdByName(Connection& connection, const QString& name)
{
    Statement find =
        connection.prepare("SELECT id FROM condition WHERE name = ?1 "
                           "UNION ALL SELECT condition_id FROM condition_synonym WHERE synonym = ?1 "
                           "LIMIT 1");
    find.bind(1, name.simplified());
    if (find.step()) {
        return find.int64(0);
    }
    return std::nullopt;
}

std::optional<std::int64_t> EvidenceRows::duplicateSource(Connection& connection,
                                                          const EvidenceSource& source)
{
    if (!source.identifiers.doi.isEmpty()) {
        Statement byDoi =
            connection.prepare("SELECT id FROM evidence_source WHERE doi = ?1 COLLATE NOCASE LIMIT 1");
        byDoi.bind(1, source.identifiers.doi);
        if (byDoi.step()) {
            return byDoi.int64(0);
        }
    }
    if (!source.identifiers.pmid.isEmpty()) {
        Statement byPmid = connection.prepare("SELECT id FROM evidence_source WHERE pmid = ?1 LIMIT 1");
        byPmid.bind(1, source.identifiers.pmid);
        if (byPmid.step()) {
            return byPmid.int64(0);
        }
    }
    Statement byTitle = connection.prepare(
        "SELECT id FROM evidence_source WHERE title = ?1 COLLATE NOCASE AND year IS ?2 LIMIT 1");
    byTitle.bind(1, source.title.simplified()).bind(2, source.year);
    if (byTitle.step()) {
        return byTitle.int64(0);
    }
    return std::nullopt;
}

bool EvidenceRows::fillMissingIdentifiers(Connection& connection, std::int64_t id, const EvidenceSource& copy)
{
    Statement select = connection.prepare("SELECT " + std::string(kSourceColumns) +
                                          " FROM evidence_source s WHERE s.id = ?1");
    select.bind(1, id);
    if (!select.step()) {
        return false;
    }
    const EvidenceSource stored = readSource(select);
    EvidenceIdentifiers filled = stored.identifiers;
    const EvidenceIdentifiers& offered = copy.identifiers;
    const auto fill = [](QString& target, const QString& value) {
        if (target.isEmpty() && !value.isEmpty()) {
            target = value;
        }
    };
    // A DOI or PubMed id that another source already has would make two sources one paper.
    const auto unused = [&](const char* column, const QString& value) {
        Statement other = connection.prepare(std::string("SELECT 1 FROM evidence_source WHERE ") + column +
                                             " = ?1 COLLATE NOCASE AND id != ?2 LIMIT 1");
        other.bind(1, value).bind(2, id);
        return !other.step();
    };
    if (!offered.doi.isEmpty() && unused("doi", offered.doi)) {
        fill(filled.doi, offered.doi);
    }
    if (!offered.pmid.isEmpty() && unused("pmid", offered.pmid)) {
        fill(filled.pmid, offered.pmid);
    }
    fill(filled.pmcid, offered.pmcid);
    fill(filled.nct, offered.nct);
    fill(filled.eudract, offered.eudract);
    fill(filled.actrn, offered.actrn);
    fill(filled.url, offered.url);
    if (filled == stored.identifiers) {
        return false;
    }
    Statement update = connection.prepare("UPDATE evidence_source SET doi = ?1, pmid = ?2, pmcid = ?3, "
                                          "nct_id = ?4, eudract_id = ?5, actrn_id = ?6, "
                                          "url = ?7 WHERE id = ?8");
    bindIdentifiers(update, 1, filled).bind(8, id);
    update.run();
    return true;
}

} // namespace ldn
