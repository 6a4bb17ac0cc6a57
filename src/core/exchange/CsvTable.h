#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

#include <vector>

namespace ldn {

// A spreadsheet saved as CSV, read into rows of text cells and nothing more: what the cells mean
// is decided later (CsvColumnMapping, DiaryCsvImport). Reads RFC 4180 (quoted fields with
// doubled quotes and line breaks inside) as LibreOffice, Excel and Google Sheets write it:
// UTF-8 with or without a byte-order mark (UTF-16 with a byte-order mark too, as Excel's
// "Unicode text" is), CRLF, LF or CR line ends, and `,`, `;` or tab between cells, whichever the
// header line uses most (spreadsheets in locales with a decimal comma write `;`).
//
// Each row keeps the physical line it starts on, so a problem can be reported as FILE:LINE even
// when an earlier note spans several lines. Blank lines are skipped. Anything that is not a
// readable table (an unterminated quote, text after a closing quote, bytes that are not UTF-8,
// control characters of a binary file, an empty file, more than kMaximumBytes, more than
// kMaximumColumns cells in a row, a cell over kMaximumCellLength characters) throws
// InputError("FILE:LINE", problem).
class CsvTable {
public:
    struct Row {
        int line = 0; // 1-based physical line the row starts on
        QStringList cells;
        // In a table made from another (a long file pivoted, a tracker's export turned into days),
        // the line each cell came from; empty when every cell is on `line`.
        std::vector<int> cellLines{};
        friend bool operator==(const Row&, const Row&) = default;
    };

    static CsvTable parse(const QByteArray& bytes, const QString& fileName);
    // A table made by a program from another one's rows (the header first), for CsvDiaryPreset.
    static CsvTable fromRows(const QString& fileName, QChar delimiter, std::vector<Row> rows);

    const QString& fileName() const { return m_fileName; }
    QChar delimiter() const { return m_delimiter; }
    // Every row, the header first. Never empty: parse refuses a file without rows.
    const std::vector<Row>& rows() const { return m_rows; }
    const QStringList& header() const { return m_rows.front().cells; }
    int columnCount() const { return static_cast<int>(m_rows.front().cells.size()); }
    int dataRowCount() const { return static_cast<int>(m_rows.size()) - 1; }
    // The cell of a row in `column`, empty when the row is shorter than the header.
    static QString cell(const Row& row, int column);
    // The line a cell came from.
    static int lineOf(const Row& row, int column);

    static constexpr qsizetype kMaximumBytes = 20 * 1024 * 1024; // a ten-year diary is about 1 MB
    static constexpr int kMaximumColumns = 200;
    static constexpr qsizetype kMaximumCellLength = 100'000; // about 30 pages of notes

private:
    CsvTable() = default;

    QString m_fileName;
    QChar m_delimiter = QLatin1Char(',');
    std::vector<Row> m_rows;
};

} // namespace ldn
