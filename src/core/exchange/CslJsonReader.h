#pragma once

#include "core/evidence/EvidenceSource.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace ldn {

// Reads CSL-JSON, the reference format of Zotero and citation.js: an array of items with type,
// title, author [{family, given}], issued {"date-parts": [[year, ...]]}, container-title, DOI,
// PMID, PMCID, URL, note and custom. CSL-JSON has no field for trial registry ids, so NCT, EudraCT
// and ACTRN numbers are taken from `note` and from the values of `custom`.
//
// Every item becomes one of the person's own sources with kind Unclassified and verification
// Unconfirmed: a reference manager knows what a paper is called, not what design it has, and the
// design is never guessed. The whole file is checked first; the first problem throws InputError at
// "FILE:LINE: record N: FIELD", where LINE is where record N starts.
class CslJsonReader {
public:
    static std::vector<EvidenceSource> read(const QByteArray& text, const QString& fileName);
};

} // namespace ldn
