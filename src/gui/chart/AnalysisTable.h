#pragma once

#include <QString>

class QTableWidget;
class QTableWidgetItem;

namespace ldn {

// The look of the analysis tables beside the chart: read-only, no selection, every row shown
// (the panel scrolls, so no row hides below a fold), as wide as the columns or the panel.
class AnalysisTable {
public:
    static void prepare(QTableWidget* table);
    static void fitColumns(QTableWidget* table);
    static void fitHeight(QTableWidget* table);
    static QTableWidgetItem* textItem(const QString& text, const QString& toolTip = {});
};

} // namespace ldn
