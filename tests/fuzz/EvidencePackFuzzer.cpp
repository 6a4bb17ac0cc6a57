#include "core/evidence/EvidencePackJson.h"
#include "core/exchange/EvidenceFileFormat.h"
#include "fuzz/FuzzSupport.h"

// Evidence packs: the detection, the header peek the installer uses, and the full parse. A pack
// that is read must survive being written and read again (what `evidence export` then `evidence
// import` does) with the same entries.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ldn;
    const QByteArray text = fuzz::bytesOf(data, size);
    const QString fileName = QStringLiteral("pack.json");
    fuzz::expectResultOrRefusal(fileName, text, [&] { detectEvidenceFileFormat(fileName, text); });
    try {
        if (const std::optional<EvidencePackJson::Header> header = EvidencePackJson::peekHeader(text)) {
            fuzz::require(header->version > 0 && !header->name.isEmpty(), QStringLiteral("an empty header"));
        }
    } catch (const std::exception& error) {
        fuzz::fail(QStringLiteral("peekHeader threw: ") + QString::fromUtf8(error.what()));
    }
    fuzz::expectResultOrRefusal(fileName, text, [&] {
        const EvidencePack pack = EvidencePackJson::parse(text, fileName);
        const QByteArray written = EvidencePackJson::write(pack);
        EvidencePack again;
        try {
            again = EvidencePackJson::parse(written, QStringLiteral("again.json"));
        } catch (const InputError& error) {
            fuzz::fail(QStringLiteral("a pack that was read cannot be read back after writing: ") +
                       error.message());
        }
        fuzz::require(
            again.name == pack.name && again.version == pack.version &&
                again.conditions.size() == pack.conditions.size() &&
                again.sources.size() == pack.sources.size() && again.claims.size() == pack.claims.size() &&
                again.grades.size() == pack.grades.size() && again.declaredStatus == pack.declaredStatus,
            QStringLiteral("writing and reading a pack changed it"));
        for (std::size_t i = 0; i < pack.sources.size(); ++i) {
            fuzz::require(again.sources[i].key == pack.sources[i].key &&
                              again.sources[i].title == pack.sources[i].title &&
                              again.sources[i].year == pack.sources[i].year &&
                              again.sources[i].identifiers.doi == pack.sources[i].identifiers.doi,
                          QStringLiteral("writing and reading a pack changed source %1").arg(i));
        }
        for (std::size_t i = 0; i < pack.claims.size(); ++i) {
            fuzz::require(again.claims[i].key == pack.claims[i].key &&
                              again.claims[i].sourceKeys == pack.claims[i].sourceKeys &&
                              again.claims[i].effect.value == pack.claims[i].effect.value &&
                              again.claims[i].participants == pack.claims[i].participants,
                          QStringLiteral("writing and reading a pack changed claim %1").arg(i));
        }
    });
    return 0;
}
