#pragma once

#include "core/analysis/BeforeTrend.h"
#include "core/analysis/ChangeVerdict.h"
#include "core/analysis/EstimateGap.h"
#include "core/analysis/NeweyWestInterval.h"
#include "core/diary/SymptomDefinition.h"

#include <QCoreApplication>
#include <QString>

namespace ldn {

// The words of the Chart tab's analysis, in one place so the overall table, the before/after
// table and their tooltips say the same thing the same way as the GP report and `analyze`:
// "better", "worse" or "no clear change", a difference with its interval, why an estimate is
// missing, a trend before a change, and what autocorrelation means for the intervals.
class AnalysisWording {
    Q_DECLARE_TR_FUNCTIONS(AnalysisWording)

public:
    // "−0.8": one decimal, with a true minus sign, and never "−0.0".
    static QString oneDecimal(double value);
    static QString directionText(const SymptomDefinition& symptom);

    static QString verdict(ChangeVerdict verdict);
    // "−2.1 (−3.4 to −0.8)"
    static QString differenceWithInterval(double difference, const NeweyWestInterval& interval);
    // A whole sentence saying why an estimate is missing.
    static QString gap(EstimateGap gap, ComparisonKind kind);
    // "too few days", "no spread": the same reason in a table cell's few words.
    static QString shortGap(EstimateGap gap);

    // "already improving before", or empty when the trend is not flagged.
    static QString trendFlag(const BeforeTrend& trend, const SymptomDefinition& symptom);
    // The trend in a sentence, with its numbers.
    static QString trendSentence(const BeforeTrend& trend, const SymptomDefinition& symptom,
                                 ComparisonKind kind);

    // "Today's score tends to resemble yesterday's: intervals are wider to allow for it."
    static QString resemblance();
    // What a lag-1 autocorrelation means, for a tooltip.
    static QString autocorrelationSentence(double lagOne);
    // Why the intervals are Newey-West's and not Welch's, for a tooltip.
    static QString intervalExplanation();
};

} // namespace ldn
