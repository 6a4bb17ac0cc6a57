#include "gui/chart/DoseChangeLabels.h"

#include "presentation/DoseText.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>

namespace ldn {

DoseChangeLabels::~DoseChangeLabels()
{
    clear();
}

void DoseChangeLabels::add(QChart& chart, QLineSeries* line, const SymptomChartData::DoseChange& change,
                           const QFont& font, const QColor& colour)
{
    auto* label = new QGraphicsSimpleTextItem(&chart);
    label->setFont(font);
    label->setBrush(colour);
    label->setZValue(100);
    const QString from = milligramFigure(change.from);
    const QString to = milligramFigure(change.to);
    m_changes.push_back({QDateTime(change.date, QTime(0, 0)), from, to,
                         QStringLiteral("%1\u2192%2 mg").arg(from, to), line, label});
}

void DoseChangeLabels::clear()
{
    for (Change& change : m_changes) {
        delete change.label;
    }
    m_changes.clear();
}

void DoseChangeLabels::place(QChart& chart)
{
    const QRectF plotArea = chart.plotArea();
    std::vector<qreal> xs;
    for (const Change& change : m_changes) {
        xs.push_back(
            chart.mapToPosition(QPointF(static_cast<qreal>(change.at.toMSecsSinceEpoch()), 0.0), change.line)
                .x());
        change.label->setVisible(false);
    }
    if (m_changes.empty()) {
        return;
    }
    const QFontMetricsF metrics(m_changes.front().label->font());
    qreal occupiedUntil = plotArea.left();
    std::size_t first = 0;
    while (first < m_changes.size()) {
        std::size_t last = first;
        while (last + 1 < m_changes.size() &&
               xs[last + 1] - xs[last] < metrics.horizontalAdvance(m_changes[last].text) + 8.0) {
            ++last;
        }
        QString text = m_changes[first].from;
        if (last - first + 1 > 3) {
            text += QStringLiteral("\u2192\u2026\u2192%1 mg (%2)")
                        .arg(m_changes[last].to, tr("%1 changes").arg(last - first + 1));
        } else {
            for (std::size_t i = first; i <= last; ++i) {
                text += QStringLiteral("\u2192") + m_changes[i].to;
            }
            text += QStringLiteral(" mg");
        }
        QGraphicsSimpleTextItem* label = m_changes[last].label;
        label->setText(text);
        const qreal width = label->boundingRect().width();
        qreal x = xs[last] + 3.0;
        if (x + width > plotArea.right()) {
            x = xs[first] - 3.0 - width; // at the right edge, the label goes left of its lines
        }
        const bool inView = xs[last] >= plotArea.left() && xs[first] <= plotArea.right();
        if (inView && x >= occupiedUntil && x + width <= plotArea.right()) {
            label->setPos(x, plotArea.top() + 1.0);
            label->setVisible(true);
            occupiedUntil = x + width + 4.0;
        }
        first = last + 1;
    }
}

} // namespace ldn
