#include "storage/evidence/EvidenceRepository.h"

#include "core/base/InputError.h"
#include "core/evidence/DesignBadge.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/Transaction.h"
#include "storage/evidence/ConditionWriter.h"
#include "storage/evidence/EvidenceRows.h"

#include <QDateTime>

#include <map>
#include <set>
#include <string>

namespace ldn {
namespace {

EvidenceSource tidied(EvidenceSource source)
{
    source.identifiers = source.identifiers.normalised();
    source.title = source.title.simplified();
    return source;
}

std::string sourceSelect(std::string_view where)
{
    return "SELECT " + std::string(EvidenceRows::kSourceColumns) + " FROM evidence_source s " +
           std::string(where);
}

} // namespace

EvidenceRepository::EvidenceRepository(Database& database)
    : m_database(database)
{}

std::vector<Condition> EvidenceRepository::conditions()
{
    Connection& connection = m_database.connection();
    std::map<std::int64_t, QStringList> synonyms;
    Statement allSynonyms =
        connection.prepare("SELECT condition_id, synonym FROM condition_synonym ORDER BY synonym");
    while (allSynonyms.step()) {
        synonyms[allSynonyms.int64(0)] << allSynonyms.text(1);
    }
    Statement select = connection.prepare("SELECT id, bundled_key, origin, name, category, description, "
                                          "user_modified FROM condition ORDER BY name");
    std::vector<Condition> conditions;
    while (select.step()) {
        Condition condition;
        condition.id = select.int64(0);
        condition.key = select.isNull(1) ? QString() : select.text(1);
        condition.origin = fromStorageText<EntryOrigin>(select.text(2)).value_or(EntryOrigin::User);
        condition.name = select.text(3);
        condition.category =
            fromStorageText<ConditionCategory>(select.text(4)).value_or(ConditionCategory::Other);
        condition.description = select.text(5);
        condition.userModified = select.integer(6) != 0;
        condition.synonyms = synonyms[condition.id];
        conditions.push_back(condition);
    }
    return conditions;
}

std::optional<Condition> EvidenceRepository::findCondition(const QString& name)
{
    Connection& connection = m_database.connection();
    if (const std::optional<std::int64_t> id = EvidenceRows::conditionIdByName(connection, name)) {
        return EvidenceRows::condition(connection, *id);
    }
    return std::nullopt;
}

Condition EvidenceRepository::requireCondition(const QString& name, const QString& field)
{
    if (std::optional<Condition> condition = findCondition(name)) {
        return *condition;
    }
    Statement near = m_database.connection().prepare(
        "SELECT name FROM condition WHERE name LIKE ?1 ESCAPE '\\' "
        "UNION SELECT c.name FROM condition_synonym s JOIN condition c ON c.id = s.condition_id "
        "WHERE s.synonym LIKE ?1 ESCAPE '\\' ORDER BY 1 LIMIT 5");
    QString pattern = name.simplified();
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    near.bind(1, QStringLiteral("%") + pattern + QStringLiteral("%"));
    QStringList suggestions;
    while (near.step()) {
        suggestions << near.text(0);
    }
    QString problem =
        QStringLiteral("the evidence library has no condition called \"%1\"").arg(name.simplified());
    if (!suggestions.isEmpty()) {
        problem += QStringLiteral(" (did you mean: %1?)").arg(suggestions.join(QStringLiteral(", ")));
    }
    throw InputError(field, problem);
}

ConditionEvidence EvidenceRepository::conditionEvidence(std::int64_t conditionId)
{
    Connection& connection = m_database.connection();
    ConditionEvidence evidence;
    std::optional<Condition> condition = EvidenceRows::condition(connection, conditionId);
    if (!condition) {
        throw InputError(QStringLiteral("condition"),
                         QStringLiteral("no condition has id %1").arg(conditionId));
    }
    evidence.condition = *condition;

    std::map<std::int64_t, std::size_t> claimIndex;
    Statement claims = connection.prepare("SELECT " + std::string(EvidenceRows::kClaimColumns) +
                                          " FROM evidence_claim c WHERE c.condition_id = ?1 ORDER BY c.id");
    claims.bind(1, conditionId);
    while (claims.step()) {
        LinkedClaim linked{EvidenceRows::readClaim(claims), {}};
        claimIndex[linked.claim.id] = evidence.claims.size();
        evidence.claims.push_back(std::move(linked));
    }
    // Each source once, however many of the condition's claims cite it.
    std::map<std::int64_t, EvidenceSource> sources;
    Statement sourceRows = connection.prepare(
        sourceSelect("WHERE s.id IN (SELECT cs.source_id FROM evidence_claim c JOIN evidence_claim_source cs "
                     "ON cs.claim_id = c.id WHERE c.condition_id = ?1)"));
    sourceRows.bind(1, conditionId);
    while (sourceRows.step()) {
        EvidenceSource source = EvidenceRows::readSource(sourceRows);
        sources.emplace(source.id, std::move(source));
    }
    Statement links = connection.prepare("SELECT cs.claim_id, cs.source_id FROM evidence_claim c JOIN "
                                         "evidence_claim_source cs ON cs.claim_id = c.id "
                                         "WHERE c.condition_id = ?1 ORDER BY cs.claim_id, cs.source_id");
    links.bind(1, conditionId);
    while (links.step()) {
        const auto claim = claimIndex.find(links.int64(0));
        const auto source = sources.find(links.int64(1));
        if (claim == claimIndex.end() || source == sources.end()) {
            continue;
        }
        LinkedClaim& linked = evidence.claims[claim->second];
        linked.sources.push_back(source->second);
        linked.claim.sourceIds.push_back(source->first);
    }
    evidence.grades = EvidenceRows::grades(connection, conditionId);
    return evidence;
}

std::map<std::int64_t, EvidenceStatus> EvidenceRepository::evidenceStatuses()
{
    // Each claim counts by its strongest source (DesignBadge rank; a claim without sources is
    // unclassified), then each condition by its strongest and weakest claims. The ranks come from
    // DesignBadge so the two can never disagree.
    std::string rank = "CASE s.kind";
    for (const QString& name : storageTexts<SourceKind>()) {
        const int value = DesignBadge::forKind(*fromStorageText<SourceKind>(name)).rank();
        rank += " WHEN '" + name.toStdString() + "' THEN " + std::to_string(value);
    }
    rank += " END";
    const int unclassified = DesignBadge::forKind(SourceKind::Unclassified).rank();
    Statement select = m_database.connection().prepare(
        "SELECT condition_id, min(claim_rank), max(claim_rank) FROM (SELECT c.condition_id, coalesce(min(" +
        rank + "), " + std::to_string(unclassified) +
        ") AS claim_rank FROM evidence_claim c LEFT JOIN evidence_claim_source cs ON cs.claim_id = c.id "
        "LEFT JOIN evidence_source s ON s.id = cs.source_id GROUP BY c.id) GROUP BY condition_id");
    const int randomised = DesignBadge::forKind(SourceKind::RctParallel).rank();
    const int study = DesignBadge::forKind(SourceKind::CaseSeries).rank();
    const int personal = DesignBadge::forKind(SourceKind::PatientReport).rank();
    std::map<std::int64_t, EvidenceStatus> statuses;
    while (select.step()) {
        const std::int64_t strongest = select.int64(1);
        EvidenceStatus status = EvidenceStatus::NoEvidence;
        if (strongest <= randomised) {
            status = EvidenceStatus::RandomisedTrials;
        } else if (strongest <= study) {
            status = EvidenceStatus::NonRandomisedStudies;
        } else if (select.int64(2) >= personal) {
            status = EvidenceStatus::AnecdoteOnly;
        }
        statuses.emplace(select.int64(0), status);
    }
    return statuses;
}

std::vector<std::int64_t> EvidenceRepository::conditionsCiting(std::int64_t sourceId)
{
    Statement select = m_database.connection().prepare(
        "SELECT DISTINCT c.condition_id, k.name FROM evidence_claim_source cs JOIN evidence_claim c "
        "ON c.id = cs.claim_id JOIN condition k ON k.id = c.condition_id WHERE cs.source_id = ?1 ORDER BY "
        "k.name");
    select.bind(1, sourceId);
    std::vector<std::int64_t> ids;
    while (select.step()) {
        ids.push_back(select.int64(0));
    }
    return ids;
}

std::optional<EvidenceSource> EvidenceRepository::source(std::int64_t id)
{
    Statement select = m_database.connection().prepare(sourceSelect("WHERE s.id = ?1"));
    select.bind(1, id);
    if (!select.step()) {
        return std::nullopt;
    }
    return EvidenceRows::readSource(select);
}

std::vector<EvidenceSource> EvidenceRepository::sources(EntryOrigin origin)
{
    Statement select = m_database.connection().prepare(sourceSelect("WHERE s.origin = ?1 ORDER BY s.id"));
    select.bind(1, toStorageText(origin));
    std::vector<EvidenceSource> sources;
    while (select.step()) {
        sources.push_back(EvidenceRows::readSource(select));
    }
    return sources;
}

std::optional<EvidenceClaim> EvidenceRepository::claim(std::int64_t id)
{
    Connection& connection = m_database.connection();
    Statement select = connection.prepare("SELECT " + std::string(EvidenceRows::kClaimColumns) +
                                          " FROM evidence_claim c WHERE c.id = ?1");
    select.bind(1, id);
    if (!select.step()) {
        return std::nullopt;
    }
    EvidenceClaim claim = EvidenceRows::readClaim(select);
    Statement links = connection.prepare(
        "SELECT source_id FROM evidence_claim_source WHERE claim_id = ?1 ORDER BY source_id");
    links.bind(1, id);
    while (links.step()) {
        claim.sourceIds.push_back(links.int64(0));
    }
    return claim;
}

std::int64_t EvidenceRepository::addSource(const EvidenceSource& raw)
{
    EvidenceSource source = tidied(raw);
    source.origin = EntryOrigin::User;
    source.key.clear();
    validateSource(source, QStringLiteral("source"));
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    const std::int64_t id = EvidenceRows::insertSource(connection, source);
    transaction.commit();
    return id;
}

void EvidenceRepository::updateSource(std::int64_t id, const EvidenceSource& raw)
{
    const std::optional<EvidenceSource> existing = source(id);
    if (!existing) {
        throw InputError(QStringLiteral("source"), QStringLiteral("no source has id %1").arg(id));
    }
    const EvidenceSource source = tidied(raw);
    validateSource(source, QStringLiteral("source"));
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    EvidenceRows::updateSource(connection, id, source, existing->origin == EntryOrigin::Bundled);
    transaction.commit();
}

void EvidenceRepository::checkClaim(const EvidenceClaim& claim)
{
    validateClaim(claim, QStringLiteral("claim"));
    if (!EvidenceRows::condition(m_database.connection(), claim.conditionId)) {
        throw InputError(QStringLiteral("claim: condition"),
                         QStringLiteral("no condition has id %1").arg(claim.conditionId));
    }
    const QString sourcesField = QStringLiteral("claim: sources");
    if (claim.sourceIds.empty()) {
        throw InputError(sourcesField, QStringLiteral("a claim needs at least one source"));
    }
    for (const std::int64_t id : claim.sourceIds) {
        if (!source(id)) {
            throw InputError(sourcesField, QStringLiteral("no source has id %1").arg(id));
        }
    }
}

std::int64_t EvidenceRepository::addClaim(const EvidenceClaim& raw)
{
    EvidenceClaim claim = raw;
    claim.origin = EntryOrigin::User;
    claim.key.clear();
    checkClaim(claim);
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    const std::int64_t id = EvidenceRows::insertClaim(connection, claim, claim.conditionId, claim.sourceIds);
    transaction.commit();
    return id;
}

void EvidenceRepository::updateClaim(std::int64_t id, const EvidenceClaim& claim)
{
    const std::optional<EvidenceClaim> existing = this->claim(id);
    if (!existing) {
        throw InputError(QStringLiteral("claim"), QStringLiteral("no claim has id %1").arg(id));
    }
    checkClaim(claim);
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    EvidenceRows::updateClaim(connection, id, claim, claim.conditionId, claim.sourceIds,
                              existing->origin == EntryOrigin::Bundled);
    transaction.commit();
}

void EvidenceRepository::setGrade(const GradeAssessment& raw)
{
    GradeAssessment grade = raw;
    grade.origin = EntryOrigin::User;
    grade.key.clear();
    validateGrade(grade, QStringLiteral("grade"));
    Connection& connection = m_database.connection();
    if (!EvidenceRows::condition(connection, grade.conditionId)) {
        throw InputError(QStringLiteral("grade: condition"),
                         QStringLiteral("no condition has id %1").arg(grade.conditionId));
    }
    Transaction transaction(connection);
    connection
        .prepare("DELETE FROM evidence_grade WHERE condition_id = ?1 AND outcome = ?2 AND origin = 'user'")
        .bind(1, grade.conditionId)
        .bind(2, grade.outcome.simplified())
        .run();
    EvidenceRows::insertGrade(connection, grade, grade.conditionId);
    transaction.commit();
}

EvidenceImportResult EvidenceRepository::importReferences(const std::vector<EvidenceSource>& references)
{
    std::vector<EvidenceSource> sources;
    for (std::size_t i = 0; i < references.size(); ++i) {
        EvidenceSource source = tidied(references[i]);
        source.origin = EntryOrigin::User;
        source.key.clear();
        validateSource(source, QStringLiteral("record %1").arg(i + 1));
        sources.push_back(source);
    }
    EvidenceImportResult result;
    Connection& connection = m_database.connection();
    Transaction transaction(connection);
    for (const EvidenceSource& source : sources) {
        if (const std::optional<std::int64_t> stored = EvidenceRows::duplicateSource(connection, source)) {
            ++result.sourcesAlreadyPresent;
            Statement origin = connection.prepare("SELECT origin FROM evidence_source WHERE id = ?1");
            origin.bind(1, *stored);
            if (origin.step() && origin.text(0) == toStorageText(EntryOrigin::User) &&
                EvidenceRows::fillMissingIdentifiers(connection, *stored, source)) {
                ++result.sourcesMerged;
            }
            continue;
        }
        EvidenceRows::insertSource(connection, source);
        ++result.sourcesAdded;
    }
    transaction.commit();
    return result;
}

EvidenceImportResult EvidenceRepository::importPack(const EvidencePack& pack)
{
    // EvidencePackJson checked the file; a pack built in code is checked here the same way.
    std::set<QString> conditionKeys;
    std::set<QString> sourceKeys;
    for (const Condition& condition : pack.conditions) {
        validateCondition(condition, QStringLiteral("condition \"%1\"").arg(condition.key));
        conditionKeys.insert(condition.key);
    }
    for (const EvidenceSource& source : pack.sources) {
        validateSource(tidied(source), QStringLiteral("source \"%1\"").arg(source.key));
        sourceKeys.insert(source.key);
    }
    for (const EvidenceClaim& claim : pack.claims) {
        const QString location = QStringLiteral("claim \"%1\"").arg(claim.key);
        validateClaim(claim, location);
        if (conditionKeys.count(claim.conditionKey) == 0) {
            throw InputError(location + QStringLiteral(": condition"),
                             QStringLiteral("no condition has the key \"%1\"").arg(claim.conditionKey));
        }
        if (claim.sourceKeys.isEmpty()) {
            throw InputError(location + QStringLiteral(": sources"),
                             QStringLiteral("a claim needs at least one source"));
        }
        for (const QString& key : claim.sourceKeys) {
            if (sourceKeys.count(key) == 0) {
                throw InputError(location + QStringLiteral(": sources"),
                                 QStringLiteral("no source has the key \"%1\"").arg(key));
            }
        }
    }
    for (const GradeAssessment& grade : pack.grades) {
        const QString location = QStringLiteral("grade \"%1\"").arg(grade.key);
        validateGrade(grade, location);
        if (conditionKeys.count(grade.conditionKey) == 0) {
            throw InputError(location + QStringLiteral(": condition"),
                             QStringLiteral("no condition has the key \"%1\"").arg(grade.conditionKey));
        }
    }

    EvidenceImportResult result;
    Connection& connection = m_database.connection();
    Transaction transaction(connection);

    std::map<QString, std::int64_t> conditionIds;
    for (const Condition& condition : pack.conditions) {
        std::optional<std::int64_t> id;
        Statement byKey = connection.prepare("SELECT id FROM condition WHERE bundled_key = ?1");
        byKey.bind(1, condition.key);
        if (byKey.step()) {
            id = byKey.int64(0);
        }
        for (const QString& name : QStringList{condition.name} + condition.synonyms) {
            if (!id) {
                id = EvidenceRows::conditionIdByName(connection, name);
            }
        }
        if (!id) {
            ConditionWriter conditions(connection);
            id = conditions.insert(condition.name.simplified(), toStorageText(condition.category),
                                   condition.description.trimmed(), ConditionWriter::Origin::User);
            for (const QString& name : condition.synonyms) {
                conditions.addSynonym(*id, name.simplified(), ConditionWriter::Origin::User);
            }
            ++result.conditionsAdded;
        }
        conditionIds[condition.key] = *id;
    }

    std::map<QString, std::int64_t> sourceIds;
    for (const EvidenceSource& raw : pack.sources) {
        EvidenceSource source = tidied(raw);
        source.origin = EntryOrigin::User;
        source.key.clear();
        if (const std::optional<std::int64_t> existing = EvidenceRows::duplicateSource(connection, source)) {
            sourceIds[raw.key] = *existing;
            ++result.sourcesAlreadyPresent;
            continue;
        }
        sourceIds[raw.key] = EvidenceRows::insertSource(connection, source);
        ++result.sourcesAdded;
    }

    Statement sameClaim = connection.prepare("SELECT 1 FROM evidence_claim WHERE condition_id = ?1 AND "
                                             "outcome = ?2 AND direction = ?3 AND comparator = ?4 "
                                             "AND summary = ?5 AND participants IS ?6 LIMIT 1");
    for (const EvidenceClaim& raw : pack.claims) {
        EvidenceClaim claim = raw;
        claim.origin = EntryOrigin::User;
        claim.key.clear();
        const std::int64_t conditionId = conditionIds.at(raw.conditionKey);
        sameClaim.bind(1, conditionId)
            .bind(2, claim.outcome.simplified())
            .bind(3, toStorageText(claim.direction))
            .bind(4, toStorageText(claim.comparator))
            .bind(5, claim.summary.trimmed())
            .bind(6, claim.participants);
        const bool present = sameClaim.step();
        sameClaim.reset();
        if (present) {
            ++result.claimsAlreadyPresent;
            continue;
        }
        std::vector<std::int64_t> links;
        for (const QString& key : raw.sourceKeys) {
            links.push_back(sourceIds.at(key));
        }
        EvidenceRows::insertClaim(connection, claim, conditionId, links);
        ++result.claimsAdded;
    }

    for (const GradeAssessment& raw : pack.grades) {
        GradeAssessment grade = raw;
        grade.origin = EntryOrigin::User;
        grade.key.clear();
        const std::int64_t conditionId = conditionIds.at(raw.conditionKey);
        Statement existing = connection.prepare(
            "SELECT 1 FROM evidence_grade WHERE condition_id = ?1 AND outcome = ?2 AND origin = 'user'");
        existing.bind(1, conditionId).bind(2, grade.outcome.simplified());
        if (existing.step()) {
            ++result.gradesAlreadyPresent;
            continue;
        }
        EvidenceRows::insertGrade(connection, grade, conditionId);
        ++result.gradesAdded;
    }
    transaction.commit();
    return result;
}

EvidencePack EvidenceRepository::exportUserEntries()
{
    Connection& connection = m_database.connection();
    EvidencePack pack;
    pack.name = QStringLiteral("user-entries");
    pack.version = 1;
    pack.title = QStringLiteral("My own evidence entries");
    pack.description =
        QStringLiteral("Sources, claims and grades added by hand or imported, exported from LDN "
                       "Tracker on %1.")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));

    std::map<std::int64_t, QString> sourceKeys;
    const auto keyOfSource = [](const EvidenceSource& source) {
        return source.origin == EntryOrigin::Bundled && !source.key.isEmpty()
                   ? source.key
                   : QStringLiteral("user-source-%1").arg(source.id);
    };
    const auto addSource = [&](const EvidenceSource& source) {
        if (sourceKeys.count(source.id) != 0) {
            return;
        }
        EvidenceSource exported = source;
        exported.key = keyOfSource(source);
        sourceKeys[source.id] = exported.key;
        pack.sources.push_back(exported);
    };
    for (const EvidenceSource& source : sources(EntryOrigin::User)) {
        addSource(source);
    }

    std::set<std::int64_t> conditionIds;
    std::vector<EvidenceClaim> claims;
    Statement userClaims =
        connection.prepare("SELECT c.id FROM evidence_claim c WHERE c.origin = 'user' ORDER BY c.id");
    while (userClaims.step()) {
        claims.push_back(*claim(userClaims.int64(0)));
    }
    for (EvidenceClaim& exported : claims) {
        for (const std::int64_t sourceId : exported.sourceIds) {
            if (sourceKeys.count(sourceId) == 0) {
                addSource(*source(sourceId)); // a bundled source the person's claim cites
            }
            exported.sourceKeys << sourceKeys.at(sourceId);
        }
        exported.key = QStringLiteral("user-claim-%1").arg(exported.id);
        conditionIds.insert(exported.conditionId);
    }

    std::vector<GradeAssessment> grades;
    Statement userGrades = connection.prepare(
        "SELECT DISTINCT condition_id FROM evidence_grade WHERE origin = 'user' ORDER BY 1");
    while (userGrades.step()) {
        for (GradeAssessment& grade : EvidenceRows::grades(connection, userGrades.int64(0))) {
            if (grade.origin == EntryOrigin::User) {
                grade.key = QStringLiteral("user-grade-%1").arg(grade.id);
                grades.push_back(grade);
                conditionIds.insert(grade.conditionId);
            }
        }
    }

    std::map<std::int64_t, QString> conditionKeys;
    for (const std::int64_t id : conditionIds) {
        Condition condition = *EvidenceRows::condition(connection, id);
        if (condition.key.isEmpty()) {
            condition.key = QStringLiteral("user-condition-%1").arg(id);
        }
        conditionKeys[id] = condition.key;
        pack.conditions.push_back(condition);
    }
    for (EvidenceClaim& exported : claims) {
        exported.conditionKey = conditionKeys.at(exported.conditionId);
        pack.claims.push_back(exported);
    }
    for (GradeAssessment& grade : grades) {
        grade.conditionKey = conditionKeys.at(grade.conditionId);
        pack.grades.push_back(grade);
    }
    return pack;
}

std::optional<int> EvidenceRepository::installedPackVersion(const QString& name)
{
    Statement select = m_database.connection().prepare("SELECT version FROM evidence_pack WHERE name = ?1");
    select.bind(1, name);
    if (select.step()) {
        return select.integer(0);
    }
    return std::nullopt;
}

} // namespace ldn
