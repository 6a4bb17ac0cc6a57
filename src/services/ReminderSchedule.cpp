#include "services/ReminderSchedule.h"

#include <algorithm>
#include <utility>

namespace ldn {
namespace {

constexpr qint64 kSecondsPerHour = 60 * 60;

} // namespace

ReminderSchedule::ReminderSchedule(QTimeZone zone)
    : m_zone(std::move(zone))
{}

void ReminderSchedule::setReminders(const std::vector<Reminder>& reminders)
{
    m_reminders.clear();
    for (const Reminder& reminder : reminders) {
        if (reminder.at.isValid()) {
            m_reminders.push_back(reminder);
        }
    }
    for (auto state = m_states.begin(); state != m_states.end();) {
        const bool kept =
            std::any_of(m_reminders.begin(), m_reminders.end(),
                        [&state](const Reminder& reminder) { return reminder.profileId == state->first; });
        state = kept ? std::next(state) : m_states.erase(state);
    }
}

void ReminderSchedule::startAfter(std::int64_t profileId, const QDateTime& now)
{
    for (const Reminder& reminder : m_reminders) {
        if (reminder.profileId != profileId) {
            continue;
        }
        State& state = m_states[profileId];
        state.snoozedUntil = QDateTime();
        state.snoozedDay = QDate();
        for (const QDate& day : daysAround(now)) {
            if (dueMoment(day, reminder.at) <= now) {
                state.handledDay = std::max(state.handledDay, day);
            }
        }
    }
}

QDate ReminderSchedule::dayAskedAbout(const QDate& date, const QTime& at)
{
    return at.hour() < kNightEndsHour ? date.addDays(-1) : date;
}

QDateTime ReminderSchedule::dueMoment(const QDate& day, const QTime& at) const
{
    const QDate date = at.hour() < kNightEndsHour ? day.addDays(1) : day;
    const QDateTime moment(date, at, m_zone);
    if (moment.isValid() && moment.date() == date && moment.time() == at) {
        // When the clocks go back the same time happens twice; QDateTime may give the second.
        const int offsetBefore = m_zone.offsetFromUtc(moment.addSecs(-3 * kSecondsPerHour));
        const int offsetNow = m_zone.offsetFromUtc(moment);
        if (offsetBefore > offsetNow) {
            const QDateTime earlier = moment.addSecs(-(offsetBefore - offsetNow)).toTimeZone(m_zone);
            if (earlier.date() == date && earlier.time() == at) {
                return earlier;
            }
        }
        return moment;
    }
    // The clocks skip `at` that night: due the moment they have gone forward.
    const QTimeZone::OffsetData change =
        m_zone.nextTransition(QDateTime(date.addDays(-1), QTime(12, 0), m_zone));
    if (change.atUtc.isValid() && change.atUtc.toTimeZone(m_zone).date() == date) {
        return change.atUtc.toTimeZone(m_zone);
    }
    return moment.toTimeZone(m_zone);
}

std::vector<QDate> ReminderSchedule::daysAround(const QDateTime& now) const
{
    const QDate today = now.toTimeZone(m_zone).date();
    return {today.addDays(-2), today.addDays(-1), today, today.addDays(1)};
}

std::vector<ReminderSchedule::Due> ReminderSchedule::takeDue(const QDateTime& now, const LoggedCheck& logged)
{
    std::vector<Due> due;
    for (const Reminder& reminder : m_reminders) {
        State& state = m_states[reminder.profileId];
        if (state.snoozedUntil.isValid()) {
            if (now < state.snoozedUntil) {
                continue;
            }
            const QDate day = state.snoozedDay;
            state.snoozedUntil = QDateTime();
            state.snoozedDay = QDate();
            if (!logged(reminder.profileId, day)) {
                due.push_back({reminder.profileId, day});
            }
            continue;
        }
        // The latest day whose reminder has rung by now.
        QDate ringing;
        QDateTime rang;
        for (const QDate& day : daysAround(now)) {
            const QDateTime moment = dueMoment(day, reminder.at);
            if (moment <= now) {
                ringing = day;
                rang = moment;
            }
        }
        if (!ringing.isValid() || now >= rang.addSecs(kOpenHours * kSecondsPerHour) ||
            (state.handledDay.isValid() && state.handledDay >= ringing)) {
            continue;
        }
        state.handledDay = ringing;
        if (!logged(reminder.profileId, ringing)) {
            due.push_back({reminder.profileId, ringing});
        }
    }
    return due;
}

void ReminderSchedule::snooze(std::int64_t profileId, const QDateTime& now, int minutes)
{
    State& state = m_states[profileId];
    QDate day = state.handledDay;
    if (!day.isValid()) {
        const QDateTime local = now.toTimeZone(m_zone);
        day = dayAskedAbout(local.date(), local.time());
        state.handledDay = day;
    }
    state.snoozedDay = day;
    state.snoozedUntil = now.addSecs(static_cast<qint64>(minutes) * 60);
}

QDate ReminderSchedule::lastShownDay(std::int64_t profileId) const
{
    const auto state = m_states.find(profileId);
    return state == m_states.end() ? QDate() : state->second.handledDay;
}

QDateTime ReminderSchedule::nextCheck(const QDateTime& now) const
{
    QDateTime next;
    const auto consider = [&next, &now](const QDateTime& moment) {
        const QDateTime when = std::max(moment, now);
        if (!next.isValid() || when < next) {
            next = when;
        }
    };
    for (const Reminder& reminder : m_reminders) {
        const auto found = m_states.find(reminder.profileId);
        const State state = found == m_states.end() ? State() : found->second;
        if (state.snoozedUntil.isValid()) {
            consider(state.snoozedUntil);
        }
        std::vector<QDate> days = daysAround(now);
        days.push_back(days.back().addDays(1));
        for (const QDate& day : days) {
            if ((state.handledDay.isValid() && day <= state.handledDay) ||
                (state.snoozedDay.isValid() && day <= state.snoozedDay)) {
                continue;
            }
            const QDateTime moment = dueMoment(day, reminder.at);
            if (now >= moment.addSecs(kOpenHours * kSecondsPerHour)) {
                continue; // rang while nobody was here, too long ago to bring up now
            }
            consider(moment);
            break;
        }
    }
    return next;
}

} // namespace ldn
