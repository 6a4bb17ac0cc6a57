#include "core/base/IsoDate.h"

#include "core/base/InputError.h"

#include <QRegularExpression>

namespace ldn {

QDate IsoDate::parse(const QString& text, const QString& field)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        throw InputError(field, QStringLiteral("\"%1\" is not a date in the form YYYY-MM-DD").arg(text));
    }
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid()) {
        throw InputError(field, QStringLiteral("%1 is not a day in the calendar").arg(text));
    }
    return date;
}

QString IsoDate::format(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace ldn
