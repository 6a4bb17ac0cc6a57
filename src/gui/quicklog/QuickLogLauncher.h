#pragma once

#include "gui/quicklog/QuickLogWindow.h"

#include <QDate>
#include <QObject>
#include <QPointer>

#include <cstdint>
#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace ldn {

class DiarySession;

// Opens the quick log: from the main window's Profile menu (Ctrl+Shift+L, for the person shown)
// and from the tray's "Log now" (for the person reminded). One quick log at a time: asking again
// brings the open one forward, or replaces it when it is for someone else.
class QuickLogLauncher : public QObject {
    Q_OBJECT

public:
    using ActiveProfile = std::function<std::optional<std::int64_t>()>;

    // `window`: the main window (parent of the quick log, whose status bar says what was saved);
    // the action "Quick log..." is added to `menu`.
    QuickLogLauncher(DiarySession& session, QWidget& window, QMenu* menu, ActiveProfile activeProfile);

    QAction* action() const { return m_action; }
    // The quick log shown now, if any.
    QuickLogWindow* openWindow() const { return m_open; }

    // Opens the quick log for `profileId`'s `day` (invalid: tonight's, QuickLogDay::dayAt).
    QuickLogWindow* open(std::int64_t profileId, QDate day = {});
    // For the person the main window shows.
    void openForActive();

Q_SIGNALS:
    void saved(std::int64_t profileId, const QDate& day);

private:
    DiarySession& m_session;
    QWidget& m_window;
    ActiveProfile m_activeProfile;
    QAction* m_action;
    QPointer<QuickLogWindow> m_open;
};

} // namespace ldn
