#include "core/exchange/EvidenceFileFormat.h"

#include "core/base/InputError.h"

#include <QRegularExpression>
#include <nlohmann/json.hpp>

namespace ldn {
namespace {

char firstSignificantCharacter(const QByteArray& text)
{
    qsizetype i = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            return c;
        }
    }
    return '\0';
}

EvidenceFileFormat jsonFormat(const QByteArray& text)
{
    if (firstSignificantCharacter(text) == '[') {
        return EvidenceFileFormat::CslJson;
    }
    const nlohmann::json document =
        nlohmann::json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    if (document.is_discarded()) {
        // Broken JSON: let the reader that fits best report where it breaks.
        return text.contains("\"format\"") ? EvidenceFileFormat::EvidencePack : EvidenceFileFormat::CslJson;
    }
    if (!document.is_object()) {
        return EvidenceFileFormat::CslJson;
    }
    // A pack that lost its "format" line must not pass for a single CSL-JSON item that happens to
    // have a title: any of the pack's own fields makes it a pack, and the pack reader says what is
    // missing.
    for (const char* key :
         {"format", "format_version", "pack_version", "conditions", "sources", "claims", "grades"}) {
        if (document.contains(key)) {
            return EvidenceFileFormat::EvidencePack;
        }
    }
    return EvidenceFileFormat::CslJson;
}

} // namespace

QString displayName(EvidenceFileFormat format)
{
    switch (format) {
    case EvidenceFileFormat::EvidencePack:
        return QStringLiteral("evidence pack");
    case EvidenceFileFormat::CslJson:
        return QStringLiteral("CSL-JSON");
    case EvidenceFileFormat::Ris:
        return QStringLiteral("RIS");
    case EvidenceFileFormat::Medline:
        return QStringLiteral("MEDLINE");
    }
    return {};
}

EvidenceFileFormat detectEvidenceFileFormat(const QString& fileName, const QByteArray& text)
{
    // The extension from the name alone: the domain layer does not look at the file system.
    const QString baseName = fileName.section(QLatin1Char('/'), -1);
    const QString suffix =
        baseName.contains(QLatin1Char('.')) ? baseName.section(QLatin1Char('.'), -1).toLower() : QString();
    if (suffix == QLatin1String("ris")) {
        return EvidenceFileFormat::Ris;
    }
    if (suffix == QLatin1String("nbib") || suffix == QLatin1String("medline")) {
        return EvidenceFileFormat::Medline;
    }
    const char first = firstSignificantCharacter(text);
    if (suffix == QLatin1String("json") || suffix == QLatin1String("csljson") || first == '[' ||
        first == '{') {
        return jsonFormat(text);
    }
    // RIS may have a provider's header or a record number before its first TY line; PubMed's
    // MEDLINE export starts each record with its PMID.
    static const QRegularExpression kRisStart(QStringLiteral(R"((?:^|\n)\s*TY {1,2}- )"));
    static const QRegularExpression kMedlineStart(QStringLiteral(R"((?:^|\n)(?:PMID- |OWN - ))"));
    const QString head = QString::fromUtf8(text.left(64 * 1024));
    if (kRisStart.match(head).hasMatch()) {
        return EvidenceFileFormat::Ris;
    }
    if (kMedlineStart.match(head).hasMatch()) {
        return EvidenceFileFormat::Medline;
    }
    throw InputError(fileName + QStringLiteral(":1"),
                     QStringLiteral("cannot tell the format: expected CSL-JSON (.json), RIS (.ris), "
                                    "MEDLINE (.nbib) or an evidence pack"));
}

} // namespace ldn
