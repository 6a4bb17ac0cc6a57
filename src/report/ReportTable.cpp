#include "report/ReportTable.h"

#include <QPainter>

#include <algorithm>
#include <utility>

namespace ldn {
namespace {

constexpr double kPaddingX = 3.0;
constexpr double kPaddingY = 2.5;
constexpr double kOuterRule = 0.8;
constexpr double kHeaderRule = 0.5;
constexpr double kRowRule = 0.3;
const QColor kRowRuleColour(0xB8, 0xB8, 0xB8);

} // namespace

ReportTable::ReportTable(std::vector<Column> columns)
    : m_columns(std::move(columns))
{}

void ReportTable::addRow(std::vector<Cell> cells)
{
    cells.resize(m_columns.size());
    m_rows.push_back({std::move(cells), false});
}

void ReportTable::addGroupRow(const QString& title)
{
    m_rows.push_back({{Cell(title, QString(), true)}, true});
}

const TextStyle& ReportTable::bodyStyle()
{
    static const TextStyle style{8.5};
    return style;
}

const TextStyle& ReportTable::detailStyle()
{
    static const TextStyle style{7.0, false, false, QColor(0x4A, 0x4A, 0x4A)};
    return style;
}

const TextStyle& ReportTable::headerStyle()
{
    static const TextStyle style{8.0, true};
    return style;
}

std::vector<FlowBlock> ReportTable::blocks(double width) const
{
    double totalWeight = 0.0;
    for (const Column& column : m_columns) {
        totalWeight += column.weight;
    }
    std::vector<double> widths;
    for (const Column& column : m_columns) {
        widths.push_back(width * column.weight / (totalWeight > 0 ? totalWeight : 1.0));
    }

    std::vector<Cell> headerCells;
    for (const Column& column : m_columns) {
        headerCells.push_back({column.title, column.detail, true});
    }
    auto header = std::make_shared<const FlowBlock>(rowBlock(headerCells, widths, true, false));

    std::vector<FlowBlock> result;
    result.push_back(*header);
    result.back().keepWithNext = !m_rows.empty();
    for (std::size_t index = 0; index < m_rows.size(); ++index) {
        const bool last = index + 1 == m_rows.size();
        const Row& source = m_rows[index];
        FlowBlock row = source.group ? rowBlock(source.cells, {width}, false, last)
                                     : rowBlock(source.cells, widths, false, last);
        // No table starts with a lone row at a page's foot, none ends with one at the top, and a
        // group's title stays with its first row.
        row.keepWithNext = !last && (index == 0 || index + 2 == m_rows.size() || source.group);
        row.repeatOnNewPage = header;
        result.push_back(std::move(row));
    }
    return result;
}

FlowBlock ReportTable::rowBlock(const std::vector<Cell>& cells, const std::vector<double>& widths,
                                bool header, bool last) const
{
    const TextStyle& main = header ? headerStyle() : bodyStyle();
    const TextStyle& detail = detailStyle();
    std::vector<LaidOutCell> laidOut;
    double contentHeight = 0.0;
    for (std::size_t column = 0; column < cells.size() && column < widths.size(); ++column) {
        const double inner = std::max(widths[column] - 2 * kPaddingX, 1.0);
        TextStyle style = main;
        style.bold = header || cells[column].bold;
        LaidOutCell cell;
        cell.bold = style.bold;
        if (!cells[column].text.isEmpty()) {
            cell.lines = ReportText::wrap(cells[column].text, style, inner);
        }
        if (!cells[column].detail.isEmpty()) {
            cell.detailLines = ReportText::wrap(cells[column].detail, detail, inner);
        }
        contentHeight = std::max(contentHeight, cell.lines.size() * ReportText::lineHeight(style) +
                                                    cell.detailLines.size() * ReportText::lineHeight(detail));
        laidOut.push_back(std::move(cell));
    }

    FlowBlock block;
    block.height = contentHeight + 2 * kPaddingY;
    std::vector<bool> alignRight;
    for (std::size_t column = 0; column < laidOut.size(); ++column) {
        alignRight.push_back(widths.size() == m_columns.size() && m_columns[column].alignRight);
    }
    block.paint = [laidOut, widths, alignRight, header, last, main, detail](QPainter& painter,
                                                                            const QRectF& box) {
        double x = box.left();
        for (std::size_t column = 0; column < laidOut.size(); ++column) {
            const LaidOutCell& cell = laidOut[column];
            TextStyle style = main;
            style.bold = cell.bold;
            double y = box.top() + kPaddingY;
            const auto drawLine = [&](const QString& line, const TextStyle& lineStyle) {
                if (alignRight[column]) {
                    ReportText::drawRightAligned(painter, QPointF(x + widths[column] - kPaddingX, y), line,
                                                 lineStyle);
                } else {
                    ReportText::draw(painter, QPointF(x + kPaddingX, y), line, lineStyle);
                }
                y += ReportText::lineHeight(lineStyle);
            };
            for (const QString& line : cell.lines) {
                drawLine(line, style);
            }
            for (const QString& line : cell.detailLines) {
                drawLine(line, detail);
            }
            x += widths[column];
        }
        if (header) {
            painter.setPen(QPen(Qt::black, kOuterRule));
            painter.drawLine(box.topLeft(), box.topRight());
            painter.setPen(QPen(Qt::black, kHeaderRule));
            painter.drawLine(box.bottomLeft(), box.bottomRight());
        } else if (last) {
            painter.setPen(QPen(Qt::black, kOuterRule));
            painter.drawLine(box.bottomLeft(), box.bottomRight());
        } else {
            painter.setPen(QPen(kRowRuleColour, kRowRule));
            painter.drawLine(box.bottomLeft(), box.bottomRight());
        }
    };
    return block;
}

} // namespace ldn
