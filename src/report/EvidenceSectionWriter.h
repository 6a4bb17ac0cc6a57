#pragma once

#include "report/GpReport.h"
#include "report/ReportBlocks.h"

namespace ldn {

// The GP report's published evidence for the patient's conditions: one row per outcome (null
// results beside positive ones), guideline positions and trials under way as notes, and numbered
// references.
class EvidenceSectionWriter {
public:
    EvidenceSectionWriter(const GpReport& report, ReportBlocks& blocks);

    void write();

private:
    const GpReport& m_report;
    ReportBlocks& m_blocks;
};

} // namespace ldn
