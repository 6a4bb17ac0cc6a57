#pragma once

#include <QString>
#include <QStringList>

namespace ldn {

// Plain one-line explanations of the statistics that study summaries quote ("I² = 91%",
// "standardised mean difference"), so a patient reading the Evidence tab or the GP report is not
// left with jargon: whatever text shows such a term puts the explanation beside it or on hover.
class StatisticTerms {
public:
    // The explanations of the terms `text` uses, in a fixed order, each once; empty when it uses
    // none.
    static QStringList explanationsFor(const QString& text);
    // The same for several texts (a finding's summary and its effect), each explanation once.
    static QStringList explanationsFor(const QStringList& texts);
};

} // namespace ldn
