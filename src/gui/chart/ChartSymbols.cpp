#include "gui/chart/ChartSymbols.h"

#include "gui/chart/SymptomSampleIconEngine.h"

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
    return QIcon(new SymptomSampleIconEngine(index));
}

} // namespace ldn
