#include "core/exchange/EvidenceFileFormat.h"
#include "core/exchange/RisReader.h"
#include "fuzz/FuzzSupport.h"

#include <algorithm>

// RIS as `evidence import` reads it. Every reference read must be one the library would store.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ldn;
    const QByteArray text = fuzz::bytesOf(data, size);
    const QString fileName = QStringLiteral("refs.ris");
    fuzz::expectResultOrRefusal(fileName, text, [&] {
        fuzz::require(detectEvidenceFileFormat(fileName, text) == EvidenceFileFormat::Ris,
                      QStringLiteral("a .ris file was not taken for RIS"));
    });
    fuzz::expectResultOrRefusal(fileName, text, [&] {
        const std::vector<EvidenceSource> sources = RisReader::read(text, fileName);
        fuzz::require(!sources.empty(), QStringLiteral("a file was read with no references"));
        for (const EvidenceSource& source : sources) {
            fuzz::require(!source.title.trimmed().isEmpty(), QStringLiteral("a reference without a title"));
            fuzz::require(!source.title.contains(QChar::ReplacementCharacter),
                          QStringLiteral("text that was not UTF-8 was read"));
            fuzz::require(std::none_of(source.title.cbegin(), source.title.cend(),
                                       [](QChar c) { return c.unicode() < 0x20; }),
                          QStringLiteral("a control character was read"));
            try {
                validateSource(source, QStringLiteral("again"));
            } catch (const InputError& error) {
                fuzz::fail(QStringLiteral("a reference read that the library refuses: ") + error.message());
            }
        }
    });
    return 0;
}
