#pragma once

#include "core/evidence/EvidenceSource.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace ldn {

// Reads RIS, the reference format of PubMed, Zotero and EndNote: records of "TY  - JOUR" ...
// "ER  - " lines. Uses TY, TI/T1 (title), AU/A1 (authors), PY/Y1 (year), JF/JO/T2/JA (journal),
// VL/IS/SP/EP, DO (DOI), AN (PubMed puts the PMID here), C2 (PMC id), UR (address) and N1 (notes,
// where registry ids are looked for); other tags are ignored, lines without a tag continue the
// previous field.
//
// Every record becomes one of the person's own sources with kind Unclassified and verification
// Unconfirmed (the design is never guessed from TY). The whole file is checked first; the first
// problem throws InputError at "FILE:LINE: record N: TAG".
class RisReader {
public:
    static std::vector<EvidenceSource> read(const QByteArray& text, const QString& fileName);
};

} // namespace ldn
