#pragma once

#include "core/analysis/NeweyWestInterval.h"
#include "core/diary/Dose.h"
#include "core/diary/SymptomDefinition.h"

#include <QDate>
#include <QString>

#include <vector>

namespace ldn {

// How the GP report writes dates, doses and numbers: one decimal everywhere, a true minus sign,
// English month names whatever the computer's language (the report is read by a doctor, not the
// program's user interface).
class ReportFormat {
public:
    static QString shortDate(const QDate& date); // "7 Dec 2025"
    static QString longDate(const QDate& date);  // "7 December 2025"
    static QString dateSpan(const QDate& from, const QDate& to);
    static QString milligrams(const Dose& dose);   // "4.5 mg"
    static QString oneDecimal(double value);       // "−0.8", never "−0.0"
    static QString signedOneDecimal(double value); // "+0.8", "−0.8", "0.0"
    // "−2.1 (−3.4 to −0.8)": a difference with its interval.
    static QString differenceWithInterval(double difference, const NeweyWestInterval& interval);
    static QString direction(const SymptomDefinition& symptom); // "lower is better"
    // "higher is better for sleep quality, mood, lower for the others": every symptom's direction.
    static QString directions(const std::vector<SymptomDefinition>& symptoms);
    static QString plural(int count, const QString& one, const QString& many);
    static QString severityName(int severity);
    // "3 weeks", "11 months", "2 years": how long `days` is, rounded as people say it.
    static QString duration(qint64 days);
};

} // namespace ldn
