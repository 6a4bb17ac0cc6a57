#include "core/exchange/EvidenceFileFormat.h"
#include "core/exchange/MedlineReader.h"
#include "fuzz/ReferenceChecks.h"

// PubMed's MEDLINE (.nbib) export as `evidence import` reads it: the same promises as RIS.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ldn;
    const QByteArray text = fuzz::bytesOf(data, size);
    const QString fileName = QStringLiteral("pubmed.nbib");
    fuzz::expectResultOrRefusal(fileName, text, [&] {
        fuzz::require(detectEvidenceFileFormat(fileName, text) == EvidenceFileFormat::Medline,
                      QStringLiteral("a .nbib file was not taken for MEDLINE"));
    });
    fuzz::expectResultOrRefusal(
        fileName, text, [&] { fuzz::checkReferences(MedlineReader::read(text, fileName), fileName, text); });
    return 0;
}
