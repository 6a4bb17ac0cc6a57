#include "gui/common/MessageStyle.h"

#include "gui/common/PaletteFollower.h"

#include <QLabel>

namespace ldn {

QColor MessageStyle::errorColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB0, 0x00, 0x20);
}

QColor MessageStyle::warningColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xFF, 0xB0, 0x66) : QColor(0xA8, 0x3A, 0x00);
}

QColor MessageStyle::mutedColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xA8, 0xA8, 0xA8) : QColor(0x6B, 0x6B, 0x6B);
}

QColor MessageStyle::colour(Tone tone, const QPalette& palette)
{
    switch (tone) {
    case Tone::Error:
        return errorColour(palette);
    case Tone::Warning:
        return warningColour(palette);
    case Tone::Muted:
        break;
    }
    return mutedColour(palette);
}

void MessageStyle::setTextTone(QWidget* widget, Tone tone)
{
    PaletteFollower::follow(widget, [widget, tone] {
        QPalette colours = widget->palette();
        const QColor wanted = colour(tone, colours);
        colours.setColor(QPalette::WindowText, wanted);
        colours.setColor(QPalette::Text, wanted);
        widget->setPalette(colours);
    });
}

void MessageStyle::prepareErrorLine(QLabel* label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    setTextTone(label, Tone::Error);
    label->setVisible(false);
}

} // namespace ldn
