#pragma once

#include "core/exchange/ReferenceReadResult.h"

#include <QByteArray>
#include <QString>

namespace ldn {

// Reads PubMed's own export, the MEDLINE (.nbib) format, as Zotero reads it: records separated by
// blank lines, each line "TAG - value" with the tag padded to four characters, and lines that
// start with spaces continuing the field before them. Fields used: PMID, TI (or BTI for a book),
// FAU (full author names; AU when there are none; CN, a group), DP (year of publication), JT (or
// TA), VI, IP, PG, LID/AID "… [doi]" (DOI), PMC, SI and the rest of the text for trial registry
// ids, and an address in LID/AID.
//
// As with RisReader, every record becomes an unclassified, unconfirmed source of the person's
// own; a record without a title or with an impossible year is skipped and listed, an identifier
// that is not well formed is left out and listed, and only a file that is not MEDLINE text at all
// throws InputError.
class MedlineReader {
public:
    static ReferenceReadResult read(const QByteArray& text, const QString& fileName);
};

} // namespace ldn
