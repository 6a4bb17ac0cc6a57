#include "core/exchange/CsvTable.h"

#include "core/base/InputError.h"

#include <QStringDecoder>

#include <array>
#include <cstdint>

namespace ldn {
namespace {

QString at(const QString& fileName, int line)
{
    return QStringLiteral("%1:%2").arg(fileName).arg(line);
}

// The byte offset of the first byte that does not start a well-formed UTF-8 sequence (overlong
// forms, surrogates and code points above U+10FFFF included), or -1 when every byte is fine.
qsizetype firstInvalidUtf8(const QByteArray& bytes, qsizetype from)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = from;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        std::uint32_t codePoint = 0;
        std::uint32_t smallest = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            codePoint = lead & 0x1Fu;
            smallest = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            codePoint = lead & 0x0Fu;
            smallest = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            codePoint = lead & 0x07u;
            smallest = 0x10000;
        } else {
            return i;
        }
        if (i + length > size) {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            const unsigned char next = data[i + k];
            if ((next & 0xC0) != 0x80) {
                return i;
            }
            codePoint = (codePoint << 6) | (next & 0x3Fu);
        }
        if (codePoint < smallest || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            return i;
        }
        i += length;
    }
    return -1;
}

char16_t codeOf(char c)
{
    return static_cast<char16_t>(static_cast<unsigned char>(c));
}

char16_t codeOf(QChar c)
{
    return c.unicode();
}

// The 1-based line of position `end` in `text`: CRLF, LF and a lone CR each end one line.
template <typename Text>
int lineOf(const Text& text, qsizetype end)
{
    int line = 1;
    for (qsizetype i = 0; i < end && i < text.size(); ++i) {
        const char16_t c = codeOf(text.at(i));
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || codeOf(text.at(i + 1)) != u'\n'))) {
            ++line;
        }
    }
    return line;
}

QString decode(const QByteArray& bytes, const QString& fileName)
{
    const bool utf16le = bytes.startsWith("\xFF\xFE");
    const bool utf16be = bytes.startsWith("\xFE\xFF");
    if (utf16le || utf16be) {
        QStringDecoder decoder(utf16le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        QString text = decoder.decode(QByteArrayView(bytes).sliced(2));
        if (decoder.hasError() || bytes.size() % 2 != 0) {
            const qsizetype bad = text.indexOf(QChar(QChar::ReplacementCharacter));
            throw InputError(at(fileName, lineOf(text, bad < 0 ? text.size() : bad)),
                             QStringLiteral("not valid UTF-16 text; save the spreadsheet as \"CSV UTF-8\""));
        }
        return text;
    }
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype bad = firstInvalidUtf8(bytes, start);
    if (bad >= 0) {
        throw InputError(at(fileName, lineOf(bytes, bad)),
                         QStringLiteral("not valid UTF-8 text (byte 0x%1 at offset %2); save the spreadsheet "
                                        "as \"CSV UTF-8\"")
                             .arg(static_cast<unsigned char>(bytes.at(bad)), 2, 16, QLatin1Char('0'))
                             .arg(bad));
    }
    return QString::fromUtf8(QByteArrayView(bytes).sliced(start));
}

// Spreadsheets never write control characters other than tab and line ends; finding one means
// the file is binary (an .xlsx, a picture) rather than a CSV with a typo.
void refuseControlCharacters(const QString& text, const QString& fileName)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0x7F) {
            throw InputError(
                at(fileName, lineOf(text, i)),
                QStringLiteral("contains the control character U+%1, which no spreadsheet writes "
                               "into a CSV file; is this a binary file (such as .xlsx)?")
                    .arg(static_cast<unsigned>(c), 4, 16, QLatin1Char('0')));
        }
    }
}

// The separator the first record uses most, outside quotes; a comma when it uses none (one
// column) or on a tie, as RFC 4180 says.
QChar detectDelimiter(const QString& text)
{
    static constexpr std::array<char16_t, 3> kCandidates{u',', u';', u'\t'};
    std::array<int, 3> counts{};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            break;
        } else if (!quoted) {
            for (std::size_t i = 0; i < kCandidates.size(); ++i) {
                if (c.unicode() == kCandidates[i]) {
                    ++counts[i];
                }
            }
        }
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < kCandidates.size(); ++i) {
        if (counts[i] > counts[best]) {
            best = i;
        }
    }
    return QChar(kCandidates[best]);
}

class Parser {
public:
    Parser(const QString& text, const QString& fileName, QChar delimiter)
        : m_text(text)
        , m_fileName(fileName)
        , m_delimiter(delimiter)
    {}

