#include "storage/evidence/EvidencePackInstaller.h"

#include "core/base/InputError.h"
#include "core/evidence/EvidencePackJson.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/StorageError.h"
#include "storage/db/Transaction.h"
#include "storage/diary/ProfileWriter.h"
#include "storage/evidence/ConditionWriter.h"
#include "storage/evidence/EvidenceRows.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <map>
#include <set>
#include <vector>

namespace ldn {
namespace {

struct BundledRow {
    std::int64_t id = 0;
    QString key;
    bool userModified = false;
};

std::vector<BundledRow> bundledRows(Connection& connection, const char* table)
{
    Statement select = connection.prepare(
        QStringLiteral("SELECT id, bundled_key, %1 FROM %2 WHERE bundled_key IS NOT NULL")
            .arg(QLatin1String(qstrcmp(table, "evidence_grade") == 0 ? "0" : "user_modified"),
                 QLatin1String(table))
            .toStdString());
    std::vector<BundledRow> rows;
    while (select.step()) {
        rows.push_back({select.int64(0), select.text(1), select.integer(2) != 0});
    }
    return rows;
}

std::optional<BundledRow> bundledRow(Connection& connection, const char* table, const QString& key)
{
    Statement select = connection.prepare(
        QStringLiteral("SELECT id, %1 FROM %2 WHERE bundled_key = ?1")
            .arg(QLatin1String(qstrcmp(table, "evidence_grade") == 0 ? "0" : "user_modified"),
                 QLatin1String(table))
            .toStdString());
    select.bind(1, key);
    if (!select.step()) {
        return std::nullopt;
    }
    return BundledRow{select.int64(0), key, select.integer(1) != 0};
}

bool exists(Connection& connection, std::string_view sql, std::int64_t id)
{
    Statement select = connection.prepare(sql);
    select.bind(1, id);
    return select.step();
}

class Installation {
public:
    Installation(Connection& connection, const EvidencePack& pack, EvidencePackInstallResult& result)
        : m_connection(connection)
        , m_conditions(connection)
        , m_pack(pack)
        , m_result(result)
    {}

    void run()
    {
        removeStaleEntries();
        installConditions();
        installSources();
        installClaims();
        installGrades();
    }

private:
    template <typename Entry>
    static std::set<QString> keysOf(const std::vector<Entry>& entries)
    {
        std::set<QString> keys;
        for (const Entry& entry : entries) {
            keys.insert(entry.key);
        }
        return keys;
    }

    // Bundled entries the new pack no longer has: deleted, or handed over to the person when they
    // edited or still use them.
    void removeStaleEntries()
    {
        const std::set<QString> claimKeys = keysOf(m_pack.claims);
        for (const BundledRow& row : bundledRows(m_connection, "evidence_claim")) {
            if (claimKeys.count(row.key) != 0) {
                continue;
            }
            if (row.userModified) {
                handOver("evidence_claim", row.id);
            } else {
                remove("evidence_claim", row.id);
            }
        }
        const std::set<QString> gradeKeys = keysOf(m_pack.grades);
        for (const BundledRow& row : bundledRows(m_connection, "evidence_grade")) {
            if (gradeKeys.count(row.key) == 0) {
                remove("evidence_grade", row.id);
            }
        }
        const std::set<QString> sourceKeys = keysOf(m_pack.sources);
        for (const BundledRow& row : bundledRows(m_connection, "evidence_source")) {
            if (sourceKeys.count(row.key) != 0) {
                continue;
            }
            const bool cited =
                exists(m_connection,
                       "SELECT 1 FROM evidence_claim_source cs JOIN evidence_claim c ON c.id = cs.claim_id "
                       "WHERE cs.source_id = ?1 AND (c.origin = 'user' OR c.user_modified = 1) LIMIT 1",
                       row.id);
            if (row.userModified || cited) {
                handOver("evidence_source", row.id);
            } else {
                remove("evidence_source", row.id);
            }
        }
        const std::set<QString> conditionKeys = keysOf(m_pack.conditions);
        for (const BundledRow& row : bundledRows(m_connection, "condition")) {
            if (conditionKeys.count(row.key) != 0) {
                continue;
            }
            const bool used =
                exists(m_connection, "SELECT 1 FROM profile_condition WHERE condition_id = ?1 LIMIT 1",
                       row.id) ||
                exists(m_connection,
                       "SELECT 1 FROM evidence_claim WHERE condition_id = ?1 AND (origin = 'user' OR "
                       "user_modified = 1) "
                       "LIMIT 1",
                       row.id) ||
                exists(m_connection,
                       "SELECT 1 FROM evidence_grade WHERE condition_id = ?1 AND origin = 'user' LIMIT 1",
                       row.id);
            if (row.userModified || used) {
                m_conditions.handOver(row.id);
                ++m_result.keptUserEdits;
            } else {
                m_conditions.remove(row.id);
                ++m_result.removed;
            }
        }
    }

