#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace ldn {

// How a spreadsheet wrote its dates: ISO 8601 (2025-03-14), day first as in the UK and most of
// the world (14/03/2025), month first as in the US (03/14/2025), or Excel's serial day numbers
// (45730 is 2025-03-14; 45730.5 is noon that day), which a date cell becomes when a sheet is saved
// without date formatting. Day-first and month-first dates may use '/', '-' or '.' between the
// numbers and a four- or two-digit year (a two-digit year is 20yy: LDN diaries are all from this
// century). ISO dates always have four digits first and may use '/' or '.' too. A time may follow
// the date ("3/12/2025 22:15:03", "2025-03-12T22:15", "14/03/2025 10:05 pm"), as in a Google
// Forms timestamp or an Excel date-time cell. Names of months are not read.
enum class CsvDateFormat {
    Iso,
    DayMonthYear, // "UK"
    MonthDayYear, // "US"
    ExcelSerial,  // days since 30 December 1899, as Excel counts them from March 1900 on
};

// "ISO (yyyy-mm-dd)", "UK (dd/mm/yyyy)", "US (mm/dd/yyyy)".
QString displayName(CsvDateFormat format);
// The words a command line takes: iso, uk, us, excel (dmy and mdy are accepted as well).
QString toOptionText(CsvDateFormat format);
std::optional<CsvDateFormat> csvDateFormatFromText(const QString& text);

// Reads `text` in `format`; an invalid QDate, with `problem` set, when it is not a date in that
// form or not a day in the calendar (30/02/2025). A time after the date is allowed and, when
// `time` is given, stored there (an invalid time when there is none).
QDate parseCsvDate(const QString& text, CsvDateFormat format, QString* problem = nullptr,
                   QTime* time = nullptr);

// The format a column of dates is in, decided from all of them: Excel serial numbers when every
// date is a number of days; ISO when most dates have the ISO shape; otherwise day first when some dates only
// make sense day first (13/03/2025) and none only month first, and the reverse. When every date fits both
// (03/04/2025 is 3 April or March 4) or the column has some of each, `ambiguous` is set and the person must
// be asked; guessing would shift every day silently. Dates like 04/04/2025 are the same day either way and
// decide nothing (a column of only such dates is read day first: the result is the same).
struct CsvDateDetection {
    std::optional<CsvDateFormat> format; // set when decided
    bool ambiguous = false;              // day first or month first: ask
    QString example;                     // a date from the column that shows the question
    QString explanation;                 // a sentence for the person when not decided
};

CsvDateDetection detectCsvDateFormat(const QStringList& dates);

} // namespace ldn
