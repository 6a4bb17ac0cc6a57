#include "gui/common/ScoreDirectionCue.h"

#include "gui/common/MessageStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace ldn {
namespace {

QColor faceColour(bool higherIsBetter, const QPalette& palette)
{
    // Okabe & Ito's bluish green and vermilion, lightened on dark windows.
    if (MessageStyle::isDark(palette)) {
        return higherIsBetter ? QColor(0x3D, 0xC4, 0x9A) : QColor(0xF0, 0x8A, 0x4B);
    }
    return higherIsBetter ? QColor(0x00, 0x7A, 0x5A) : QColor(0xB8, 0x4A, 0x00);
}

} // namespace

QString ScoreDirectionCue::text(bool higherIsBetter)
{
    return higherIsBetter ? tr("higher is better") : tr("higher is worse");
}

QString ScoreDirectionCue::description(bool higherIsBetter)
{
    return higherIsBetter ? tr("0 to 10, higher is better: 10 is the best it can be.")
                          : tr("0 to 10, higher is worse: 10 is the worst it can be.");
}

QPixmap ScoreDirectionCue::icon(bool higherIsBetter, const QPalette& palette, int height, qreal pixelRatio)
{
    const qreal h = height;
    const qreal w = h * 1.75;
    QPixmap pixmap(QSizeF(w * pixelRatio, h * pixelRatio).toSize());
    pixmap.setDevicePixelRatio(pixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);

    // An arrow pointing up ("higher"), in the face's colour so the two read as one sign.
    const QColor colour = faceColour(higherIsBetter, palette);
    const qreal stroke = std::max<qreal>(1.5, h / 9.0);
    painter.setPen(QPen(colour, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const qreal arrowX = h * 0.28;
    painter.drawLine(QPointF(arrowX, h * 0.88), QPointF(arrowX, h * 0.14));
    painter.drawLine(QPointF(arrowX, h * 0.12), QPointF(arrowX - h * 0.2, h * 0.34));
    painter.drawLine(QPointF(arrowX, h * 0.12), QPointF(arrowX + h * 0.2, h * 0.34));

    // The face: smiling for better, frowning for worse.
    const qreal radius = h * 0.42;
    const QPointF centre(w - radius - stroke, h / 2.0);
    painter.setPen(QPen(colour, stroke));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, radius, radius);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const qreal eye = std::max<qreal>(1.0, h / 14.0);
    painter.drawEllipse(centre + QPointF(-radius * 0.38, -radius * 0.3), eye, eye);
    painter.drawEllipse(centre + QPointF(radius * 0.38, -radius * 0.3), eye, eye);
    QPainterPath mouth;
    const qreal mouthY = higherIsBetter ? centre.y() + radius * 0.2 : centre.y() + radius * 0.5;
    const qreal bend = higherIsBetter ? radius * 0.45 : -radius * 0.4;
    mouth.moveTo(centre.x() - radius * 0.5, mouthY);
    mouth.quadTo(QPointF(centre.x(), mouthY + bend), QPointF(centre.x() + radius * 0.5, mouthY));
    painter.setPen(QPen(colour, stroke, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(mouth);
    return pixmap;
}

QWidget* ScoreDirectionCue::makeLabel(bool higherIsBetter, QWidget* parent)
{
    auto* cue = new QWidget(parent);
    cue->setObjectName(higherIsBetter ? QStringLiteral("higherIsBetterCue")
                                      : QStringLiteral("higherIsWorseCue"));
    auto* layout = new QHBoxLayout(cue);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* icon = new QLabel(cue);
    const int height = cue->fontMetrics().height();
    icon->setPixmap(
        ScoreDirectionCue::icon(higherIsBetter, cue->palette(), height, cue->devicePixelRatioF()));
    auto* words = new QLabel(text(higherIsBetter), cue);
    words->setTextFormat(Qt::PlainText);
    layout->addWidget(icon);
    layout->addWidget(words);
    cue->setAccessibleName(text(higherIsBetter));
    return cue;
}

} // namespace ldn