    void handOver(const char* table, std::int64_t id)
    {
        m_connection
            .prepare(QStringLiteral(
                         "UPDATE %1 SET origin = 'user', bundled_key = NULL, user_modified = 0 WHERE id = ?1")
                         .arg(QLatin1String(table))
                         .toStdString())
            .bind(1, id)
            .run();
        ++m_result.keptUserEdits;
    }

    void remove(const char* table, std::int64_t id)
    {
        m_connection
            .prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(QLatin1String(table)).toStdString())
            .bind(1, id)
            .run();
        ++m_result.removed;
    }

    std::optional<std::int64_t> unkeyedConditionNamed(const QString& name)
    {
        const std::optional<std::int64_t> id = EvidenceRows::conditionIdByName(m_connection, name);
        if (id &&
            exists(m_connection, "SELECT 1 FROM condition WHERE id = ?1 AND bundled_key IS NULL", *id)) {
            return id;
        }
        return std::nullopt;
    }

    // Moves everything that uses `from` (a person's own condition with another of this
    // condition's names) to `into`, and keeps `from`'s name as a synonym.
    void merge(std::int64_t from, std::int64_t into)
    {
        const QString oldName = EvidenceRows::condition(m_connection, from)->name;
        const auto move = [this, from, into](std::string_view sql) {
            m_connection.prepare(sql).bind(1, from).bind(2, into).run();
        };
        ProfileWriter(m_connection).moveConditionLinks(from, into);
        move("UPDATE evidence_claim SET condition_id = ?2 WHERE condition_id = ?1");
        // A person's grade for an outcome the kept condition already has a grade of their own for
        // stays with the kept condition's grade; the duplicate goes with the merged condition.
        move("UPDATE OR IGNORE evidence_grade SET condition_id = ?2 WHERE condition_id = ?1");
        m_conditions.moveSynonyms(from, into);
        m_conditions.remove(from);
        m_conditions.addUserSynonymUnlessAName(into, oldName);
    }

    void installConditions()
    {
        for (const Condition& condition : m_pack.conditions) {
            std::optional<BundledRow> row = bundledRow(m_connection, "condition", condition.key);
            std::vector<std::int64_t> namesakes;
            for (const QString& name : QStringList{condition.name} + condition.synonyms) {
                const std::optional<std::int64_t> id = unkeyedConditionNamed(name);
                if (id && std::find(namesakes.begin(), namesakes.end(), *id) == namesakes.end()) {
                    namesakes.push_back(*id);
                }
            }
            bool adopted = false;
            if (!row && !namesakes.empty()) {
                // The person already uses this condition under one of its names: it becomes the
                // pack's condition instead of a second copy.
                row = BundledRow{namesakes.front(), condition.key, false};
                namesakes.erase(namesakes.begin());
                m_conditions.adopt(row->id, condition.key);
                adopted = true;
            }
            if (!row) {
                const std::int64_t id = m_conditions.insert(
                    condition.name.simplified(), toStorageText(condition.category),
                    condition.description.trimmed(), ConditionWriter::Origin::Bundled, condition.key);
                row = BundledRow{id, condition.key, false};
                ++m_result.added;
            } else if (row->userModified) {
                ++m_result.keptUserEdits;
            } else if (!adopted) {
                ++m_result.updated;
            } else {
                ++m_result.added;
            }
            for (const std::int64_t namesake : namesakes) {
                merge(namesake, row->id);
            }
            m_conditionIds[condition.key] = row->id;
            if (row->userModified) {
                continue;
            }
            const QString oldName = EvidenceRows::condition(m_connection, row->id)->name;
            m_conditions.update(row->id, condition.name.simplified(), toStorageText(condition.category),
                                condition.description.trimmed());
            m_conditions.clearBundledSynonyms(row->id);
            for (const QString& name : condition.synonyms) {
                m_conditions.addSynonym(row->id, name.simplified(), ConditionWriter::Origin::Bundled);
            }
            if (oldName.compare(condition.name.simplified(), Qt::CaseInsensitive) != 0) {
                m_conditions.addUserSynonymUnlessAName(row->id, oldName);
            }
        }
    }

    void installSources()
    {
        for (const EvidenceSource& source : m_pack.sources) {
            const std::optional<BundledRow> row = bundledRow(m_connection, "evidence_source", source.key);
            if (!row) {
                EvidenceSource bundled = source;
                bundled.origin = EntryOrigin::Bundled;
                m_sourceIds[source.key] = EvidenceRows::insertSource(m_connection, bundled);
                ++m_result.added;
                continue;
            }
            m_sourceIds[source.key] = row->id;
            if (row->userModified) {
                ++m_result.keptUserEdits;
                continue;
            }
            EvidenceRows::updateSource(m_connection, row->id, source, false);
            ++m_result.updated;
        }
    }

