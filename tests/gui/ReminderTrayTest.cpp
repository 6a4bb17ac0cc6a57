#include "gui/reminders/ReminderTray.h"

#include "gui/quicklog/QuickLogLauncher.h"
#include "gui/quicklog/QuickLogWindow.h"
#include "gui/reminders/ReminderDialog.h"
#include "services/AppSettings.h"
#include "services/AutostartEntry.h"
#include "services/DiaryService.h"
#include "services/DiarySession.h"
#include "services/ProfileService.h"
#include "storage/db/Database.h"
#include "storage/diary/ProfileRepository.h"
#include "support/TestEnvironment.h"

#include <QCheckBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QSignalSpy>
#include <QTimeEdit>
#include <catch2/catch.hpp>

namespace ldn::test {

TEST_CASE("Reminders say they cannot work where there is no tray, and nothing is offered that would not")
{
    // The offscreen platform has no system tray, like a desktop without a notification area.
    REQUIRE_FALSE(ReminderTray::trayAvailable());
    CHECK(ReminderTray::unavailableText().contains(QStringLiteral("cannot work here")));

    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    session.profileService().create(QStringLiteral("Sam"));
    ReminderDialog dialog(session);
    const auto* warning = dialog.findChild<QLabel*>(QStringLiteral("remindersUnavailable"));
    REQUIRE(warning != nullptr);
    CHECK_FALSE(warning->isHidden());
    const auto* wanted = dialog.findChild<QCheckBox*>();
    REQUIRE(wanted != nullptr);
    CHECK_FALSE(wanted->isEnabled());
    CHECK_FALSE(wanted->isChecked()); // off by default
    CHECK_FALSE(wanted->accessibleName().isEmpty());

    // The login entry a desktop with a tray wrote is left alone by a run without one (a screenshot
    // taken offscreen must not switch anyone's reminders off at the next login).
    const AutostartEntry entry(AutostartEntry::defaultFolder(), QStringLiteral(LDN_APP_ID));
    entry.write({QStringLiteral("ldn-tracker"), QStringLiteral("--tray")});
    {
        AppSettings settings(session, folder.file(QStringLiteral("ldn-tracker.conf")));
        QMainWindow window;
        QuickLogLauncher quickLog(session, window, nullptr, [] { return std::optional<std::int64_t>(); });
        ReminderTray tray(session, settings, window, quickLog, nullptr);
        CHECK_FALSE(tray.keepsRunningInTray());
    }
    CHECK(entry.exists());
    entry.remove();
}

TEST_CASE("A reminder that comes due names the person, is silent for a logged day, snoozes, and opens the "
          "quick log")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    AppSettings settings(session, folder.file(QStringLiteral("ldn-tracker.conf")));
    const std::int64_t sam = session.profileService().create(QStringLiteral("Sam"));
    const std::int64_t kim = session.profileService().create(QStringLiteral("Kim"));

    QMainWindow window;
    QMenu menu;
    QuickLogLauncher quickLog(session, window, &menu, [sam] { return std::optional(sam); });
    ReminderTray tray(session, settings, window, quickLog, &menu);
    CHECK(menu.actions().contains(tray.settingsAction()));
    CHECK_FALSE(tray.remindersOn());

    // A reminder at 03:59 asks about the day before (LDN's night ends at 04:00): the next one to
    // ring asks about yesterday before 03:59, else about today, a day that can be logged.
    const QTime at(3, 59);
    const QDateTime now = QDateTime::currentDateTime();
    const QDate day = now.time() < at ? now.date().addDays(-1) : now.date();
    for (const std::int64_t profileId : {sam, kim}) {
        Profile preferences = *session.profiles().find(profileId);
        preferences.reminderTime = at;
        session.profileService().setPreferences(profileId, preferences);
    }
    CHECK(tray.remindersOn());
    // Without a tray the window still closes as before.
    CHECK_FALSE(tray.keepsRunningInTray());

    DiaryEntry logged;
    logged.date = day;
    logged.dose = Dose::fromMicrograms(1500);
    session.diaryService().saveDay(kim, logged); // Kim's reminder stays silent

    QSignalSpy reminded(&tray, &ReminderTray::reminded);
    const QDateTime due(day.addDays(1), QTime(3, 59, 30));
    CHECK(tray.check(due.addSecs(-120)).empty());
    const std::vector<ReminderSchedule::Due> shown = tray.check(due);
    REQUIRE(shown.size() == 1);
    CHECK(shown.front().profileId == sam);
    CHECK(shown.front().day == day);
    CHECK(reminded.count() == 1);
    CHECK(ReminderTray::reminderTitle(QStringLiteral("Sam")) == QStringLiteral("Time to log Sam's day"));
    CHECK(tray.check(due.addSecs(60)).empty()); // once

    tray.snooze(due);
    CHECK(tray.check(due.addSecs(29 * 60)).empty());
    REQUIRE(tray.check(due.addSecs(30 * 60)).size() == 1);

    tray.logNow();
    REQUIRE(quickLog.openWindow() != nullptr);
    CHECK(quickLog.openWindow()->profileId() == sam);
    CHECK(quickLog.openWindow()->day() == day);
    quickLog.openWindow()->close();

    // Switched off: nothing rings any more.
    Profile preferences = *session.profiles().find(sam);
    preferences.reminderTime.reset();
    session.profileService().setPreferences(sam, preferences);
    const std::vector<ReminderSchedule::Due> nextNight = tray.check(due.addDays(1));
    REQUIRE(nextNight.size() == 1);
    CHECK(nextNight.front().profileId == kim);
}

} // namespace ldn::test
