#pragma once

#include "core/exchange/ReferenceReadResult.h"

#include <QByteArray>
#include <QString>

namespace ldn {

// Reads CSL-JSON, the reference format of Zotero and citation.js: an array of items with type,
// title, author [{family, given, non-dropping-particle, dropping-particle, suffix} or {literal}],
// issued (date-parts, an EDTF string, or a raw or literal date: CslDate), container-title, DOI,
// PMID, PMCID, URL, note and custom. CSL's rich-text tags (<i>, <sup>, …) are removed from titles.
// CSL-JSON has no field for trial registry ids, so NCT, EudraCT and ACTRN numbers are taken from
// `note` and from the values of `custom`.
//
// Every item becomes one of the person's own sources with kind Unclassified and verification
// Unconfirmed: a reference manager knows what a paper is called, not what design it has, and the
// design is never guessed. An item that cannot be a source (no title, wrong types, an impossible
// date) is skipped and listed at "FILE:LINE: record N: FIELD", where LINE is where record N
// starts; an identifier that is not well formed is left out and listed. Only a file that is not
// CSL-JSON (not JSON, not an array of items, empty) throws InputError.
class CslJsonReader {
public:
    static ReferenceReadResult read(const QByteArray& text, const QString& fileName);
};

} // namespace ldn
