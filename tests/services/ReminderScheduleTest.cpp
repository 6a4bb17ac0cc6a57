#include "services/ReminderSchedule.h"

#include <catch2/catch.hpp>

#include <set>
#include <utility>

using namespace ldn;

namespace {

const QTimeZone kLondon(QByteArrayLiteral("Europe/London"));
constexpr std::int64_t kAlex = 1;
constexpr std::int64_t kSam = 2;

QDateTime london(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), kLondon);
}

// The diary as the schedule sees it: which days are logged for whom.
struct Diary {
    std::set<std::pair<std::int64_t, QDate>> logged;
    ReminderSchedule::LoggedCheck check() const
    {
        return [this](std::int64_t profileId, const QDate& day) {
            return logged.count({profileId, day}) > 0;
        };
    }
};

using Due = ReminderSchedule::Due;

} // namespace

TEST_CASE("A nightly reminder is due at its time, once, and silent when the day is logged",
          "[services][reminders]")
{
    REQUIRE(kLondon.isValid());
    ReminderSchedule schedule(kLondon);
    schedule.setReminders({{kAlex, QTime(22, 0)}});
    Diary diary;
    const QDate day(2026, 6, 10);

    CHECK(schedule.takeDue(london(2026, 6, 10, 21, 59), diary.check()).empty());
    CHECK(schedule.nextCheck(london(2026, 6, 10, 21, 0)) == london(2026, 6, 10, 22, 0));
    CHECK(schedule.takeDue(london(2026, 6, 10, 22, 0), diary.check()) == std::vector<Due>{{kAlex, day}});
    CHECK(schedule.lastShownDay(kAlex) == day);
    // Shown once: asking again that evening gives nothing, and the next check is tomorrow's.
    CHECK(schedule.takeDue(london(2026, 6, 10, 22, 5), diary.check()).empty());
    CHECK(schedule.nextCheck(london(2026, 6, 10, 22, 5)) == london(2026, 6, 11, 22, 0));

    // The next day is logged before its reminder: nothing is shown.
    diary.logged.insert({kAlex, day.addDays(1)});
    CHECK(schedule.takeDue(london(2026, 6, 11, 22, 0), diary.check()).empty());
    CHECK(schedule.nextCheck(london(2026, 6, 11, 22, 1)) == london(2026, 6, 12, 22, 0));
}

TEST_CASE("Snooze asks again after 30 minutes unless the day was logged meanwhile", "[services][reminders]")
{
    ReminderSchedule schedule(kLondon);
    schedule.setReminders({{kAlex, QTime(22, 0)}, {kSam, QTime(21, 0)}});
    Diary diary;
    const QDate day(2026, 6, 10);

    CHECK(schedule.takeDue(london(2026, 6, 10, 21, 0), diary.check()) == std::vector<Due>{{kSam, day}});
    CHECK(schedule.takeDue(london(2026, 6, 10, 22, 0), diary.check()) == std::vector<Due>{{kAlex, day}});
    schedule.snooze(kAlex, london(2026, 6, 10, 22, 1));
    CHECK(schedule.nextCheck(london(2026, 6, 10, 22, 1)) == london(2026, 6, 10, 22, 31));
    CHECK(schedule.takeDue(london(2026, 6, 10, 22, 30), diary.check()).empty());
    CHECK(schedule.takeDue(london(2026, 6, 10, 22, 31), diary.check()) == std::vector<Due>{{kAlex, day}});

    // Snoozed again, then logged from the quick log: the snooze ends in silence.
    schedule.snooze(kAlex, london(2026, 6, 10, 22, 32));
    diary.logged.insert({kAlex, day});
    CHECK(schedule.takeDue(london(2026, 6, 10, 23, 5), diary.check()).empty());
    CHECK(schedule.nextCheck(london(2026, 6, 10, 23, 5)) == london(2026, 6, 11, 21, 0)); // Sam's

    // A snooze past midnight still asks about the evening it was for.
    schedule.takeDue(london(2026, 6, 11, 22, 0), diary.check());
    schedule.snooze(kAlex, london(2026, 6, 11, 23, 50));
    CHECK(schedule.takeDue(london(2026, 6, 12, 0, 20), diary.check()) ==
          std::vector<Due>{{kAlex, QDate(2026, 6, 11)}});
}

