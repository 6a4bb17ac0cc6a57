#include "gui/common/PaletteFollower.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace ldn {

void PaletteFollower::follow(QWidget* widget, std::function<void()> apply)
{
    auto* follower = new PaletteFollower(widget, std::move(apply));
    follower->m_appliedFor = QApplication::palette().cacheKey();
    follower->m_apply();
}

PaletteFollower::PaletteFollower(QWidget* widget, std::function<void()> apply)
    : QObject(widget)
    , m_apply(std::move(apply))
{
    widget->installEventFilter(this);
}

bool PaletteFollower::eventFilter(QObject* watched, QEvent* event)
{
    // A window is told that the application's palette changed, the widgets in it that their own
    // palette did. Filters see the event before the widget takes the new palette, so the colours
    // are worked out once the event loop is back; one queued call serves a burst of events.
    const QEvent::Type type = event->type();
    if ((type == QEvent::PaletteChange || type == QEvent::ApplicationPaletteChange) && !m_pending) {
        m_pending = true;
        QTimer::singleShot(0, this, &PaletteFollower::reapply);
    }
    return QObject::eventFilter(watched, event);
}

void PaletteFollower::reapply()
{
    m_pending = false;
    // Only a new application palette counts: the widget's own palette or style sheet, set by
    // `apply` itself, changes its palette too and must not start another round.
    const qint64 key = QApplication::palette().cacheKey();
    if (key == m_appliedFor) {
        return;
    }
    m_appliedFor = key;
    m_apply();
}

} // namespace ldn