    void installClaims()
    {
        for (const EvidenceClaim& claim : m_pack.claims) {
            std::vector<std::int64_t> sourceIds;
            for (const QString& key : claim.sourceKeys) {
                sourceIds.push_back(m_sourceIds.at(key));
            }
            const std::int64_t conditionId = m_conditionIds.at(claim.conditionKey);
            const std::optional<BundledRow> row = bundledRow(m_connection, "evidence_claim", claim.key);
            if (!row) {
                EvidenceClaim bundled = claim;
                bundled.origin = EntryOrigin::Bundled;
                EvidenceRows::insertClaim(m_connection, bundled, conditionId, sourceIds);
                ++m_result.added;
            } else if (row->userModified) {
                ++m_result.keptUserEdits;
            } else {
                EvidenceRows::updateClaim(m_connection, row->id, claim, conditionId, sourceIds, false);
                ++m_result.updated;
            }
        }
    }

    void installGrades()
    {
        for (const GradeAssessment& grade : m_pack.grades) {
            const std::optional<BundledRow> row = bundledRow(m_connection, "evidence_grade", grade.key);
            if (row) {
                m_connection.prepare("DELETE FROM evidence_grade WHERE id = ?1").bind(1, row->id).run();
                ++m_result.updated;
            } else {
                ++m_result.added;
            }
            GradeAssessment bundled = grade;
            bundled.origin = EntryOrigin::Bundled;
            EvidenceRows::insertGrade(m_connection, bundled, m_conditionIds.at(grade.conditionKey));
        }
    }

    Connection& m_connection;
    ConditionWriter m_conditions;
    const EvidencePack& m_pack;
    EvidencePackInstallResult& m_result;
    std::map<QString, std::int64_t> m_conditionIds;
    std::map<QString, std::int64_t> m_sourceIds;
};

} // namespace

QString EvidencePackInstaller::bundledResourcePath()
{
    return QStringLiteral(":/ldn/evidence/ldn-evidence-pack.json");
}

EvidencePackInstallResult EvidencePackInstaller::installBundled(Database& database)
{
    if (!QFile::exists(bundledResourcePath())) {
        throw StorageError(QStringLiteral("this build of LDN Tracker has no bundled evidence pack (%1)")
                               .arg(bundledResourcePath()));
    }
    return installFile(database, bundledResourcePath());
}

EvidencePackInstallResult EvidencePackInstaller::installFile(Database& database, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw InputError(path, QStringLiteral("cannot read the evidence pack (%1)").arg(file.errorString()));
    }
    const QByteArray text = file.readAll();
    // Every evidence command calls this: when this version is already installed, the header is
    // enough and the pack is not parsed and checked again.
    if (const std::optional<EvidencePackJson::Header> header = EvidencePackJson::peekHeader(text)) {
        Statement installed =
            database.connection().prepare("SELECT version FROM evidence_pack WHERE name = ?1");
        installed.bind(1, header->name);
        if (installed.step() && installed.integer(0) >= header->version) {
            EvidencePackInstallResult result;
            result.previousVersion = installed.integer(0);
            result.version = result.previousVersion;
            return result;
        }
    }
    const EvidencePack pack = EvidencePackJson::parse(text, QFileInfo(path).fileName());
    return install(database, pack);
}

EvidencePackInstallResult EvidencePackInstaller::install(Database& database, const EvidencePack& pack)
{
    Connection& connection = database.connection();
    EvidencePackInstallResult result;
    result.version = pack.version;
    if (database.isReadOnly()) {
        // A read-only view (a carer's copy) shows whatever library the file already has.
        Statement installed = connection.prepare("SELECT version FROM evidence_pack WHERE name = ?1");
        installed.bind(1, pack.name);
        result.previousVersion = installed.step() ? installed.integer(0) : 0;
        result.version = result.previousVersion;
        return result;
    }
    Transaction transaction(connection);
    Statement installed = connection.prepare("SELECT version FROM evidence_pack WHERE name = ?1");
    installed.bind(1, pack.name);
    if (installed.step()) {
        result.previousVersion = installed.integer(0);
        if (result.previousVersion >= pack.version) {
            result.version = result.previousVersion;
            return result; // the transaction rolls back: nothing was written
        }
    }
    installed.reset();
    Installation(connection, pack, result).run();
    connection
        .prepare("INSERT INTO evidence_pack (name, version, installed_at) VALUES (?1, ?2, ?3) "
                 "ON CONFLICT (name) DO UPDATE SET version = excluded.version, installed_at = "
                 "excluded.installed_at")
        .bind(1, pack.name)
        .bind(2, pack.version)
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .run();
    transaction.commit();
    result.changed = true;
    return result;
}

} // namespace ldn
