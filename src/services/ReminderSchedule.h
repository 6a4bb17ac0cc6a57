#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <cstdint>
#include <functional>
#include <map>
#include <vector>

namespace ldn {

// When each person's nightly reminder to log the day is due, and whether it should be shown at
// all: never when that day is already logged, once per day, again after a snooze. It holds no
// clock and no widget: every question takes the present moment, so tests ask about any moment
// (midnight, the days the clocks change) and the tray asks with the real clock.
//
// A reminder belongs to one diary day. LDN is taken at night, often after midnight, so a reminder
// set before kNightEnds (04:00) asks about the day before: 00:30 is the end of that day's evening.
// A reminder that was not acted on stays due for kOpenHours, so an app started at 23:00 still
// reminds about 22:00, and one started next morning does not nag about last night.
class ReminderSchedule {
public:
    struct Reminder {
        std::int64_t profileId = 0;
        QTime at;
    };
    // A reminder to show now: for whom, and the diary day it asks about.
    struct Due {
        std::int64_t profileId = 0;
        QDate day;
        friend bool operator==(const Due&, const Due&) = default;
    };
    using LoggedCheck = std::function<bool(std::int64_t profileId, const QDate& day)>;

    static constexpr int kSnoozeMinutes = 30;
    static constexpr int kOpenHours = 6;
    static constexpr int kNightEndsHour = 4;

    explicit ReminderSchedule(QTimeZone zone = QTimeZone::systemTimeZone());

    // The people who want a reminder, and when. What was shown or snoozed is kept for those who stay.
    void setReminders(const std::vector<Reminder>& reminders);
    // For a reminder just switched on or moved: the ones that have rung by `now` count as shown,
    // so setting 22:00 at 22:10 does not ring at once.
    void startAfter(std::int64_t profileId, const QDateTime& now);
    const std::vector<Reminder>& reminders() const { return m_reminders; }
    bool isEmpty() const { return m_reminders.empty(); }

    // The diary day that a reminder at `at`, ringing on calendar date `date`, asks about.
    static QDate dayAskedAbout(const QDate& date, const QTime& at);
    // The moment the reminder at `at` for diary `day` is due. A time the clocks skip that night
    // (02:30 when they go forward at 02:00) is due when the gap ends; a time that happens twice
    // (01:30 when they go back at 02:00) is due the first time.
    QDateTime dueMoment(const QDate& day, const QTime& at) const;

    // The reminders to show at `now`: due and not shown yet (or their snooze is over), for a day
    // not logged. Each is shown once: it is not returned again unless snoozed. A reminder whose day
    // is logged is passed over silently.
    std::vector<Due> takeDue(const QDateTime& now, const LoggedCheck& logged);
    // Shows the reminder of `profileId` again `minutes` after `now`, unless its day is logged by then.
    void snooze(std::int64_t profileId, const QDateTime& now, int minutes = kSnoozeMinutes);
    // The day the reminder of `profileId` asked about when it was last shown (invalid: none yet).
    QDate lastShownDay(std::int64_t profileId) const;

    // When to ask takeDue next: the earliest due moment or end of a snooze after `now` (or `now`
    // itself when one is due already). Invalid when nobody wants a reminder.
    QDateTime nextCheck(const QDateTime& now) const;

private:
    struct State {
        QDate handledDay;       // the diary day whose reminder was shown or passed over
        QDateTime snoozedUntil; // invalid: not snoozed
        QDate snoozedDay;
    };

    // The diary days whose reminders may be due or come due around `now`, earliest first.
    std::vector<QDate> daysAround(const QDateTime& now) const;

    QTimeZone m_zone;
    std::vector<Reminder> m_reminders;
    std::map<std::int64_t, State> m_states;
};

} // namespace ldn
