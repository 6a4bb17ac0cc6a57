#include "core/exchange/CsvTable.h"
#include "fuzz/FuzzSupport.h"

// Spreadsheets as CSV (`import FILE --format csv`), up to the table of text cells: a refusal names
// the file and line; a table that is read keeps every limit it promises and rows in file order.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ldn;
    const QByteArray text = fuzz::bytesOf(data, size);
    const QString fileName = QStringLiteral("diary.csv");
    fuzz::expectResultOrRefusal(fileName, text, [&] {
        const CsvTable table = CsvTable::parse(text, fileName);
        fuzz::require(!table.rows().empty(), QStringLiteral("a table without rows"));
        int previousLine = 0;
        for (const CsvTable::Row& row : table.rows()) {
            fuzz::require(row.line > previousLine && row.line <= fuzz::lineCount(text),
                          QStringLiteral("row line %1 after %2 (%3 lines)")
                              .arg(row.line)
                              .arg(previousLine)
                              .arg(fuzz::lineCount(text)));
            previousLine = row.line;
            fuzz::require(row.cells.size() <= CsvTable::kMaximumColumns, QStringLiteral("too many cells"));
            for (const QString& cell : row.cells) {
                fuzz::require(cell.size() <= CsvTable::kMaximumCellLength, QStringLiteral("a cell too long"));
            }
        }
        fuzz::require(table.columnCount() == table.header().size(),
                      QStringLiteral("the header is not the width"));
    });
    return 0;
}
