#include "gui/reminders/ReminderTray.h"

#include "gui/quicklog/QuickLogLauncher.h"
#include "gui/reminders/ReminderDialog.h"
#include "services/AppSettings.h"
#include "services/AutostartEntry.h"
#include "services/DiarySession.h"
#include "services/SettingKeys.h"
#include "storage/db/StorageError.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMainWindow>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

namespace ldn {
namespace {

// How often the clock is looked at: often enough to ring within the minute, and to notice a
// computer that slept through the time or a clock that was changed.
constexpr int kCheckIntervalMs = 30 * 1000;
constexpr int kNotificationMs = 60 * 1000;

} // namespace

ReminderTray::ReminderTray(DiarySession& session, AppSettings& settings, QMainWindow& window,
                           QuickLogLauncher& quickLog, QMenu* menu)
    : QObject(&window)
    , m_session(session)
    , m_settings(settings)
    , m_window(window)
    , m_quickLog(quickLog)
    , m_timer(new QTimer(this))
    , m_settingsAction(new QAction(tr("&Reminders…"), this))
{
    m_settingsAction->setObjectName(QStringLiteral("actionReminders"));
    m_settingsAction->setStatusTip(tr("A nightly reminder to log the day, for each person"));
    if (menu != nullptr) {
        menu->addAction(m_settingsAction);
    }
    connect(m_settingsAction, &QAction::triggered, this, &ReminderTray::editReminders);
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { check(QDateTime::currentDateTime()); });
    connect(&m_session, &DiarySession::changed, this, [this](const DiaryChange& change) {
        if (change.subjects & DiaryChange::Subject::Profiles) {
            reload();
        }
    });
    // File > Quit quits, even while the window would otherwise go to the tray.
    if (auto* quitAction = window.findChild<QAction*>(QStringLiteral("actionQuit"))) {
        QObject::disconnect(quitAction, &QAction::triggered, &window, nullptr);
        connect(quitAction, &QAction::triggered, this, &ReminderTray::quit);
    }
    window.installEventFilter(this);
    reload();
}

ReminderTray::~ReminderTray() = default;

bool ReminderTray::trayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QString ReminderTray::unavailableText()
{
    return trayAvailable() ? QString()
                           : tr("Reminders cannot work here: this desktop has no system tray (notification "
                                "area) for LDN Tracker to wait in and remind you from.");
}

bool ReminderTray::keepsRunningInTray() const
{
    return m_tray != nullptr && remindersOn();
}

QString ReminderTray::reminderTitle(const QString& name)
{
    return tr("Time to log %1's day").arg(name);
}

void ReminderTray::reload()
{
    std::vector<ReminderSchedule::Reminder> reminders;
    try {
        for (const auto& [profileId, at] : m_session.profiles().reminderTimes()) {
            reminders.push_back({profileId, at});
        }
    } catch (const StorageError&) {
        return; // the window reports read errors; the reminders stay as they were
    }
    const QDateTime now = QDateTime::currentDateTime();
    std::vector<ReminderSchedule::Reminder> before = m_schedule.reminders();
    m_schedule.setReminders(reminders);
    for (const ReminderSchedule::Reminder& reminder : reminders) {
        const bool unchanged = std::any_of(before.begin(), before.end(), [&reminder](const auto& old) {
            return old.profileId == reminder.profileId && old.at == reminder.at;
        });
        if (!unchanged) {
            // A reminder switched on or moved at 22:10 for 22:00 does not ring at once.
            m_schedule.startAfter(reminder.profileId, now);
        }
    }
    if (m_last && !std::any_of(reminders.begin(), reminders.end(), [this](const auto& reminder) {
            return reminder.profileId == m_last->profileId;
        })) {
        m_last.reset();
    }
    if (remindersOn() && trayAvailable()) {
        buildTray();
        m_tray->show();
        m_timer->start();
    } else {
        if (m_tray != nullptr) {
            m_tray->hide();
        }
        m_timer->stop();
    }
    QApplication::setQuitOnLastWindowClosed(!keepsRunningInTray());
    syncAutostart();
    if (m_snoozeAction != nullptr) {
        m_snoozeAction->setEnabled(m_last.has_value());
    }
}

