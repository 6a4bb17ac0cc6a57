#include "core/exchange/CsvDateFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ldn {
namespace {

const QRegularExpression& isoPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$)"));
    return pattern;
}

const QRegularExpression& numericPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$)"));
    return pattern;
}

// A time after a date: " 22:15", " 22:15:03", "T22:15:03Z", " 10:05 pm".
const QRegularExpression& timeSuffix()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?:[ T]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:([ap])\.?m\.?)?Z?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// Excel's serial day numbers: whole days, perhaps with a fraction of a day for the time. 61 is
// 1 March 1900; lower numbers are distorted by Excel's leap-year mistake and never a diary day.
const QRegularExpression& serialPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{2,7})(?:[.,](\d+))?$)"));
    return pattern;
}

// Splits "3/12/2025 22:15:03" into the date and the time; `time` is invalid when there is none.
// A time that is not a clock time leaves the text whole, so the date reader reports it.
QString withoutTime(const QString& text, QTime* time)
{
    const QRegularExpressionMatch match = timeSuffix().match(text);
    if (!match.hasMatch()) {
        return text;
    }
    int hour = match.captured(1).toInt();
    const int minute = match.captured(2).toInt();
    const QString half = match.captured(4).toLower();
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12) {
            return text;
        }
        hour = hour % 12 + (half == QLatin1String("p") ? 12 : 0);
    }
    const QTime parsed(hour, minute, match.captured(3).isEmpty() ? 0 : match.captured(3).toInt());
    if (!parsed.isValid()) {
        return text;
    }
    if (time) {
        *time = QTime(parsed.hour(), parsed.minute());
    }
    return text.left(match.capturedStart()).trimmed();
}

int fullYear(const QString& digits)
{
    const int year = digits.toInt();
    return digits.size() == 2 ? 2000 + year : year;
}

QString formShown(CsvDateFormat format)
{
    switch (format) {
    case CsvDateFormat::Iso:
        return QStringLiteral("yyyy-mm-dd");
    case CsvDateFormat::DayMonthYear:
        return QStringLiteral("dd/mm/yyyy");
    case CsvDateFormat::MonthDayYear:
        return QStringLiteral("mm/dd/yyyy");
    case CsvDateFormat::ExcelSerial:
        return QStringLiteral("an Excel day number (45730)");
    }
    return {};
}

} // namespace

QString displayName(CsvDateFormat format)
{
    switch (format) {
    case CsvDateFormat::Iso:
        return QCoreApplication::translate("CsvDateFormat", "ISO (yyyy-mm-dd)");
    case CsvDateFormat::DayMonthYear:
        return QCoreApplication::translate("CsvDateFormat", "UK (dd/mm/yyyy)");
    case CsvDateFormat::MonthDayYear:
        return QCoreApplication::translate("CsvDateFormat", "US (mm/dd/yyyy)");
    case CsvDateFormat::ExcelSerial:
        return QCoreApplication::translate("CsvDateFormat", "Excel day numbers (45730 = 2025-03-14)");
    }
    return {};
}

QString toOptionText(CsvDateFormat format)
{
    switch (format) {
    case CsvDateFormat::Iso:
        return QStringLiteral("iso");
    case CsvDateFormat::DayMonthYear:
        return QStringLiteral("uk");
    case CsvDateFormat::MonthDayYear:
        return QStringLiteral("us");
    case CsvDateFormat::ExcelSerial:
        return QStringLiteral("excel");
    }
    return {};
}

std::optional<CsvDateFormat> csvDateFormatFromText(const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    if (wanted == QLatin1String("iso")) {
        return CsvDateFormat::Iso;
    }
    if (wanted == QLatin1String("uk") || wanted == QLatin1String("dmy")) {
        return CsvDateFormat::DayMonthYear;
    }
    if (wanted == QLatin1String("us") || wanted == QLatin1String("mdy")) {
        return CsvDateFormat::MonthDayYear;
    }
    if (wanted == QLatin1String("excel") || wanted == QLatin1String("serial")) {
        return CsvDateFormat::ExcelSerial;
    }
    return std::nullopt;
}

