#include "gui/quicklog/QuickLogLauncher.h"

#include "gui/quicklog/QuickLogWindow.h"
#include "services/DiarySession.h"
#include "services/ProblemText.h"

#include <QAction>
#include <QDateTime>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace ldn {
namespace {

constexpr int kSavedMessageMs = 8000;

} // namespace

QuickLogLauncher::QuickLogLauncher(DiarySession& session, QWidget& window, QMenu* menu,
                                   ActiveProfile activeProfile)
    : QObject(&window)
    , m_session(session)
    , m_window(window)
    , m_activeProfile(std::move(activeProfile))
    , m_action(new QAction(tr("&Quick log…"), this))
{
    m_action->setObjectName(QStringLiteral("actionQuickLog"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setStatusTip(tr("Log tonight's dose and a few scores in a small window"));
    if (menu != nullptr) {
        menu->addAction(m_action);
    }
    window.addAction(m_action);
    connect(m_action, &QAction::triggered, this, &QuickLogLauncher::openForActive);
}

void QuickLogLauncher::openForActive()
{
    if (const std::optional<std::int64_t> profileId = m_activeProfile ? m_activeProfile() : std::nullopt) {
        open(*profileId);
    }
}

QuickLogWindow* QuickLogLauncher::open(std::int64_t profileId, QDate day)
{
    if (m_session.isReadOnly()) {
        return nullptr;
    }
    if (!day.isValid()) {
        day = QuickLogDay::dayAt(QDateTime::currentDateTime());
    }
    if (m_open && (m_open->profileId() != profileId || m_open->day() != day)) {
        m_open->close();
        m_open->deleteLater();
        m_open.clear();
    }
    if (!m_open) {
        try {
            m_open = new QuickLogWindow(m_session, profileId, day, &m_window);
        } catch (const std::exception& error) {
            QMessageBox::warning(&m_window, tr("Quick log"),
                                 tr("The quick log cannot open: %1").arg(ProblemText::of(error)));
            return nullptr;
        }
        m_open->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_open, &QuickLogWindow::saved, this,
                [this](std::int64_t savedProfile, const QDate& savedDay, const QString& summary) {
                    if (auto* main = qobject_cast<QMainWindow*>(&m_window)) {
                        main->statusBar()->showMessage(summary, kSavedMessageMs);
                    }
                    Q_EMIT saved(savedProfile, savedDay);
                });
    }
    m_open->show();
    m_open->raise();
    m_open->activateWindow();
    return m_open;
}

} // namespace ldn
