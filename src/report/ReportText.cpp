#include "report/ReportText.h"

#include <QImage>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace ldn {
namespace {

constexpr double kPointsPerInch = 72.0;
constexpr double kInchesPerMeter = 1.0 / 0.0254;

} // namespace

const QPaintDevice* ReportText::measuringDevice()
{
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        const int dotsPerMeter = static_cast<int>(std::lround(kPointsPerInch * kInchesPerMeter));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

QFont ReportText::font(const TextStyle& style, const QPaintDevice* device)
{
    // DejaVu Sans ships with nearly every Linux and has the arrows and dashes the report uses; the
    // others are its stand-ins elsewhere.
    QFont font;
    font.setFamilies(
        {QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    font.setHintingPreference(QFont::PreferNoHinting);
    // Without shaping, Latin text gets no ligatures: "effects" stays six letters that pdftotext and
    // a search in a PDF reader find, instead of "e\uFB00ects".
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setBold(style.bold);
    font.setItalic(style.italic);
    const double dpi = device ? device->logicalDpiY() : kPointsPerInch;
    font.setPointSizeF(style.points * kPointsPerInch / (dpi > 0 ? dpi : kPointsPerInch));
    return font;
}

QFontMetricsF ReportText::metrics(const TextStyle& style)
{
    const QPaintDevice* device = measuringDevice();
    return QFontMetricsF(font(style, device), device);
}

double ReportText::width(const QString& text, const TextStyle& style)
{
    return metrics(style).horizontalAdvance(text);
}

double ReportText::lineHeight(const TextStyle& style)
{
    return metrics(style).lineSpacing();
}

QStringList ReportText::wrap(const QString& text, const TextStyle& style, double width)
{
    QStringList lines;
    const QPaintDevice* device = measuringDevice();
    const QFont measuringFont = font(style, device);
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        if (paragraph.trimmed().isEmpty()) {
            lines << QString();
            continue;
        }
        QTextLayout layout(paragraph, measuringFont, const_cast<QPaintDevice*>(device));
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines;
}

void ReportText::draw(QPainter& painter, const QPointF& topLeft, const QString& line, const TextStyle& style)
{
    painter.setFont(font(style, painter.device()));
    painter.setPen(style.colour);
    painter.drawText(QPointF(topLeft.x(), topLeft.y() + metrics(style).ascent()), line);
}

void ReportText::drawRightAligned(QPainter& painter, const QPointF& topRight, const QString& line,
                                  const TextStyle& style)
{
    draw(painter, QPointF(topRight.x() - width(line, style), topRight.y()), line, style);
}

double ReportText::drawLines(QPainter& painter, const QPointF& topLeft, const QStringList& lines,
                             const TextStyle& style)
{
    const double height = lineHeight(style);
    double y = topLeft.y();
    for (const QString& line : lines) {
        draw(painter, QPointF(topLeft.x(), y), line, style);
        y += height;
    }
    return y - topLeft.y();
}

} // namespace ldn
