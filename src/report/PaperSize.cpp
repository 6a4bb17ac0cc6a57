#include "report/PaperSize.h"

namespace ldn {

std::optional<PaperSize> paperSizeFromText(const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    if (wanted == QLatin1String("a4")) {
        return PaperSize::A4;
    }
    if (wanted == QLatin1String("letter")) {
        return PaperSize::Letter;
    }
    return std::nullopt;
}

QPageSize toPageSize(PaperSize paper)
{
    return QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

PaperSize defaultPaperFor(Language language)
{
    return language == Language::EnglishUS ? PaperSize::Letter : PaperSize::A4;
}

} // namespace ldn
