#pragma once

#include "core/exchange/ReferenceReadResult.h"

#include <QByteArray>
#include <QString>

namespace ldn {

// Reads RIS, the reference format of Zotero, EndNote, Ovid, Scopus, Embase, Web of Science,
// ProQuest, JSTOR and PubMed, as Zotero reads it: records of "TY  - JOUR" ... "ER  - " lines,
// with one or two spaces before the dash, the final ER optional (a new TY ends the record before
// it), and anything before the first record (Ovid's "1.", a provider's "Provider:" and
// "Content:" header, blank lines) ignored.
//
// Fields used: TI/T1 (title), AU/A1 (authors; "Liu R." loses its dots), PY, then DA, then the
// deprecated Y1 (year), JF/JO/T2/JA/J2/PB (journal), VL/IS/SP/EP, DO/DI (DOI, doi.org prefixes
// removed), AN or C5 (a bare PubMed id: PubMed, Ovid and Embase put the PMID there), C2/C3/C6/C7
// (a PMC id), UR/L2 (web addresses: several fields or several addresses separated by ';'; the
// first is kept, the others go into the note; EndNote's "<Go to ISI>://WOS:…" becomes a note
// line) and N1 (notes, where registry ids are looked for). Lines without a tag continue the
// field before them.
//
// Every record becomes one of the person's own sources with kind Unclassified and verification
// Unconfirmed (the design is never guessed from TY). A record that cannot be a source (no title,
// an impossible year or date, two different titles, years or DOIs) is skipped and listed; a
// field that cannot be kept (a note longer than the library keeps, an identifier that is not well
// formed, an address that is not a web address) is shortened or left out and listed. Only a file
// that is not RIS text at all (not UTF-8, control characters, no record) throws InputError.
class RisReader {
public:
    static ReferenceReadResult read(const QByteArray& text, const QString& fileName);
};

} // namespace ldn
