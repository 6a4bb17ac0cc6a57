#include "gui/profiles/ProfileColourBox.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>

namespace ldn {
namespace {

QIcon swatch(const QString& colour)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    if (!colour.isEmpty()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0, 0, 0, 90), 2));
        painter.setBrush(QColor(colour));
        painter.drawRoundedRect(QRectF(3, 3, 26, 26), 5, 5);
    }
    return QIcon(pixmap);
}

} // namespace

ProfileColourBox::ProfileColourBox(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("profileColourBox"));
    addItem(tr("No colour"), QString());
    // Mid-tone colours: each stays visible as a stripe on a white and on a dark grey window, and
    // the names say which is which for anyone who does not tell the colours apart.
    addColour(tr("Blue"), QStringLiteral("#2a7ab0"));
    addColour(tr("Green"), QStringLiteral("#3a8f3a"));
    addColour(tr("Orange"), QStringLiteral("#d9822b"));
    addColour(tr("Purple"), QStringLiteral("#8a5cb8"));
    addColour(tr("Red"), QStringLiteral("#c0392b"));
    addColour(tr("Teal"), QStringLiteral("#1f9e96"));
    addColour(tr("Pink"), QStringLiteral("#d0558f"));
    addColour(tr("Grey"), QStringLiteral("#7f8c8d"));
}

void ProfileColourBox::addColour(const QString& name, const QString& colour)
{
    addItem(swatch(colour), name, colour);
}

QString ProfileColourBox::colour() const
{
    return currentData().toString();
}

void ProfileColourBox::setColour(const QString& colour)
{
    const QString wanted = QColor::isValidColorName(colour) ? QColor(colour).name() : QString();
    int index = findData(wanted);
    if (index < 0) {
        // The list is built once per form, so at most one own colour is ever added.
        addColour(tr("Your own colour (%1)").arg(wanted), wanted);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

} // namespace ldn
