#pragma once

#include "core/evidence/EvidenceIdentifiers.h"

#include <QString>

#include <optional>

namespace ldn {

// Small pieces shared by the reference readers (CSL-JSON and RIS), so both produce sources that
// look the same whichever file they came from.
class ReferenceFields {
public:
    // "Younger J" from family "Younger" and given "Jarred"; "Jarred Younger" style literals are kept.
    static QString author(const QString& family, const QString& given);
    // "Younger, Jarred W." (RIS) -> "Younger JW".
    static QString authorFromRis(const QString& text);
    // "65(2):529-538" from its parts, leaving out what is missing.
    static QString locator(const QString& volume, const QString& issue, const QString& pages);
    // Trial registry ids, a PubMed id ("PMID: 123") and a PMC id mentioned in free text such as a
    // note; fills only the identifiers that are still empty.
    static void identifiersFromText(const QString& text, EvidenceIdentifiers& identifiers);
    // The year at the start of "2013", "2013/02/01/" or "2013-02"; nothing when it does not start
    // with four digits.
    static std::optional<int> leadingYear(const QString& text);
};

} // namespace ldn
