#include "core/exchange/CslJsonReader.h"
#include "core/exchange/EvidenceFileFormat.h"
#include "fuzz/ReferenceChecks.h"

// CSL-JSON as `evidence import` reads it: the format detection, then the reader. Every reference
// read must be one the library would store: a title, a possible year, well-formed identifiers,
// and unclassified and unconfirmed (the design is never guessed); every record left out or changed
// is reported at a line of the file.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ldn;
    const QByteArray text = fuzz::bytesOf(data, size);
    const QString fileName = QStringLiteral("refs.json");
    fuzz::expectResultOrRefusal(fileName, text, [&] { detectEvidenceFileFormat(fileName, text); });
    fuzz::expectResultOrRefusal(
        fileName, text, [&] { fuzz::checkReferences(CslJsonReader::read(text, fileName), fileName, text); });
    return 0;
}
