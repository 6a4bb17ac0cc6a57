#pragma once

#include "report/GpReport.h"
#include "report/ReportBlocks.h"

namespace ldn {

// The GP report's last sections: the patient's questions for the doctor, and what a self-kept
// diary can and cannot show.
class ClosingSectionsWriter {
public:
    ClosingSectionsWriter(const GpReport& report, ReportBlocks& blocks);

    void questions();
    void disclaimer();

private:
    const GpReport& m_report;
    ReportBlocks& m_blocks;
};

} // namespace ldn
