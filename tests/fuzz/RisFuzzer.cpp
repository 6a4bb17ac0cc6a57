#include "core/exchange/EvidenceFileFormat.h"
#include "core/exchange/RisReader.h"
#include "fuzz/ReferenceChecks.h"

// RIS as `evidence import` reads it. Every reference read must be one the library would store, and
// every record left out or changed must be reported at a line of the file.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ldn;
    const QByteArray text = fuzz::bytesOf(data, size);
    const QString fileName = QStringLiteral("refs.ris");
    fuzz::expectResultOrRefusal(fileName, text, [&] {
        fuzz::require(detectEvidenceFileFormat(fileName, text) == EvidenceFileFormat::Ris,
                      QStringLiteral("a .ris file was not taken for RIS"));
    });
    fuzz::expectResultOrRefusal(
        fileName, text, [&] { fuzz::checkReferences(RisReader::read(text, fileName), fileName, text); });
    return 0;
}
