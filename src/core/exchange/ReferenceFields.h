#pragma once

#include "core/evidence/EvidenceIdentifiers.h"
#include "core/evidence/EvidenceSource.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ldn {

// Small pieces shared by the reference readers (CSL-JSON, RIS, MEDLINE), so every reader produces
// sources that look the same whichever file they came from.
class ReferenceFields {
public:
    // "Younger J" from family "Younger" and given "Jarred"; "Jarred Younger" style literals are kept.
    // A name in Chinese, Japanese or Korean script is family name and given name written together
    // without initials ("王小明"), as it is written in that script.
    static QString author(const QString& family, const QString& given);
    // A CSL name with its particles and suffix: "van Gogh V" (non-dropping particle "van"),
    // "dos Santos M", "King ML Jr"; a dropping particle ("de") follows the initials.
    static QString author(const QString& family, const QString& given, const QString& nonDroppingParticle,
                          const QString& droppingParticle, const QString& suffix);
    // "Younger, Jarred W." (RIS) -> "Younger JW"; "Liu R." (Embase) -> "Liu R"; a name without a
    // comma is kept as written, apart from the dots after its initials.
    static QString authorFromRis(const QString& text);
    // "65(2):529-538" from its parts, leaving out what is missing.
    static QString locator(const QString& volume, const QString& issue, const QString& pages);
    // Trial registry ids, a PubMed id ("PMID: 123") and a PMC id mentioned in free text such as a
    // note; fills only the identifiers that are still empty.
    static void identifiersFromText(const QString& text, EvidenceIdentifiers& identifiers);
    // The year at the start of "2013", "2013/02/01/" or "2013-02"; nothing when it does not start
    // with four digits.
    static std::optional<int> leadingYear(const QString& text);
    // CSL's rich-text markup (<i>, <b>, <sup>, <sub>, <span class="nocase">, <span style=...>)
    // removed from a title; any other '<' is text and stays.
    static QString withoutRichText(const QString& text);
    // The web addresses in one URL field: several separated by ';' or spaces, as some exporters
    // write them.
    static QStringList webAddresses(const QString& text);

    // Text longer than the library keeps is cut and marked, so nothing is lost without a sign.
    // Calls `report(field, originalLength, maximum)` for each field it shortened (field: title,
    // authors, publisher, locator, note).
    static void
    shortenToLimits(EvidenceSource& source,
                    const std::function<void(const char* field, qsizetype length, int maximum)>& report);
    // The mark put at the end of a shortened text.
    static QString shortenedMark(qsizetype leftOut);
    // What a reader reports for a shortened field.
    static QString shortenedProblem(qsizetype length, int maximum);
};

} // namespace ldn
