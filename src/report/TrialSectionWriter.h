#pragma once

#include "report/GpReport.h"
#include "report/ReportBlocks.h"

namespace ldn {

// The GP report's section on the person's open trial of LDN (issue 19). Before the review date a
// line says the trial is under way and when it will be reviewed; at or after it (or once stopped)
// the review: for each primary outcome the mean before LDN against the last 28 days with the
// Newey–West interval of the improvement and "improved by at least N points: yes / no / can't
// tell", adherence, side effects and the honest limits of an open trial. Without a trial the
// section is left out altogether.
class TrialSectionWriter {
public:
    TrialSectionWriter(const GpReport& report, ReportBlocks& blocks);

    void write();

private:
    void review(const OpenTrialReview& review);

    const GpReport& m_report;
    ReportBlocks& m_blocks;
};

} // namespace ldn
