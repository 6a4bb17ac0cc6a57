#include "gui/notes/NoteMarkerIconEngine.h"

#include "gui/common/MessageStyle.h"
#include "gui/notes/NoteMarker.h"

#include <QGuiApplication>
#include <QPainter>

#include <algorithm>

namespace ldn {

NoteMarkerIconEngine::NoteMarkerIconEngine(bool carer)
    : m_carer(carer)
{}

void NoteMarkerIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state)
{
    const QPixmap rendered = pixmap(rect.size(), mode, state);
    // Centred in the rectangle, as QIcon centres a pixmap that is smaller than the space it gets.
    const QPoint corner(rect.x() + (rect.width() - rendered.width()) / 2,
                        rect.y() + (rect.height() - rendered.height()) / 2);
    painter->drawPixmap(corner, rendered);
}

QPixmap NoteMarkerIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State)
{
    const int side = std::max(1, std::min(size.width(), size.height()));
    // The colours of the palette in use now, so the icon turns with the theme.
    const bool dark = MessageStyle::isDark(QGuiApplication::palette());
    const quint64 key =
        (static_cast<quint64>(side) << 9) | (static_cast<quint64>(dark) << 8) | static_cast<quint64>(mode);
    const auto found = m_rendered.constFind(key);
    if (found != m_rendered.constEnd()) {
        return *found;
    }
    QImage image = NoteMarker::image(side, m_carer, dark ? ChartStyle::Theme::Dark : ChartStyle::Theme::Light)
                       .scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (mode == QIcon::Disabled) {
        // Faded rather than grey, so a disabled button still shows which kind of note it is.
        QImage faded(image.size(), QImage::Format_ARGB32_Premultiplied);
        faded.fill(Qt::transparent);
        QPainter painter(&faded);
        painter.setOpacity(0.4);
        painter.drawImage(0, 0, image);
        painter.end();
        image = faded;
    }
    const QPixmap rendered = QPixmap::fromImage(image);
    m_rendered.insert(key, rendered);
    return rendered;
}

QIconEngine* NoteMarkerIconEngine::clone() const
{
    return new NoteMarkerIconEngine(m_carer);
}

QString NoteMarkerIconEngine::key() const
{
    return QStringLiteral("NoteMarkerIconEngine");
}

} // namespace ldn
