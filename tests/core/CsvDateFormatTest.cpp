#include "core/exchange/CsvDateFormat.h"

#include <catch2/catch.hpp>

using namespace ldn;

namespace {

QStringList texts(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items) {
        list << QString::fromUtf8(item);
    }
    return list;
}

} // namespace

TEST_CASE("CSV dates are read in ISO, day-first and month-first forms", "[csv][date]")
{
    const auto read = [](const char* text, CsvDateFormat format) {
        return parseCsvDate(QString::fromUtf8(text), format);
    };
    CHECK(read("2025-03-14", CsvDateFormat::Iso) == QDate(2025, 3, 14));
    CHECK(read(" 2025/3/4 ", CsvDateFormat::Iso) == QDate(2025, 3, 4));
    CHECK(read("14/03/2025", CsvDateFormat::DayMonthYear) == QDate(2025, 3, 14));
    CHECK(read("14.03.2025", CsvDateFormat::DayMonthYear) == QDate(2025, 3, 14));
    CHECK(read("4-3-25", CsvDateFormat::DayMonthYear) == QDate(2025, 3, 4));
    CHECK(read("03/14/2025", CsvDateFormat::MonthDayYear) == QDate(2025, 3, 14));
    CHECK(read("3/4/2025", CsvDateFormat::MonthDayYear) == QDate(2025, 3, 4));

    QString problem;
    CHECK_FALSE(parseCsvDate(QStringLiteral("2025-02-30"), CsvDateFormat::Iso, &problem).isValid());
    CHECK(problem == QStringLiteral("2025-02-30 is not a day in the calendar"));
    CHECK_FALSE(parseCsvDate(QStringLiteral("30/02/2025"), CsvDateFormat::DayMonthYear, &problem).isValid());
    CHECK(problem == QStringLiteral("30/02/2025 is not a day in the calendar (read as dd/mm/yyyy)"));
    CHECK_FALSE(parseCsvDate(QStringLiteral("14/03/2025"), CsvDateFormat::MonthDayYear, &problem).isValid());
    CHECK(problem.contains(QStringLiteral("mm/dd/yyyy")));
    for (const char* bad :
         {"", "yesterday", "2025-03", "14 March 2025", "45000", "2025-03-14 10:00", "1/2/202"}) {
        INFO(bad);
        problem.clear();
        CHECK_FALSE(parseCsvDate(QString::fromUtf8(bad), CsvDateFormat::DayMonthYear, &problem).isValid());
        CHECK_FALSE(problem.isEmpty());
    }

    CHECK(csvDateFormatFromText(QStringLiteral("UK")) == CsvDateFormat::DayMonthYear);
    CHECK(csvDateFormatFromText(QStringLiteral("mdy")) == CsvDateFormat::MonthDayYear);
    CHECK_FALSE(csvDateFormatFromText(QStringLiteral("de")).has_value());
    CHECK(csvDateFormatFromText(toOptionText(CsvDateFormat::Iso)) == CsvDateFormat::Iso);
}

TEST_CASE("The date format is decided from every date, and an ambiguous column asks", "[csv][date]")
{
    SECTION("ISO, even with a few impossible or odd dates among them")
    {
        const CsvDateDetection detection =
            detectCsvDateFormat(texts({"2025-03-01", "2025-02-30", "", "03/04/2025"}));
        CHECK(detection.format == CsvDateFormat::Iso);
        CHECK_FALSE(detection.ambiguous);
    }
    SECTION("day first, decided by one day above 12 late in the file")
    {
        const CsvDateDetection detection =
            detectCsvDateFormat(texts({"01/03/2025", "02/03/2025", "12/03/2025", "13/03/2025"}));
        CHECK(detection.format == CsvDateFormat::DayMonthYear);
        CHECK(detection.example == QStringLiteral("13/03/2025"));
    }
    SECTION("month first")
    {
        const CsvDateDetection detection = detectCsvDateFormat(texts({"03/01/2025", "03/13/2025"}));
        CHECK(detection.format == CsvDateFormat::MonthDayYear);
    }
    SECTION("every date fits both: ambiguous, never guessed")
    {
        const CsvDateDetection detection =
            detectCsvDateFormat(texts({"01/01/2025", "01/03/2025", "02/03/2025", "12/11/2025"}));
        CHECK_FALSE(detection.format.has_value());
        CHECK(detection.ambiguous);
        CHECK(detection.example == QStringLiteral("01/03/2025")); // 01/01 reads the same both ways
        CHECK(detection.explanation.contains(QStringLiteral("day first or month first")));
    }
    SECTION("some dates only day first and some only month first: ambiguous too")
    {
        const CsvDateDetection detection = detectCsvDateFormat(texts({"13/03/2025", "03/14/2025"}));
        CHECK_FALSE(detection.format.has_value());
        CHECK(detection.ambiguous);
        CHECK(detection.explanation.contains(QStringLiteral("13/03/2025")));
        CHECK(detection.explanation.contains(QStringLiteral("03/14/2025")));
    }
    SECTION("dates that are the same day read either way decide nothing, and need no question")
    {
        const CsvDateDetection detection = detectCsvDateFormat(texts({"01/01/2025", "02/02/2025"}));
        CHECK(detection.format == CsvDateFormat::DayMonthYear);
        CHECK_FALSE(detection.ambiguous);
    }
    SECTION("no dates at all")
    {
        const CsvDateDetection detection = detectCsvDateFormat(texts({"Monday", "", "soon"}));
        CHECK_FALSE(detection.format.has_value());
        CHECK_FALSE(detection.ambiguous);
        CHECK_FALSE(detection.explanation.isEmpty());
    }
}
