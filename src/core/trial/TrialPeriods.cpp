#include "core/trial/TrialPeriods.h"

#include <QCoreApplication>

#include <stdexcept>

namespace ldn {

TrialPeriods::TrialPeriods(const QDate& start, int pairs, int periodDays, int washoutDays)
{
    if (!start.isValid() || pairs < 1 || periodDays < 1 || washoutDays < 0 || washoutDays >= periodDays) {
        throw std::invalid_argument("TrialPeriods: a valid start and a possible design are needed");
    }
    for (int index = 1; index <= 2 * pairs; ++index) {
        TrialPeriod period;
        period.index = index;
        period.pair = (index + 1) / 2;
        period.start = start.addDays(static_cast<qint64>(index - 1) * periodDays);
        period.end = period.start.addDays(periodDays - 1);
        period.washoutDays = washoutDays;
        m_periods.push_back(period);
    }
}

QDate TrialPeriods::firstDay() const
{
    return m_periods.empty() ? QDate() : m_periods.front().start;
}

QDate TrialPeriods::lastDay() const
{
    return m_periods.empty() ? QDate() : m_periods.back().end;
}

std::optional<TrialPeriod> TrialPeriods::periodOn(const QDate& date) const
{
    if (m_periods.empty() || !date.isValid() || date < firstDay() || date > lastDay()) {
        return std::nullopt;
    }
    // Periods are all the same length, back to back.
    const qint64 periodDays = m_periods.front().days();
    const auto position = static_cast<std::size_t>(firstDay().daysTo(date) / periodDays);
    return m_periods[position];
}

bool TrialPeriods::isWashout(const QDate& date) const
{
    const std::optional<TrialPeriod> period = periodOn(date);
    return period && period->isWashout(date);
}

QString TrialPeriods::positionWords(const QDate& date) const
{
    if (const std::optional<TrialPeriod> period = periodOn(date)) {
        return QCoreApplication::translate("TrialPeriods", "period %1 of %2").arg(period->index).arg(count());
    }
    return date < firstDay() ? QCoreApplication::translate("TrialPeriods", "before the first period")
                             : QCoreApplication::translate("TrialPeriods", "after the last period");
}

const TrialPeriod& TrialPeriods::firstOfPair(int pair) const
{
    return m_periods.at(static_cast<std::size_t>(2 * pair - 2));
}

const TrialPeriod& TrialPeriods::secondOfPair(int pair) const
{
    return m_periods.at(static_cast<std::size_t>(2 * pair - 1));
}

} // namespace ldn
