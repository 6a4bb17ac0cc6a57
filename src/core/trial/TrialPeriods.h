#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace ldn {

// One period of a blinded trial. Periods are numbered from 1; pair k is periods 2k−1 and 2k.
struct TrialPeriod {
    int index = 0; // 1-based, over the whole trial
    int pair = 0;  // 1-based
    QDate start;
    QDate end; // the period's last day, inclusive
    int washoutDays = 0;

    // The first day that counts in the analysis: the washout days before it are left out so that
    // the previous period's arm has worn off.
    QDate firstAnalysedDay() const { return start.addDays(washoutDays); }
    bool contains(const QDate& date) const { return date >= start && date <= end; }
    bool isWashout(const QDate& date) const { return contains(date) && date < firstAnalysedDay(); }
    int days() const { return static_cast<int>(start.daysTo(end)) + 1; }
};

// The schedule of a blinded n-of-1 trial: 2K periods of D days back to back from the start date.
// It says only when each period is, never its arm (that is BlindedAllocation's, sealed).
class TrialPeriods {
public:
    TrialPeriods() = default;
    // Expects a valid start and the numbers TrialProtocol::validate accepts.
    TrialPeriods(const QDate& start, int pairs, int periodDays, int washoutDays);

    const std::vector<TrialPeriod>& periods() const { return m_periods; }
    int count() const { return static_cast<int>(m_periods.size()); }
    int pairs() const { return count() / 2; }
    // The first day of the first period and the last day of the last.
    QDate firstDay() const;
    QDate lastDay() const;

    // The period a date falls in; empty before the first and after the last.
    std::optional<TrialPeriod> periodOn(const QDate& date) const;
    bool isWashout(const QDate& date) const;
    // "period 3 of 8", never the arm; "before the first period" / "after the last period" outside
    // them (translated in the context "TrialPeriods"). What the diary shows during a blinded trial.
    QString positionWords(const QDate& date) const;
    // The two periods of pair k (1-based).
    const TrialPeriod& firstOfPair(int pair) const;
    const TrialPeriod& secondOfPair(int pair) const;

private:
    std::vector<TrialPeriod> m_periods;
};

} // namespace ldn
