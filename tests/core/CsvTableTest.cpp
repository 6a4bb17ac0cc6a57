#include "core/exchange/CsvTable.h"

#include "core/base/InputError.h"

#include <catch2/catch.hpp>

using ldn::CsvTable;
using ldn::InputError;

namespace {

QByteArray utf8(const char* text)
{
    return QByteArray(text);
}

QStringList cells(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts) {
        list << QString::fromUtf8(text);
    }
    return list;
}

// The location and problem of the InputError `bytes` cause.
std::pair<QString, QString> refusal(const QByteArray& bytes)
{
    try {
        CsvTable::parse(bytes, QStringLiteral("diary.csv"));
    } catch (const InputError& error) {
        return {error.location(), error.problem()};
    }
    FAIL("the table was accepted");
    return {};
}

} // namespace

TEST_CASE("RFC 4180: quoted cells keep commas, doubled quotes and line breaks, rows keep their line", "[csv]")
{
    const CsvTable table = CsvTable::parse(utf8("date,note,dose_mg\r\n"
                                                "2025-03-01,\"Slept badly, woke at 4\",1.5\r\n"
                                                "2025-03-02,\"She said \"\"better\"\"\r\nthen\nworse\",3\r\n"
                                                "2025-03-03,,4.5\r\n"),
                                           QStringLiteral("diary.csv"));
    CHECK(table.delimiter() == QLatin1Char(','));
    CHECK(table.columnCount() == 3);
    REQUIRE(table.rows().size() == 4);
    CHECK(table.header() == cells({"date", "note", "dose_mg"}));
    CHECK(table.rows()[1] == CsvTable::Row{2, cells({"2025-03-01", "Slept badly, woke at 4", "1.5"})});
    CHECK(table.rows()[2] ==
          CsvTable::Row{3, cells({"2025-03-02", "She said \"better\"\r\nthen\nworse", "3"})});
    // The note above spans lines 3 to 5, so the next row starts on line 6.
    CHECK(table.rows()[3] == CsvTable::Row{6, cells({"2025-03-03", "", "4.5"})});
    CHECK(table.dataRowCount() == 3);
    CHECK(CsvTable::cell(table.rows()[3], 7).isEmpty());
}

TEST_CASE("The byte-order mark goes, the delimiter is found and LF, CRLF and CR all end lines", "[csv]")
{
    SECTION("semicolons, as spreadsheets in decimal-comma locales write")
    {
        const CsvTable table = CsvTable::parse(utf8("\xEF\xBB\xBF"
                                                    "Datum;Dosis;Notiz\n01.03.2025;1,5;\"a;b\"\n"),
                                               QStringLiteral("de.csv"));
        CHECK(table.delimiter() == QLatin1Char(';'));
        CHECK(table.header() == cells({"Datum", "Dosis", "Notiz"}));
        CHECK(table.rows()[1].cells == cells({"01.03.2025", "1,5", "a;b"}));
    }
    SECTION("tabs")
    {
        const CsvTable table = CsvTable::parse(
            utf8("date\tdose, in mg\tnote\r2025-03-01\t1.5\tcaf\xC3\xA9\r"), QStringLiteral("t.tsv"));
        CHECK(table.delimiter() == QLatin1Char('\t'));
        CHECK(table.header() == cells({"date", "dose, in mg", "note"}));
        CHECK(table.rows()[1] == CsvTable::Row{2, cells({"2025-03-01", "1.5", "caf\xC3\xA9"})});
    }
    SECTION("blank lines are skipped but counted; a missing final line end is fine")
    {
        const CsvTable table = CsvTable::parse(utf8("a,b\n\n1,2\r\n\r\n3,4"), QStringLiteral("x.csv"));
        REQUIRE(table.rows().size() == 3);
        CHECK(table.rows()[1].line == 3);
        CHECK(table.rows()[2] == CsvTable::Row{5, cells({"3", "4"})});
    }
    SECTION("UTF-16 with a byte-order mark, as Excel's Unicode text")
    {
        const QString text = QStringLiteral("date\tnote\n2025-03-01\tcaf\u00e9\n");
        QByteArray bytes("\xFF\xFE", 2);
        for (const QChar c : text) {
            bytes.append(static_cast<char>(c.unicode() & 0xFF));
            bytes.append(static_cast<char>(c.unicode() >> 8));
        }
        const CsvTable table = CsvTable::parse(bytes, QStringLiteral("u.txt"));
        CHECK(table.rows()[1].cells ==
              QStringList{QStringLiteral("2025-03-01"), QStringLiteral("caf\u00e9")});
    }
}

TEST_CASE("A malformed file is refused at the line of the problem", "[csv]")
{
    CHECK(refusal(utf8("date,note\n2025-03-01,ok\n2025-03-02,\"never closed\n2025-03-03,x\n")) ==
          std::pair{QStringLiteral("diary.csv:3"),
                    QStringLiteral("a quoted cell starting on this line is never "
                                   "closed (a missing \" ?)")});
    CHECK(refusal(utf8("date,note\n2025-03-01,\"quoted\"text\n")).first == QStringLiteral("diary.csv:2"));

    const auto [badUtf8, badUtf8Problem] = refusal(utf8("date,note\n2025-03-01,ok\n2025-03-02,caf\xE9\n"));
    CHECK(badUtf8 == QStringLiteral("diary.csv:3"));
    CHECK(badUtf8Problem.contains(QStringLiteral("not valid UTF-8")));
    CHECK(badUtf8Problem.contains(QStringLiteral("CSV UTF-8")));
    CHECK(refusal(utf8("date\n\xC0\xAF\n")).first == QStringLiteral("diary.csv:2"));     // overlong '/'
    CHECK(refusal(utf8("date\n\xED\xA0\x80\n")).first == QStringLiteral("diary.csv:2")); // a surrogate

    const auto [binary, binaryProblem] = refusal(QByteArray("date\nPK\x03\x04\x00\x00", 11));
    CHECK(binary == QStringLiteral("diary.csv:2"));
    CHECK(binaryProblem.contains(QStringLiteral("binary")));

    CHECK(refusal(QByteArray()) ==
          std::pair{QStringLiteral("diary.csv:1"), QStringLiteral("the file is empty")});
    CHECK(refusal(utf8("\xEF\xBB\xBF\r\n  \n")).second == QStringLiteral("the file is empty"));

    QByteArray wide = "date";
    for (int i = 0; i < CsvTable::kMaximumColumns; ++i) {
        wide += ",c";
    }
    CHECK(refusal("a\n" + wide + "\n").first == QStringLiteral("diary.csv:2"));

    const QByteArray hugeCell =
        "date,note\n2025-03-01,\"" + QByteArray(CsvTable::kMaximumCellLength + 1, 'x') + "\"\n";
    const auto [hugeLine, hugeProblem] = refusal(hugeCell);
    CHECK(hugeLine == QStringLiteral("diary.csv:2"));
    CHECK(hugeProblem.contains(QStringLiteral("longer than")));
    CHECK(refusal("date,note\n2025-03-01," + QByteArray(CsvTable::kMaximumCellLength + 1, 'x')).first ==
          QStringLiteral("diary.csv:2"));

    QByteArray enormous = "date,note\n";
    enormous += QByteArray(CsvTable::kMaximumBytes, 'x');
    const auto [enormousLine, enormousProblem] = refusal(enormous);
    CHECK(enormousLine == QStringLiteral("diary.csv:1"));
    CHECK(enormousProblem.contains(QStringLiteral("at most 20 MB")));
}
