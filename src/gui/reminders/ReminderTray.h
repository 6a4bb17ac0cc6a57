#pragma once

#include "services/ReminderSchedule.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <cstdint>
#include <optional>
#include <vector>

class QAction;
class QMainWindow;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace ldn {

class AppSettings;
class DiarySession;
class QuickLogLauncher;

// The nightly reminders in the system tray: a notification at each person's chosen time (never
// for a day already logged) that opens the quick log when clicked, with "Log now" and "Snooze"
// in the tray's menu. While a reminder is on, closing the window leaves the app in the tray (said
// the first time) and an XDG autostart entry starts it in the tray at login; with none on, the
// app behaves as before and the entry is removed. When this desktop has no tray, reminders
// cannot ring, and the Reminders dialog says so. When reminders are due is ReminderSchedule's
// business; this class joins it to the clock, the diary and the tray.
class ReminderTray : public QObject {
    Q_OBJECT

public:
    ReminderTray(DiarySession& session, AppSettings& settings, QMainWindow& window,
                 QuickLogLauncher& quickLog, QMenu* menu);
    ~ReminderTray() override;

    static bool trayAvailable();
    // "Reminders cannot work here: ..." when there is no tray, else empty.
    static QString unavailableText();

    bool remindersOn() const { return !m_schedule.isEmpty(); }
    // Whether closing the window keeps the app in the tray.
    bool keepsRunningInTray() const;
    QAction* settingsAction() const { return m_settingsAction; }

    // Shows the reminders due at `now` (the timer calls it with the clock) and returns them.
    std::vector<ReminderSchedule::Due> check(const QDateTime& now);
    // The last reminder again in ReminderSchedule::kSnoozeMinutes.
    void snooze(const QDateTime& now);
    // Opens the quick log for the person and day of the last reminder.
    void logNow();
    // The reminder shown last, if any.
    const std::optional<ReminderSchedule::Due>& lastReminder() const { return m_last; }
    // The words of a reminder: "Time to log Sam's day".
    static QString reminderTitle(const QString& name);

    // Reads the people's reminder times again (after a change of profiles) and acts on the change.
    void reload();
    // Opens the Reminders dialog.
    void editReminders();

Q_SIGNALS:
    void reminded(std::int64_t profileId, const QDate& day);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildTray();
    void syncAutostart();
    bool isLogged(std::int64_t profileId, const QDate& day) const;
    QString profileName(std::int64_t profileId) const;
    void quit();

    DiarySession& m_session;
    AppSettings& m_settings;
    QMainWindow& m_window;
    QuickLogLauncher& m_quickLog;
    ReminderSchedule m_schedule;
    QTimer* m_timer;
    QAction* m_settingsAction;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_trayMenu = nullptr;
    QAction* m_logNowAction = nullptr;
    QAction* m_snoozeAction = nullptr;
    std::optional<ReminderSchedule::Due> m_last;
    bool m_quitting = false;
};

} // namespace ldn
