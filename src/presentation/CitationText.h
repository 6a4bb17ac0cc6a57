#pragma once

#include "core/evidence/EvidenceSource.h"

#include <QString>
#include <QUrl>

#include <vector>

namespace ldn {

// How a source is cited, by one rule wherever it is shown (`evidence condition`, the Evidence tab
// and the GP report's references): authors, year, title, journal and locator, then its
// identifiers in a fixed order (DOI, PMID, PMCID, NCT, EudraCT, ACTRN), and a web address only
// when none of those exists, because a stable identifier finds the paper for longer than an address.
class CitationText {
public:
    struct Identifier {
        enum class Kind { Doi, Pmid, Pmcid, Nct, EudraCt, Actrn, Url };
        Kind kind = Kind::Doi;
        QString text; // "DOI 10.1002/art.37734", "PMID 23359310", "PMC3962576", "NCT04270877", an address
        QUrl link;    // where a person can look it up: doi.org, PubMed, PMC, a trial registry, the address
    };

    // The parts of a reference, for views that set them in type (the names in bold, the journal
    // in italics); empty parts are left out.
    struct Parts {
        QString who;       // "Younger J, Noor N 2013", or the title and year when there are no authors
        QString title;     // empty when `who` is the title already
        QString publisher; // the journal, publisher or website
        QString locator;   // "65(2):529-38", printed only after a publisher
    };
    static Parts parts(const EvidenceSource& source);

    // "Younger J, Noor N 2013. Low-dose naltrexone for fibromyalgia. Arthritis Rheum 65(2):529-38",
    // or, without authors, "Title 2013. Journal".
    static QString reference(const EvidenceSource& source);

    // The identifiers worth printing, in citation order.
    static std::vector<Identifier> identifiers(const EvidenceIdentifiers& identifiers);
    // "DOI 10.1002/art.37734, PMID 23359310"; empty when the source has no identifier.
    static QString identifiersText(const EvidenceIdentifiers& identifiers);

    // The reference and its identifiers in one line, without a final full stop.
    static QString citation(const EvidenceSource& source);
};

} // namespace ldn
