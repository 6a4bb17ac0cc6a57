#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPointF>
#include <QString>
#include <QStringList>

class QPainter;
class QPaintDevice;

namespace ldn {

// How a piece of report text looks, in points.
struct TextStyle {
    double points = 9.0;
    bool bold = false;
    bool italic = false;
    QColor colour = Qt::black;
};

// Text for report pages, measured once and drawn the same on a PDF, a printer or a preview image.
// Pages are laid out in points; painters are scaled from points to the device's resolution, so
// fonts are sized to cancel that scaling. Lines are wrapped here, with one fixed measuring device,
// and drawn one by one, so a page never re-wraps differently on another device.
class ReportText {
public:
    static QFont font(const TextStyle& style, const QPaintDevice* device);
    static QFontMetricsF metrics(const TextStyle& style);
    static double width(const QString& text, const TextStyle& style);
    static double lineHeight(const TextStyle& style);
    // Splits `text` into lines no wider than `width`; a line break in `text` starts a new line.
    static QStringList wrap(const QString& text, const TextStyle& style, double width);
    // Draws one line with its top-left corner at `topLeft`.
    static void draw(QPainter& painter, const QPointF& topLeft, const QString& line, const TextStyle& style);
    // Draws one line ending at `topRight.x()`.
    static void drawRightAligned(QPainter& painter, const QPointF& topRight, const QString& line,
                                 const TextStyle& style);
    // Draws wrapped lines from `topLeft`; returns the height used.
    static double drawLines(QPainter& painter, const QPointF& topLeft, const QStringList& lines,
                            const TextStyle& style);

    // The 72-dpi device every layout is measured on.
    static const QPaintDevice* measuringDevice();
};

} // namespace ldn
