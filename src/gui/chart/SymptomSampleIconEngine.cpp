#include "gui/chart/SymptomSampleIconEngine.h"

#include "gui/common/MessageStyle.h"
#include "presentation/ChartStyle.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>

namespace ldn {

SymptomSampleIconEngine::SymptomSampleIconEngine(std::size_t symptomIndex)
    : m_index(symptomIndex)
{}

void SymptomSampleIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State)
{
    const ChartStyle::Theme theme =
        MessageStyle::isDark(QGuiApplication::palette()) ? ChartStyle::Theme::Dark : ChartStyle::Theme::Light;
    const ChartStyle::SymptomStyle style = ChartStyle::symptom(m_index, theme);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (mode == QIcon::Disabled) {
        painter->setOpacity(0.4);
    }
    QPen pen(style.colour, 2.4);
    pen.setCapStyle(Qt::FlatCap);
    if (!style.dashes.isEmpty()) {
        pen.setDashPattern(style.dashes);
    }
    painter->setPen(pen);
    const QRectF box(rect);
    const qreal middle = box.center().y();
    painter->drawLine(QPointF(box.left() + 1, middle), QPointF(box.right() - 1, middle));
    QColor light = style.colour;
    light.setAlphaF(0.45);
    painter->setPen(QPen(style.colour, 1.0));
    painter->setBrush(light);
    const qreal marker = std::min<qreal>(9.0, box.height() - 2.0);
    painter->drawPolygon(ChartStyle::markerOutline(
        style.shape, QRectF(box.center().x() - marker / 2.0, middle - marker / 2.0, marker, marker)));
    painter->restore();
}

QPixmap SymptomSampleIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QIconEngine* SymptomSampleIconEngine::clone() const
{
    return new SymptomSampleIconEngine(m_index);
}

QString SymptomSampleIconEngine::key() const
{
    return QStringLiteral("SymptomSampleIconEngine");
}

} // namespace ldn
