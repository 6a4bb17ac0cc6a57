#include "gui/notes/NoteMarker.h"

#include "gui/notes/NoteMarkerIconEngine.h"
#include "presentation/ChartStyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace ldn {

QColor NoteMarker::colour(ChartStyle::Theme theme)
{
    return ChartStyle::noteColour(theme);
}

QImage NoteMarker::image(int size, bool carer, ChartStyle::Theme theme)
{
    const QColor ink = colour(theme);
    const QColor paper = ChartStyle::hollowFillColour(theme);
    const int side = size * 4;
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double pen = side * 0.09;
    const double margin = pen;
    // The bubble fills the upper three quarters; its tail points down to the day.
    const QRectF body(margin, margin, side - 2 * margin, side * 0.68);
    QPainterPath path;
    path.addRoundedRect(body, side * 0.16, side * 0.16);
    QPainterPath tail;
    tail.moveTo(side * 0.28, body.bottom() - pen);
    tail.lineTo(side * 0.30, side - margin);
    tail.lineTo(side * 0.56, body.bottom() - pen);
    tail.closeSubpath();
    path = path.united(tail);
    painter.setPen(QPen(ink, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(carer ? QBrush(ink) : QBrush(paper));
    painter.drawPath(path);
    // Two lines of "writing" inside, so the bubble reads as a note even without colour.
    painter.setPen(QPen(carer ? paper : ink, pen * 0.8, Qt::SolidLine, Qt::RoundCap));
    const double left = body.left() + side * 0.2;
    const double right = body.right() - side * 0.2;
    painter.drawLine(QPointF(left, body.top() + body.height() * 0.36),
                     QPointF(right, body.top() + body.height() * 0.36));
    painter.drawLine(QPointF(left, body.top() + body.height() * 0.66),
                     QPointF(right - side * 0.14, body.top() + body.height() * 0.66));
    return image;
}

QIcon NoteMarker::icon(bool carer)
{
    return QIcon(new NoteMarkerIconEngine(carer));
}

} // namespace ldn
