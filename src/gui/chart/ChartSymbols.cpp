#include "gui/chart/ChartSymbols.h"

#include "presentation/ChartStyle.h"

#include <QPainter>
#include <QPixmap>

namespace ldn {

QImage ChartSymbols::cross(const QColor& colour, int size)
{
    QImage image(size * 4, size * 4, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, size * 0.75, Qt::SolidLine, Qt::RoundCap));
    const double margin = size * 0.6;
    const double far = size * 4 - margin;
    painter.drawLine(QPointF(margin, margin), QPointF(far, far));
    painter.drawLine(QPointF(margin, far), QPointF(far, margin));
    return image;
}

QIcon ChartSymbols::symptomSample(std::size_t index)
{
    const ChartStyle::SymptomStyle style = ChartStyle::symptom(index);
    constexpr int kWidth = 34;
    constexpr int kHeight = 16;
    QPixmap pixmap(kWidth * 2, kHeight * 2);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(style.colour, 2.4);
    pen.setCapStyle(Qt::FlatCap);
    if (!style.dashes.isEmpty()) {
        pen.setDashPattern(style.dashes);
    }
    painter.setPen(pen);
    painter.drawLine(QPointF(1, kHeight / 2.0), QPointF(kWidth - 1, kHeight / 2.0));
    QColor light = style.colour;
    light.setAlphaF(0.45);
    painter.setPen(QPen(style.colour, 1.0));
    painter.setBrush(light);
    painter.drawPolygon(
        ChartStyle::markerOutline(style.shape, QRectF(kWidth / 2.0 - 4.5, kHeight / 2.0 - 4.5, 9, 9)));
    painter.end();
    return QIcon(pixmap);
}

} // namespace ldn
