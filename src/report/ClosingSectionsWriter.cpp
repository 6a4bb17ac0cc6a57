#include "report/ClosingSectionsWriter.h"

#include "report/ReportWording.h"

#include <QRegularExpression>

namespace ldn {

ClosingSectionsWriter::ClosingSectionsWriter(const GpReport& report, ReportBlocks& blocks)
    : m_report(report)
    , m_blocks(blocks)
{}

void ClosingSectionsWriter::questions()
{
    // No questions, no section: an empty heading would only waste the doctor's time.
    if (m_report.questions.trimmed().isEmpty()) {
        return;
    }
    m_blocks.heading(ReportSection::Questions);
    static const QRegularExpression kBlankLines(QStringLiteral("\\n\\s*\\n"));
    for (const QString& part : m_report.questions.split(kBlankLines, Qt::SkipEmptyParts)) {
        m_blocks.paragraph(part.trimmed(), ReportStyle::body, 3.0);
    }
}

void ClosingSectionsWriter::disclaimer()
{
    m_blocks.heading(ReportSection::Disclaimer);
    m_blocks.paragraph(
        ReportWording::tr(
            "This report comes from the patient's own diary, entered in LDN Tracker; it is self-reported "
            "and is not a clinical trial. A diary of one person (n-of-1) has no placebo, no blinding and "
            "no control group: scores drift on their own and with expectations, and other changes at the "
            "same time (season, infections, activity, other medicines) can explain a difference. Averages "
            "over few days are fragile. LDN is usually prescribed off-label. The report is meant to "
            "support a conversation with a GP or specialist, not to replace clinical judgement."),
        ReportStyle::note, 3.0);
}

} // namespace ldn
