#include "core/exchange/CslJsonReader.h"
#include "core/exchange/EvidenceFileFormat.h"
#include "fuzz/FuzzSupport.h"

// CSL-JSON as `evidence import` reads it: the format detection, then the reader. Every reference
// read must be one the library would store: a title, a possible year, well-formed identifiers,
// and unclassified and unconfirmed (the design is never guessed).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ldn;
    const QByteArray text = fuzz::bytesOf(data, size);
    const QString fileName = QStringLiteral("refs.json");
    fuzz::expectResultOrRefusal(fileName, text, [&] { detectEvidenceFileFormat(fileName, text); });
    fuzz::expectResultOrRefusal(fileName, text, [&] {
        const std::vector<EvidenceSource> sources = CslJsonReader::read(text, fileName);
        fuzz::require(!sources.empty(), QStringLiteral("a file was read with no references"));
        for (const EvidenceSource& source : sources) {
            fuzz::require(!source.title.trimmed().isEmpty(), QStringLiteral("a reference without a title"));
            fuzz::require(source.kind == SourceKind::Unclassified && source.origin == EntryOrigin::User &&
                              source.verification == Verification::Unconfirmed,
                          QStringLiteral("a reference that is not an unclassified own entry"));
            try {
                validateSource(source, QStringLiteral("again"));
            } catch (const InputError& error) {
                fuzz::fail(QStringLiteral("a reference read that the library refuses: ") + error.message());
            }
        }
    });
    return 0;
}
