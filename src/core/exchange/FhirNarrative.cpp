#include "core/exchange/FhirNarrative.h"

namespace ldn {

nlohmann::json FhirNarrative::generated(const QStringList& lines)
{
    QString div = QStringLiteral("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
    for (const QString& line : lines) {
        const QString text = line.simplified();
        if (!text.isEmpty()) {
            div += QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
        }
    }
    div += QStringLiteral("</div>");
    return {{"status", "generated"}, {"div", div.toStdString()}};
}

} // namespace ldn
