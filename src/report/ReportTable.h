#pragma once

#include "report/ReportFlow.h"
#include "report/ReportText.h"

#include <QString>

#include <utility>
#include <vector>

namespace ldn {

// A compact table with thin rules for the GP report. Each cell has a main text and an optional
// smaller grey detail line ("n 14"); both wrap within the column. The table becomes one flow
// block per row, so it can continue on the next page, where its header is repeated.
class ReportTable {
public:
    struct Column {
        QString title;
        QString detail;      // e.g. "lower is better", under the title
        double weight = 1.0; // share of the table's width
        bool alignRight = false;
    };
    struct Cell {
        Cell(QString mainText = {}, QString detailText = {}, bool isBold = false)
            : text(std::move(mainText))
            , detail(std::move(detailText))
            , bold(isBold)
        {}

        QString text;
        QString detail;
        bool bold = false;
    };

    explicit ReportTable(std::vector<Column> columns);

    void addRow(std::vector<Cell> cells);
    // A bold row across the whole table that heads the rows after it (e.g. a condition's name).
    void addGroupRow(const QString& title);
    bool isEmpty() const { return m_rows.empty(); }

    std::vector<FlowBlock> blocks(double width) const;

    static const TextStyle& bodyStyle();
    static const TextStyle& detailStyle();
    static const TextStyle& headerStyle();

private:
    struct LaidOutCell {
        QStringList lines;
        QStringList detailLines;
        bool bold = false;
    };
    struct Row {
        std::vector<Cell> cells;
        bool group = false;
    };
    FlowBlock rowBlock(const std::vector<Cell>& cells, const std::vector<double>& widths, bool header,
                       bool last) const;

    std::vector<Column> m_columns;
    std::vector<Row> m_rows;
};

} // namespace ldn
