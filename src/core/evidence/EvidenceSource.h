#pragma once

#include "core/evidence/EvidenceIdentifiers.h"
#include "core/evidence/EvidenceVocabulary.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace ldn {

// Where a claim comes from: a paper, a trial record, a guideline, an article or a person's own
// account. Its kind, not its result, decides how much weight its claims get.
struct EvidenceSource {
    std::int64_t id = 0; // database id; 0 when not stored
    QString key;         // the evidence pack's stable key; empty for the person's own sources
    EntryOrigin origin = EntryOrigin::User;
    SourceKind kind = SourceKind::Unclassified;
    QString title;
    QString authors;
    std::optional<int> year;
    QString publisher; // journal, publisher or website
    QString locator;   // volume(issue):pages, article number
    EvidenceIdentifiers identifiers;
    bool peerReviewed = false;
    QString conflictOfInterest;
    QString note;
    Verification verification = Verification::Unconfirmed;
    bool userModified = false;

    // "Younger, Noor, McCue, Mackey 2013" (or the title when there are no authors).
    QString shortCitation() const;
};

// Throws InputError at "`location`: FIELD" for a missing title, an impossible year, an
// over-long text or a malformed identifier. Identifiers are checked as given: normalise first.
void validateSource(const EvidenceSource& source, const QString& location);

constexpr int kMinimumSourceYear = 1800;
constexpr int kMaximumSourceYear = 2200;
constexpr int kMaximumEvidenceTextLength = 4000;
constexpr int kMaximumSourceTitleLength = 1000; // title, publisher
constexpr int kMaximumSourceLocatorLength = 200;

} // namespace ldn
