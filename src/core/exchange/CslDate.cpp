#include "core/exchange/CslDate.h"

#include <QDate>
#include <QRegularExpression>

namespace ldn {

CslDate::Reading CslDate::read(const QString& rawText)
{
    Reading reading;
    // An interval counts from its start; EDTF's uncertainty marks say nothing about the year.
    QString text = rawText.trimmed();
    static const QRegularExpression kEdtf(
        QStringLiteral(R"(^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?[?~%]?(?:/.*)?$)"));
    const QRegularExpressionMatch edtf = kEdtf.match(text);
    if (edtf.hasMatch()) {
        const int year = edtf.captured(1).toInt();
        reading.year = year;
        if (edtf.captured(2).isEmpty()) {
            return reading;
        }
        const int month = edtf.captured(2).toInt();
        const bool season = month >= 21 && month <= 24;
        if (!season && (month < 1 || month > 12)) {
            reading.problem = QStringLiteral("\"%1\": %2 is not a month").arg(text).arg(month);
        } else if (!edtf.captured(3).isEmpty() &&
                   (season || !QDate(year, month, edtf.captured(3).toInt()).isValid())) {
            reading.problem = QStringLiteral("\"%1\" is not a real date").arg(text);
        }
        return reading;
    }
    // Words: the first number of exactly four digits is the year ("Spring 2019", "April 3, 2019").
    static const QRegularExpression kYear(QStringLiteral(R"((?<![0-9])([0-9]{4})(?![0-9]))"));
    const QRegularExpressionMatch year = kYear.match(text);
    if (year.hasMatch()) {
        reading.year = year.captured(1).toInt();
    }
    return reading;
}

} // namespace ldn
