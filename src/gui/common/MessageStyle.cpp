#include "gui/common/MessageStyle.h"

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

void MessageStyle::prepareErrorLine(QLabel* label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette colours = label->palette();
    colours.setColor(QPalette::WindowText, errorColour(colours));
    label->setPalette(colours);
    label->setVisible(false);
}

} // namespace ldn
