#include "core/exchange/CsvScale.h"

#include <QRegularExpression>

namespace ldn {

QString CsvScale::text() const
{
    return QStringLiteral("%1-%2").arg(minimum).arg(maximum);
}

int CsvScale::toDiaryScore(int score) const
{
    // Whole-number arithmetic: (score - minimum) * 10 / (maximum - minimum), rounded half up.
    const int span = maximum - minimum;
    const int scaled = (score - minimum) * 10;
    return (2 * scaled + span) / (2 * span);
}

std::optional<CsvScale> CsvScale::parse(const QString& text)
{
    static const QRegularExpression kRange(
        QStringLiteral(u"^\\s*(\\d{1,4})\\s*(?:-|\u2013|\u2014|to|bis)\\s*(\\d{1,4})\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = kRange.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int minimum = match.captured(1).toInt();
    const int maximum = match.captured(2).toInt();
    if (minimum >= maximum || maximum > 1000) {
        return std::nullopt;
    }
    return CsvScale{minimum, maximum};
}

} // namespace ldn
