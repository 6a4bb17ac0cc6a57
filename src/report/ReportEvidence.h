#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ldn {

// The evidence section of the GP report as plain text, so the report does not depend on how the
// evidence library stores things: a short summary of findings per condition (positive and null
// results alike, each with its strongest design and certainty) and numbered references.
struct ReportEvidence {
    struct Row {
        QString condition;
        QString outcome;
        QString direction; // "benefit", "no difference", "mixed: 2 benefit, 1 no difference"
        QString design;    // the strongest design among the studies, e.g. "randomised controlled trial"
        int studies = 0;
        std::optional<int> participants;
        QString certainty;           // GRADE certainty ("low"); empty when nobody graded it
        std::vector<int> references; // numbers of `references`
    };
    struct Reference {
        int number = 0;
        // Both by the citation rule every view shares (CitationText):
        QString citation;    // "Younger J, Noor N, McCue R, Mackey S 2013. Title. Journal."
        QString identifiers; // "DOI 10.3390/…, PMID 23359310"; an address only when there is no id
    };

    std::vector<Row> rows;
    std::vector<Reference> references;
    // One line per condition of the person's that has no counted study, e.g.
    // "Long Covid: trials are under way; no results in the library yet."
    QStringList notes;
};

} // namespace ldn
