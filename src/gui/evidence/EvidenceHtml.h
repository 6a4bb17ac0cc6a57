#pragma once

#include "core/evidence/SummaryOfFindings.h"

#include <QPalette>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <utility>
#include <vector>

namespace ldn {

// The rich text of the Evidence tab: a condition's findings with their sources, the lanes that do
// not count (guidelines, planned trials, mechanism, unclassified) and, apart, the personal reports
// and advocacy. It says what `evidence condition` prints, laid out for reading, with links a
// person can click to open a paper in their own browser (the application itself fetches nothing).
class EvidenceHtml {
public:
    // What to mark and scroll to: a finding the person picked in the search results, or every
    // finding resting on a source they picked. 0 means nothing.
    struct Highlight {
        std::int64_t claimId = 0;
        std::int64_t sourceId = 0;
    };

    static QString findings(const SummaryOfFindings& summary, const Highlight& highlight,
                            const QPalette& palette);
    static QString personalReports(const SummaryOfFindings& summary, const Highlight& highlight,
                                   const QPalette& palette);
    // A source on its own: an imported reference no finding cites yet.
    static QString standaloneSource(const EvidenceSource& source, const QPalette& palette);

    // The in-page link that opens the person's own entry for editing (never leaves the app).
    static QString editLink(std::int64_t sourceId, std::int64_t claimId);
    // The anchor of a finding, for QTextBrowser::scrollToAnchor.
    static QString anchor(std::int64_t claimId);
    // The anchor of the first finding `highlight` marks in `summary`, or an empty string.
    static QString firstHighlighted(const SummaryOfFindings& summary, const Highlight& highlight);
};

} // namespace ldn