TEST_CASE("A reminder after midnight asks about the evening before, and one missed long ago is dropped",
          "[services][reminders]")
{
    ReminderSchedule schedule(kLondon);
    schedule.setReminders({{kAlex, QTime(0, 30)}});
    Diary diary;

    CHECK(ReminderSchedule::dayAskedAbout(QDate(2026, 6, 11), QTime(0, 30)) == QDate(2026, 6, 10));
    CHECK(ReminderSchedule::dayAskedAbout(QDate(2026, 6, 11), QTime(4, 0)) == QDate(2026, 6, 11));
    CHECK(schedule.dueMoment(QDate(2026, 6, 10), QTime(0, 30)) == london(2026, 6, 11, 0, 30));
    CHECK(schedule.nextCheck(london(2026, 6, 10, 23, 0)) == london(2026, 6, 11, 0, 30));
    CHECK(schedule.takeDue(london(2026, 6, 11, 0, 30), diary.check()) ==
          std::vector<Due>{{kAlex, QDate(2026, 6, 10)}});

    // Started at 23:00 after a 22:00 reminder: still due. Started next morning: dropped.
    ReminderSchedule evening(kLondon);
    evening.setReminders({{kSam, QTime(22, 0)}});
    CHECK(evening.takeDue(london(2026, 6, 10, 23, 0), diary.check()) ==
          std::vector<Due>{{kSam, QDate(2026, 6, 10)}});
    ReminderSchedule morning(kLondon);
    morning.setReminders({{kSam, QTime(22, 0)}});
    CHECK(morning.takeDue(london(2026, 6, 11, 8, 0), diary.check()).empty());
    CHECK(morning.nextCheck(london(2026, 6, 11, 8, 0)) == london(2026, 6, 11, 22, 0));

    // Switched on at 22:10 for 22:00: the first reminder is tomorrow's, not one at once.
    ReminderSchedule justSet(kLondon);
    justSet.setReminders({{kSam, QTime(22, 0)}});
    justSet.startAfter(kSam, london(2026, 6, 10, 22, 10));
    CHECK(justSet.takeDue(london(2026, 6, 10, 22, 10), diary.check()).empty());
    CHECK(justSet.nextCheck(london(2026, 6, 10, 22, 10)) == london(2026, 6, 11, 22, 0));
}

TEST_CASE("Reminders keep their clock time on the nights the clocks change", "[services][reminders]")
{
    ReminderSchedule schedule(kLondon);
    Diary diary;

    // Spring: on 29 March 2026 the clocks go from 01:00 GMT to 02:00 BST, so 01:30 never happens.
    const QDateTime spring = schedule.dueMoment(QDate(2026, 3, 28), QTime(1, 30));
    CHECK(spring.toUTC() == QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC));
    CHECK(spring.toTimeZone(kLondon).time() == QTime(2, 0));
    // 22:00 the evening after the change is 22:00 BST, 23 hours after the evening before.
    const QDateTime before = schedule.dueMoment(QDate(2026, 3, 28), QTime(22, 0));
    const QDateTime after = schedule.dueMoment(QDate(2026, 3, 29), QTime(22, 0));
    CHECK(before.secsTo(after) == 23 * 3600);
    CHECK(after.toTimeZone(kLondon).time() == QTime(22, 0));

    // Autumn: on 25 October 2026 01:30 happens twice (BST, then GMT); the first one rings.
    const QDateTime autumn = schedule.dueMoment(QDate(2026, 10, 24), QTime(1, 30));
    CHECK(autumn.toUTC() == QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC));
    schedule.setReminders({{kAlex, QTime(1, 30)}});
    CHECK(schedule.nextCheck(QDateTime(QDate(2026, 10, 24), QTime(23, 0), Qt::UTC)) == autumn);
    CHECK(schedule.takeDue(autumn, diary.check()) == std::vector<Due>{{kAlex, QDate(2026, 10, 24)}});
    // The second 01:30 is the same night: nothing more.
    CHECK(schedule.takeDue(QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC), diary.check()).empty());

    // Across the spring change: a reminder at 01:30 rings when the gap ends, once.
    ReminderSchedule gap(kLondon);
    gap.setReminders({{kSam, QTime(1, 30)}});
    CHECK(gap.nextCheck(london(2026, 3, 28, 23, 0)) == spring);
    CHECK(gap.takeDue(spring, diary.check()) == std::vector<Due>{{kSam, QDate(2026, 3, 28)}});
    CHECK(gap.nextCheck(spring.addSecs(60)) == gap.dueMoment(QDate(2026, 3, 29), QTime(1, 30)));
}

TEST_CASE("Reminders switched off are forgotten, and no reminder means no check", "[services][reminders]")
{
    ReminderSchedule schedule(kLondon);
    CHECK_FALSE(schedule.nextCheck(london(2026, 6, 10, 12, 0)).isValid());
    schedule.setReminders({{kAlex, QTime(22, 0)}, {kSam, QTime()}});
    CHECK(schedule.reminders().size() == 1); // a reminder without a time is off
    Diary diary;
    CHECK(schedule.takeDue(london(2026, 6, 10, 22, 0), diary.check()).size() == 1);
    schedule.setReminders({});
    CHECK(schedule.isEmpty());
    CHECK_FALSE(schedule.lastShownDay(kAlex).isValid());
    CHECK_FALSE(schedule.nextCheck(london(2026, 6, 10, 22, 0)).isValid());
}
