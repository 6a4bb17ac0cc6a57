#pragma once

#include "report/GpReport.h"
#include "report/ReportBlocks.h"

namespace ldn {

// The GP report's first section, what a doctor reads first: conditions, current dose, plan,
// adherence, and each symptom before LDN against the last 28 days with the Newey-West interval
// and a verdict that never says more than the interval does ("no clear change" when it includes
// 0), how long ago the baseline was, and a caution about regression to the mean when LDN was
// started during a flare.
class SummarySectionWriter {
public:
    SummarySectionWriter(const GpReport& report, ReportBlocks& blocks);

    void write();

private:
    QString currentDoseText() const;
    QString planText() const;
    void comparison();
    void baselineComparison();
    void recentOnly(const QString& why);
    QString baselineLine() const;
    QString flareLine() const;

    const GpReport& m_report;
    ReportBlocks& m_blocks;
};

} // namespace ldn
