#pragma once

#include "core/analysis/NeweyWestInterval.h"
#include "core/diary/SymptomDefinition.h"

#include <QString>

#include <vector>

namespace ldn {

// How the GP report writes numbers and words: one decimal everywhere, a true minus sign, the
// symptoms' directions, durations. Dates and doses come from the presentation kit
// (presentation/DateText.h, DoseText.h), as on every other page.
class ReportFormat {
public:
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
