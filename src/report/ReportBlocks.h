#pragma once

#include "report/ReportEvidence.h"
#include "report/ReportFlow.h"
#include "report/ReportSection.h"
#include "report/ReportStyle.h"
#include "report/ReportTable.h"

#include <QString>
#include <QStringList>

namespace ldn {

// The building blocks the GP report's sections are written with: headings, paragraphs that may
// run on to the next page (never leaving one line alone), labelled facts, warning boxes, tables,
// notes and references. Each call adds blocks to one ReportFlow, which GpReportWriter paginates.
class ReportBlocks {
public:
    explicit ReportBlocks(double width);

    double width() const { return m_width; }

    void heading(ReportSection section);
    void subheading(const QString& title);
    // One block per line; `leadsIn`: the paragraph introduces what follows (a table) and stays
    // with its start.
    void paragraph(const QString& text, const TextStyle& style = ReportStyle::body,
                   double spaceBefore = ReportStyle::kParagraphGap, bool leadsIn = false);
    // "Current dose   4.5 mg capsule …": a bold label beside wrapped text, kept whole.
    void fact(const QString& label, const QString& value);
    // Widens the label column of the facts that follow to fit the widest of `labels` (never
    // narrower than ReportStyle::kFactLabelWidth): a translation's labels may be longer, and the
    // values of one group of facts should line up.
    void fitFactLabels(const QStringList& labels);
    // A framed box with a bold first line: a shaded, heavy frame for warnings a doctor must not
    // miss, a light one for cautions.
    void warningBox(const QString& title, const QString& text, bool heavy = true);
    void table(const ReportTable& table, double spaceBefore = 4.0);
    void noData(const QString& text = QStringLiteral("No data for this period."));
    // A note's date and author in a narrow column beside its wrapped text.
    void labelledNote(const QString& date, const QString& author, const QString& text);
    void reference(const ReportEvidence::Reference& item);
    void add(FlowBlock block);

    ReportFlow take() { return std::move(m_flow); }

private:
    double m_width;
    double m_factLabelWidth = ReportStyle::kFactLabelWidth;
    ReportFlow m_flow;
};

} // namespace ldn