void ReminderTray::buildTray()
{
    if (m_tray != nullptr) {
        return;
    }
    m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
    m_tray->setToolTip(tr("LDN Tracker: nightly reminders"));
    m_trayMenu = new QMenu();
    m_logNowAction = m_trayMenu->addAction(tr("&Log now"), this, &ReminderTray::logNow);
    m_snoozeAction =
        m_trayMenu->addAction(tr("&Snooze %n minutes", nullptr, ReminderSchedule::kSnoozeMinutes), this,
                              [this] { snooze(QDateTime::currentDateTime()); });
    m_snoozeAction->setEnabled(false);
    m_trayMenu->addSeparator();
    m_trayMenu->addAction(tr("&Open LDN Tracker"), this, [this] {
        m_window.showNormal();
        m_window.raise();
        m_window.activateWindow();
    });
    m_trayMenu->addAction(m_settingsAction);
    m_trayMenu->addSeparator();
    m_trayMenu->addAction(tr("&Quit LDN Tracker"), this, &ReminderTray::quit);
    m_tray->setContextMenu(m_trayMenu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReminderTray::logNow);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger && m_last) {
            logNow();
        }
    });
    connect(this, &QObject::destroyed, m_trayMenu, &QObject::deleteLater);
}

void ReminderTray::syncAutostart()
{
    // Without a tray (a screenshot offscreen, a session without a notification area) the entry is
    // left as it is: it belongs to the desktop sessions that have one.
    if (!trayAvailable()) {
        return;
    }
    const bool wanted = keepsRunningInTray();
    try {
        AutostartEntry(AutostartEntry::defaultFolder(), QStringLiteral(LDN_APP_ID))
            .sync(wanted, {QCoreApplication::applicationFilePath(), QStringLiteral("--tray")});
    } catch (const StorageError& error) {
        if (m_tray != nullptr) {
            m_tray->showMessage(tr("LDN Tracker"),
                                tr("LDN Tracker cannot start itself at login: %1").arg(error.message()),
                                QSystemTrayIcon::Warning, kNotificationMs);
        }
    }
}

bool ReminderTray::isLogged(std::int64_t profileId, const QDate& day) const
{
    try {
        return !m_session.diary().entries(profileId, day, day).empty();
    } catch (const StorageError&) {
        return false; // better a reminder too many than none
    }
}

QString ReminderTray::profileName(std::int64_t profileId) const
{
    try {
        if (const std::optional<Profile> profile = m_session.profiles().find(profileId)) {
            return profile->name;
        }
    } catch (const StorageError&) {
    }
    return QString();
}

std::vector<ReminderSchedule::Due> ReminderTray::check(const QDateTime& now)
{
    const std::vector<ReminderSchedule::Due> due = m_schedule.takeDue(
        now, [this](std::int64_t profileId, const QDate& day) { return isLogged(profileId, day); });
    for (const ReminderSchedule::Due& reminder : due) {
        m_last = reminder;
        if (m_tray != nullptr) {
            m_tray->showMessage(reminderTitle(profileName(reminder.profileId)),
                                tr("Tonight's dose and a few scores take a few seconds. Click here to log "
                                   "now, or snooze it from the tray menu."),
                                QSystemTrayIcon::Information, kNotificationMs);
        }
        Q_EMIT reminded(reminder.profileId, reminder.day);
    }
    if (m_snoozeAction != nullptr) {
        m_snoozeAction->setEnabled(m_last.has_value());
    }
    return due;
}

void ReminderTray::snooze(const QDateTime& now)
{
    if (m_last) {
        m_schedule.snooze(m_last->profileId, now);
    }
}

void ReminderTray::logNow()
{
    if (m_last) {
        m_quickLog.open(m_last->profileId, m_last->day);
    } else {
        m_quickLog.openForActive();
    }
}

void ReminderTray::editReminders()
{
    ReminderDialog dialog(m_session, &m_window);
    dialog.exec();
}

void ReminderTray::quit()
{
    m_quitting = true;
    const bool inTray = keepsRunningInTray();
    m_window.close();
    if (inTray) {
        QApplication::quit(); // the window was not the last one keeping the app running
    }
}

bool ReminderTray::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_window && event->type() == QEvent::Close && !m_quitting && keepsRunningInTray()) {
        event->ignore();
        m_window.hide();
        if (!m_settings.value(SettingKeys::trayNoticeShown)) {
            m_tray->showMessage(tr("LDN Tracker is still running"),
                                tr("It waits in the tray to remind you at night. To quit it, choose Quit "
                                   "LDN Tracker from the tray icon's menu."),
                                QSystemTrayIcon::Information, kNotificationMs);
            m_settings.setValue(SettingKeys::trayNoticeShown, true);
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ldn
