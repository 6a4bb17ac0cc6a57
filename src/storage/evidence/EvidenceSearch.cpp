#include "storage/evidence/EvidenceSearch.h"

#include "core/evidence/DesignBadge.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"

#include <QStringList>

#include <string>

namespace ldn {
namespace {

QStringList tokensOf(const QString& word)
{
    QStringList tokens;
    QString current;
    for (const QChar c : word) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            tokens << current;
            current.clear();
        }
    }
    if (!current.isEmpty()) {
        tokens << current;
    }
    return tokens;
}

QString yearText(const Statement& row, int column)
{
    return row.isNull(column) ? QString() : QString::number(row.integer(column));
}

// Ranking (bm25) costs time for every matching row, and a short prefix such as "pa" can match most
// of a large library. Only the first matches in insertion order (the bundled pack first, then the
// person's entries, oldest first) are ranked, which keeps a keystroke to a few milliseconds; a
// library where fewer rows match is ranked in full.
constexpr int kRankedCandidates = 500;

// A CTE "hits(id, score)" of the best rows of an FTS table for ?1, at most ?2 of them, ranked
// among the first ?3 matches, or in insertion order when not `ranked`.
std::string matchingRows(const char* table, bool ranked)
{
    const std::string name(table);
    if (!ranked) {
        return "WITH hits AS (SELECT rowid AS id, rowid AS score FROM " + name + " WHERE " + name +
               " MATCH ?1 ORDER BY rowid LIMIT ?2) ";
    }
    return "WITH candidates AS (SELECT rowid AS id FROM " + name + " WHERE " + name +
           " MATCH ?1 ORDER BY rowid LIMIT ?3), hits AS (SELECT rowid AS id, rank AS score FROM " + name +
           " WHERE " + name +
           " MATCH ?1 AND rowid <= (SELECT max(id) FROM candidates) ORDER BY rank LIMIT ?2) ";
}

void bindMatch(Statement& statement, const QString& match, int limit, bool ranked)
{
    statement.bind(1, match).bind(2, limit);
    if (ranked) {
        statement.bind(3, kRankedCandidates);
    }
}

} // namespace

EvidenceSearch::EvidenceSearch(Database& database)
    : m_database(database)
{}

QString EvidenceSearch::matchExpression(const QString& text)
{
    // Each word becomes a quoted phrase of its tokens, so FTS5 operators and quotes typed by the
    // person are plain text, and the last token of each phrase is a prefix.
    // A one-letter tail after punctuation ("crohn's", "10.1") is taken as typed rather than as a
    // prefix: "s*" would match a large share of the index and slow every keystroke down for nothing.
    QStringList phrases;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList tokens = tokensOf(word);
        if (tokens.isEmpty()) {
            continue;
        }
        const bool prefix = tokens.size() == 1 || tokens.back().size() > 1;
        phrases << QStringLiteral("\"%1\"%2")
                       .arg(tokens.join(QLatin1Char(' ')), prefix ? QStringLiteral("*") : QString());
    }
    return phrases.join(QLatin1Char(' '));
}

EvidenceSearchResults EvidenceSearch::search(const QString& text, int limitPerGroup)
{
    EvidenceSearchResults results;
    const QString match = matchExpression(text.simplified());
    if (match.isEmpty()) {
        return results;
    }
    Connection& connection = m_database.connection();

    Statement conditions = connection.prepare(
        "WITH hits AS (SELECT rowid AS id, rank, synonyms FROM condition_fts WHERE condition_fts MATCH ?1 "
        "ORDER BY rank LIMIT ?2) "
        "SELECT c.id, c.name, hits.synonyms, c.category, c.origin FROM hits JOIN condition c ON c.id = "
        "hits.id "
        "ORDER BY hits.rank");
    conditions.bind(1, match).bind(2, limitPerGroup);
    while (conditions.step()) {
        EvidenceSearchHit hit;
        hit.type = EvidenceSearchHit::Type::Condition;
        hit.id = conditions.int64(0);
        hit.title = conditions.text(1);
        hit.detail = conditions.text(2);
        hit.origin = fromStorageText<EntryOrigin>(conditions.text(4)).value_or(EntryOrigin::User);
        results.conditions.push_back(hit);
    }

    // A single letter matches nearly everything; ranking that would cost more than it tells.
    const bool ranked = tokensOf(text).join(QString()).size() > 1;
    Statement claims = connection.prepare(
        matchingRows("evidence_claim_fts", ranked) +
        "SELECT c.id, cond.name, c.outcome, c.direction, c.summary, c.origin, "
        "(SELECT group_concat(s.kind) FROM evidence_claim_source cs JOIN evidence_source s ON s.id = "
        "cs.source_id "
        "WHERE cs.claim_id = c.id) "
        "FROM hits JOIN evidence_claim c ON c.id = hits.id JOIN condition cond ON cond.id = c.condition_id "
        "ORDER BY hits.score");
    bindMatch(claims, match, limitPerGroup, ranked);
    while (claims.step()) {
        EvidenceSearchHit hit;
        hit.type = EvidenceSearchHit::Type::Claim;
        hit.id = claims.int64(0);
        hit.conditionName = claims.text(1);
        hit.title = QStringLiteral("%1: %2").arg(claims.text(1), claims.text(2));
        hit.direction = fromStorageText<EffectDirection>(claims.text(3));
        hit.detail = claims.text(4);
        hit.origin = fromStorageText<EntryOrigin>(claims.text(5)).value_or(EntryOrigin::User);
        for (const QString& kindText : claims.text(6).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<SourceKind> kind = fromStorageText<SourceKind>(kindText);
            if (kind && (!hit.kind || DesignBadge::isStronger(*kind, *hit.kind))) {
                hit.kind = kind;
            }
        }
        results.claims.push_back(hit);
    }

    Statement sources =
        connection.prepare(matchingRows("evidence_source_fts", ranked) +
                           "SELECT s.id, s.title, s.authors, s.year, s.publisher, s.kind, s.origin, s.doi, "
                           "s.pmid, s.pmcid, s.nct_id, s.eudract_id, s.actrn_id, s.url "
                           "FROM hits JOIN evidence_source s ON s.id = hits.id ORDER BY hits.score");
    bindMatch(sources, match, limitPerGroup, ranked);
    while (sources.step()) {
        EvidenceSearchHit hit;
        hit.type = EvidenceSearchHit::Type::Source;
        hit.id = sources.int64(0);
        hit.title = sources.text(1);
        QStringList detail;
        for (const QString& part : {sources.text(2), yearText(sources, 3), sources.text(4)}) {
            if (!part.isEmpty()) {
                detail << part;
            }
        }
        hit.detail = detail.join(QStringLiteral(" · "));
        hit.kind = fromStorageText<SourceKind>(sources.text(5));
        hit.origin = fromStorageText<EntryOrigin>(sources.text(6)).value_or(EntryOrigin::User);
        hit.identifiers = {sources.text(7),  sources.text(8),  sources.text(9), sources.text(10),
                           sources.text(11), sources.text(12), sources.text(13)};
        results.sources.push_back(hit);
    }
    return results;
}

} // namespace ldn
