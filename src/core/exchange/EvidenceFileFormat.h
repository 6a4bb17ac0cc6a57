#pragma once

#include <QByteArray>
#include <QString>

namespace ldn {

// The kinds of file `evidence import` reads.
enum class EvidenceFileFormat { EvidencePack, CslJson, Ris, Medline };

QString displayName(EvidenceFileFormat format);

// Decides the format from the file name's extension (.ris, .nbib, .json) and, when that does not
// settle it, from the content: a "TY  - " line (after any header) is RIS, a "PMID- " line MEDLINE,
// '[' starts CSL-JSON, and an object with a "format" field is an evidence pack. Throws InputError
// naming the file when it cannot tell.
EvidenceFileFormat detectEvidenceFileFormat(const QString& fileName, const QByteArray& text);

} // namespace ldn
