#include "gui/chart/AnalysisTable.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableWidget>

namespace ldn {

void AnalysisTable::prepare(QTableWidget* table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(false);
    table->setAlternatingRowColors(true);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
}

void AnalysisTable::fitColumns(QTableWidget* table)
{
    table->resizeColumnsToContents();
    for (int column = 0; column < table->columnCount(); ++column) {
        table->setColumnWidth(column, table->columnWidth(column) + 14);
    }
    table->resizeRowsToContents();
}

// Many symptoms make a table scroll sideways on its own, so the caveat and the settings above
// stay in view.
void AnalysisTable::fitHeight(QTableWidget* table)
{
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row) {
        height += table->rowHeight(row);
    }
    if (table->horizontalHeader()->length() + 2 * table->frameWidth() > table->width()) {
        height += table->horizontalScrollBar()->sizeHint().height();
    }
    table->setFixedHeight(height);
}

QTableWidgetItem* AnalysisTable::textItem(const QString& text, const QString& toolTip)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(toolTip);
    return item;
}

} // namespace ldn
