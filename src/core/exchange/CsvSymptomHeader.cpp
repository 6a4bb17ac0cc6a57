#include "core/exchange/CsvSymptomHeader.h"

#include <QRegularExpression>
#include <QStringList>

namespace ldn {
namespace {

// A scale at the end of a header: in brackets, after "/" or "out of", or plain "1-5".
const QRegularExpression& scalePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(u"\\s*(?:[(\\[]\\s*(\\d{1,4}\\s*(?:-|\u2013|\u2014|to|bis)\\s*\\d{1,4})\\s*[)\\]]|"
                       u"(\\d{1,4}\\s*(?:-|\u2013|\u2014)\\s*\\d{1,4})|"
                       u"(?:/|out of|von)\\s*(\\d{1,4}))\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

std::optional<CsvScale> CsvSymptomHeader::scale(const QString& header)
{
    const QRegularExpressionMatch match = scalePattern().match(header.simplified());
    if (!match.hasMatch() || match.capturedStart() == 0) {
        return std::nullopt; // a header that is only a range names nothing
    }
    if (!match.captured(3).isEmpty()) {
        // "/5" and "out of 10" give the top; a diary scale starts at 0 unless said otherwise.
        const int maximum = match.captured(3).toInt();
        return maximum > 0 && maximum <= 1000 ? std::optional<CsvScale>(CsvScale{0, maximum}) : std::nullopt;
    }
    return CsvScale::parse(match.captured(1).isEmpty() ? match.captured(2) : match.captured(1));
}

QString CsvSymptomHeader::name(const QString& header)
{
    const QString text = header.simplified();
    const QRegularExpressionMatch match = scalePattern().match(text);
    if (!match.hasMatch() || match.capturedStart() == 0) {
        return text;
    }
    return text.left(match.capturedStart()).trimmed();
}

bool CsvSymptomHeader::higherSoundsBetter(const QString& name)
{
    const QString text = name.toLower();
    // "Sleep problems", "Schlafstörung", "low mood": the trouble is what is scored.
    for (const char* trouble : {"problem", "disturb", "störung", "insomnia", "sleepiness", "schlaflos",
                                "poor", "low ", "lack", "loss", "schlecht", "tief"}) {
        if (text.contains(QString::fromUtf8(trouble))) {
            return false;
        }
    }
    for (const char* word : {"sleep", "energy", "mood", "quality", "wellbeing", "well being", "well-being",
                             "focus", "concentration", "motivation", "happiness", "schlaf", "energie",
                             "stimmung", "laune", "qualität", "wohlbefinden", "konzentration", "antrieb"}) {
        if (text.contains(QString::fromUtf8(word))) {
            return true;
        }
    }
    return false;
}

} // namespace ldn