    std::vector<CsvTable::Row> rows()
    {
        std::vector<CsvTable::Row> rows;
        while (m_pos < m_text.size()) {
            CsvTable::Row row{m_line, record()};
            if (row.cells.size() == 1 && row.cells.front().isEmpty()) {
                continue; // a blank line
            }
            rows.push_back(std::move(row));
        }
        return rows;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar current() const { return m_text.at(m_pos); }
    bool isLineEnd(QChar c) const { return c == QLatin1Char('\n') || c == QLatin1Char('\r'); }

    // Consumes a line end (CRLF counts once) and counts it.
    void takeLineEnd()
    {
        if (current() == QLatin1Char('\r') && m_pos + 1 < m_text.size() &&
            m_text.at(m_pos + 1) == QLatin1Char('\n')) {
            ++m_pos;
        }
        ++m_pos;
        ++m_line;
    }

    void checkLength(const QString& cell, int line) const
    {
        if (cell.size() > CsvTable::kMaximumCellLength) {
            throw InputError(at(m_fileName, line), QStringLiteral("a cell is longer than %1 characters, far "
                                                                  "more than any diary note")
                                                       .arg(CsvTable::kMaximumCellLength));
        }
    }

    QStringList record()
    {
        const int recordLine = m_line;
        QStringList cells;
        while (true) {
            cells << cell();
            if (cells.size() > CsvTable::kMaximumColumns) {
                throw InputError(at(m_fileName, recordLine),
                                 QStringLiteral("more than %1 columns; a diary has far fewer")
                                     .arg(CsvTable::kMaximumColumns));
            }
            if (atEnd()) {
                return cells;
            }
            if (isLineEnd(current())) {
                takeLineEnd();
                return cells;
            }
            ++m_pos; // the delimiter
        }
    }

    QString cell()
    {
        const int cellLine = m_line;
        QString cell;
        if (!atEnd() && current() == QLatin1Char('"')) {
            ++m_pos;
            while (true) {
                if (atEnd()) {
                    throw InputError(at(m_fileName, cellLine),
                                     QStringLiteral("a quoted cell starting on this line is never closed (a "
                                                    "missing \" ?)"));
                }
                const QChar c = current();
                if (c == QLatin1Char('"')) {
                    if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('"')) {
                        cell += c;
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    break;
                }
                if (c == QLatin1Char('\n') ||
                    (c == QLatin1Char('\r') &&
                     (m_pos + 1 >= m_text.size() || m_text.at(m_pos + 1) != QLatin1Char('\n')))) {
                    ++m_line;
                }
                cell += c;
                ++m_pos;
                if (cell.size() > CsvTable::kMaximumCellLength) {
                    checkLength(cell, cellLine);
                }
            }
            while (!atEnd() && current() == QLatin1Char(' ')) {
                ++m_pos;
            }
            if (!atEnd() && current() != m_delimiter && !isLineEnd(current())) {
                throw InputError(at(m_fileName, m_line),
                                 QStringLiteral("text after the closing quote of a cell (a quote inside a "
                                                "quoted cell must be doubled: \"\")"));
            }
            return cell;
        }
        const qsizetype start = m_pos;
        while (!atEnd() && current() != m_delimiter && !isLineEnd(current())) {
            ++m_pos;
        }
        cell = m_text.mid(start, m_pos - start);
        checkLength(cell, cellLine);
        return cell;
    }

    const QString& m_text;
    const QString& m_fileName;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

CsvTable CsvTable::parse(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.size() > kMaximumBytes) {
        throw InputError(at(fileName, 1),
                         QStringLiteral("the file is %1 MB; a diary CSV can be at most %2 MB")
                             .arg(static_cast<double>(bytes.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                             .arg(kMaximumBytes / (1024 * 1024)));
    }
    const QString text = decode(bytes, fileName);
    refuseControlCharacters(text, fileName);
    if (text.trimmed().isEmpty()) {
        throw InputError(at(fileName, 1), QStringLiteral("the file is empty"));
    }
    CsvTable table;
    table.m_fileName = fileName;
    table.m_delimiter = detectDelimiter(text);
    table.m_rows = Parser(text, fileName, table.m_delimiter).rows();
    if (table.m_rows.empty()) {
        throw InputError(at(fileName, 1), QStringLiteral("the file has no rows"));
    }
    return table;
}

CsvTable CsvTable::fromRows(const QString& fileName, QChar delimiter, std::vector<Row> rows)
{
    CsvTable table;
    table.m_fileName = fileName;
    table.m_delimiter = delimiter;
    table.m_rows = std::move(rows);
    if (table.m_rows.empty()) {
        table.m_rows.push_back({1, {}, {}});
    }
    return table;
}

int CsvTable::lineOf(const Row& row, int column)
{
    return column >= 0 && static_cast<std::size_t>(column) < row.cellLines.size()
               ? row.cellLines[static_cast<std::size_t>(column)]
               : row.line;
}

QString CsvTable::cell(const Row& row, int column)
{
    return column >= 0 && column < row.cells.size() ? row.cells.at(column) : QString();
}

} // namespace ldn