QDate parseCsvDate(const QString& rawText, CsvDateFormat format, QString* problem, QTime* time)
{
    if (time) {
        *time = QTime();
    }
    if (format == CsvDateFormat::ExcelSerial) {
        const QRegularExpressionMatch match = serialPattern().match(rawText.trimmed());
        const int days = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (days < 61 || days > 2958465) { // 1 March 1900 to 31 December 9999
            if (problem) {
                *problem = QStringLiteral("\"%1\" is not %2").arg(rawText.trimmed(), formShown(format));
            }
            return {};
        }
        if (time && !match.captured(2).isEmpty()) {
            const double fraction = (QStringLiteral("0.") + match.captured(2)).toDouble();
            *time = QTime(0, 0).addSecs(static_cast<int>(fraction * 86400.0 / 60.0 + 0.5) * 60 % 86400);
        }
        return QDate(1899, 12, 30).addDays(days);
    }
    const QString text = withoutTime(rawText.trimmed(), time);
    int year = 0;
    int month = 0;
    int day = 0;
    if (format == CsvDateFormat::Iso) {
        const QRegularExpressionMatch match = isoPattern().match(text);
        if (match.hasMatch()) {
            year = match.captured(1).toInt();
            month = match.captured(2).toInt();
            day = match.captured(3).toInt();
        }
    } else {
        const QRegularExpressionMatch match = numericPattern().match(text);
        if (match.hasMatch()) {
            const int first = match.captured(1).toInt();
            const int second = match.captured(2).toInt();
            year = fullYear(match.captured(3));
            day = format == CsvDateFormat::DayMonthYear ? first : second;
            month = format == CsvDateFormat::DayMonthYear ? second : first;
        }
    }
    if (year == 0) {
        if (problem) {
            *problem = QStringLiteral("\"%1\" is not a date in the form %2").arg(text, formShown(format));
        }
        return {};
    }
    const QDate date(year, month, day);
    if (!date.isValid() && problem) {
        *problem =
            format == CsvDateFormat::Iso
                ? QStringLiteral("%1 is not a day in the calendar").arg(text)
                : QStringLiteral("%1 is not a day in the calendar (read as %2)").arg(text, formShown(format));
    }
    return date;
}

CsvDateDetection detectCsvDateFormat(const QStringList& rawDates)
{
    CsvDateDetection detection;
    QStringList dates;
    int serials = 0;
    for (const QString& raw : rawDates) {
        const QString text = raw.trimmed();
        if (text.isEmpty()) {
            continue;
        }
        if (serialPattern().match(text).hasMatch()) {
            ++serials;
        }
        dates << withoutTime(text, nullptr);
    }
    if (serials > 0 && serials == dates.size()) {
        detection.format = CsvDateFormat::ExcelSerial;
        return detection;
    }
    int iso = 0;
    int numeric = 0;
    QString onlyDayFirst;   // e.g. 13/03/2025
    QString onlyMonthFirst; // e.g. 03/13/2025
    QString either;         // e.g. 03/04/2025
    bool sameEitherWay = false;
    for (const QString& raw : dates) {
        const QString text = raw.trimmed();
        if (text.isEmpty()) {
            continue;
        }
        if (isoPattern().match(text).hasMatch()) {
            ++iso;
            continue;
        }
        if (!numericPattern().match(text).hasMatch()) {
            continue;
        }
        ++numeric;
        const bool dayFirst = parseCsvDate(text, CsvDateFormat::DayMonthYear).isValid();
        const bool monthFirst = parseCsvDate(text, CsvDateFormat::MonthDayYear).isValid();
        if (dayFirst && !monthFirst && onlyDayFirst.isEmpty()) {
            onlyDayFirst = text;
        } else if (monthFirst && !dayFirst && onlyMonthFirst.isEmpty()) {
            onlyMonthFirst = text;
        } else if (dayFirst && monthFirst &&
                   parseCsvDate(text, CsvDateFormat::DayMonthYear) !=
                       parseCsvDate(text, CsvDateFormat::MonthDayYear)) {
            if (either.isEmpty()) {
                either = text; // 03/04/2025; 04/04/2025 reads the same either way and decides nothing
            }
        } else if (dayFirst && monthFirst) {
            sameEitherWay = true;
        }
    }

    if (iso == 0 && numeric == 0) {
        detection.explanation =
            QStringLiteral("No date in the column is in a form this program reads (yyyy-mm-dd, dd/mm/yyyy "
                           "or mm/dd/yyyy).");
        return detection;
    }
    if (iso >= numeric) {
        detection.format = CsvDateFormat::Iso;
        return detection;
    }
    if (!onlyDayFirst.isEmpty() && onlyMonthFirst.isEmpty()) {
        detection.format = CsvDateFormat::DayMonthYear;
        detection.example = onlyDayFirst;
        return detection;
    }
    if (!onlyMonthFirst.isEmpty() && onlyDayFirst.isEmpty()) {
        detection.format = CsvDateFormat::MonthDayYear;
        detection.example = onlyMonthFirst;
        return detection;
    }
    if (onlyDayFirst.isEmpty() && onlyMonthFirst.isEmpty() && either.isEmpty() && sameEitherWay) {
        detection.format = CsvDateFormat::DayMonthYear; // every date is the same day read either way
        return detection;
    }
    if (onlyDayFirst.isEmpty() && onlyMonthFirst.isEmpty() && either.isEmpty()) {
        detection.explanation =
            QStringLiteral("None of the dates in the column is a day in the calendar, read "
                           "day first or month first.");
        return detection;
    }
    detection.ambiguous = true;
    if (!onlyDayFirst.isEmpty()) {
        detection.example = onlyDayFirst;
        detection.explanation =
            QStringLiteral("Some dates only make sense day first (%1) and others only month "
                           "first (%2).")
                .arg(onlyDayFirst, onlyMonthFirst);
    } else {
        detection.example = either;
        detection.explanation =
            QStringLiteral("Every date in the file could be read day first or month first "
                           "(%1 could be either).")
                .arg(either);
    }
    return detection;
}

} // namespace ldn
