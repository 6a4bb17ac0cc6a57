#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace ldn {

// Keeps a widget's own colours (a stylesheet, a tinted label, HTML written with the palette's
// colours) in step with the application's palette: `apply` runs at once and again after every
// change of the palette, when a theme is chosen in the View menu or the desktop switches between
// light and dark. It runs after the widget has taken the new palette, so it can read palette().
class PaletteFollower : public QObject {
    Q_OBJECT

public:
    // The follower belongs to `widget` and ends with it.
    static void follow(QWidget* widget, std::function<void()> apply);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    PaletteFollower(QWidget* widget, std::function<void()> apply);
    void reapply();

    std::function<void()> m_apply;
    qint64 m_appliedFor = 0; // the application palette's cache key when `apply` last ran
    bool m_pending = false;
};

} // namespace ldn
