#pragma once

#include "report/GpReport.h"
#include "report/ReportBlocks.h"

namespace ldn {

// The GP report's sections about doses and symptoms over time: the chart, the dose history with
// the plan's part in each change, and the symptoms at each dose and before/after each change with
// the Newey-West interval (the numbers of `analyze --json`, rounded).
class DoseSectionsWriter {
public:
    DoseSectionsWriter(const GpReport& report, ReportBlocks& blocks);

    void chart();
    void doseHistory();
    void perDose();

private:
    void meansPerDose();
    void beforeAndAfter();

    const GpReport& m_report;
    ReportBlocks& m_blocks;
};

} // namespace ldn
