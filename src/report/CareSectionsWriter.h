#pragma once

#include "report/GpReport.h"
#include "report/ReportBlocks.h"

namespace ldn {

// The GP report's sections about safety and care: side-effect episodes, notes by carers and
// others, and the medicine list with a boxed warning for every opioid of concern.
class CareSectionsWriter {
public:
    CareSectionsWriter(const GpReport& report, ReportBlocks& blocks);

    void sideEffects();
    void carerNotes();
    void medications();

private:
    const GpReport& m_report;
    ReportBlocks& m_blocks;
};

} // namespace ldn
