#pragma once

#include "core/evidence/EvidenceIdentifiers.h"
#include "core/evidence/EvidenceVocabulary.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace ldn {

class Database;

// One thing the search found.
struct EvidenceSearchHit {
    enum class Type { Condition, Claim, Source };

    Type type = Type::Condition;
    std::int64_t id = 0;
    QString title;         // condition name; "Fibromyalgia: pain" for a claim; a source's title
    QString detail;        // synonyms; a claim's summary; a source's authors, year and journal
    QString conditionName; // claims: the condition
    EntryOrigin origin = EntryOrigin::Bundled;
    std::optional<SourceKind> kind;           // sources: their kind; claims: their strongest source's
    std::optional<EffectDirection> direction; // claims
    EvidenceIdentifiers identifiers;          // sources: DOI, PMID, PMCID, registry ids, address
};

// Hits grouped by type, best match first within each group.
struct EvidenceSearchResults {
    std::vector<EvidenceSearchHit> conditions;
    std::vector<EvidenceSearchHit> claims;
    std::vector<EvidenceSearchHit> sources;

    bool isEmpty() const { return conditions.empty() && claims.empty() && sources.empty(); }
};

// Full-text search over conditions (names and synonyms), claims (outcome, population, summary)
// and sources (title, authors, journal and identifiers) with SQLite FTS5, made for searching as
// the person types: every word is a prefix ("fibro" finds fibromyalgia), punctuation inside a
// word keeps its parts together ("10.1002/art.37734", "2019-000702-30"), and each group is limited
// so a keystroke stays fast on a large library.
class EvidenceSearch {
public:
    explicit EvidenceSearch(Database& database);

    // The FTS5 query for what the person typed; empty when there is nothing to search for.
    static QString matchExpression(const QString& text);

    EvidenceSearchResults search(const QString& text, int limitPerGroup = kDefaultLimit);

    static constexpr int kDefaultLimit = 20;

private:
    Database& m_database;
};

} // namespace ldn
