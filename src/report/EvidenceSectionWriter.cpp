#include "report/EvidenceSectionWriter.h"

#include "report/ReportWording.h"

namespace ldn {

EvidenceSectionWriter::EvidenceSectionWriter(const GpReport& report, ReportBlocks& blocks)
    : m_report(report)
    , m_blocks(blocks)
{}

void EvidenceSectionWriter::write()
{
    m_blocks.heading(ReportSection::Evidence);
    if (!m_report.evidence) {
        m_blocks.noData(
            ReportWording::tr("No evidence library installed, so no published studies are listed."));
        return;
    }
    if (m_report.conditions.isEmpty()) {
        m_blocks.noData(
            ReportWording::tr("No conditions are recorded in the profile, so no studies are listed."));
        return;
    }
    const ReportEvidence& evidence = *m_report.evidence;
    const QString conditions = m_report.conditions.join(QStringLiteral(", "));
    if (evidence.rows.empty() && evidence.notes.isEmpty()) {
        m_blocks.noData(
            ReportWording::tr("The evidence library holds no studies of LDN for %1.").arg(conditions));
        return;
    }
    m_blocks.paragraph(
        ReportWording::tr("Studies of LDN for %1 in LDN Tracker's evidence library, one row per outcome. "
                          "Results of no difference are listed beside positive ones; personal reports and "
                          "advocacy are not counted.")
            .arg(conditions),
        ReportStyle::body, 3.0, !evidence.rows.empty());
    if (!evidence.rows.empty()) {
        ReportTable table({
            {ReportWording::tr("Outcome"), QString(), 1.6, false},
            {ReportWording::tr("Result"), QString(), 1.9, false},
            {ReportWording::tr("Strongest design"), QString(), 1.5, false},
            {ReportWording::tr("Studies"), QString(), 0.65, true},
            {ReportWording::tr("People"), QString(), 0.8, true},
            {ReportWording::tr("Certainty"), QStringLiteral("GRADE"), 0.9, false},
            {ReportWording::tr("Refs"), QString(), 0.7, false},
        });
        QString condition;
        for (const ReportEvidence::Row& row : evidence.rows) {
            if (row.condition != condition) {
                condition = row.condition;
                table.addGroupRow(condition);
            }
            QStringList numbers;
            for (const int number : row.references) {
                numbers << QString::number(number);
            }
            table.addRow({{row.outcome},
                          {row.direction},
                          {row.design},
                          {QString::number(row.studies)},
                          {row.participants ? QString::number(*row.participants) : QStringLiteral("\u2013")},
                          {row.certainty.isEmpty() ? ReportWording::tr("not graded") : row.certainty},
                          {numbers.join(QStringLiteral(", "))}});
        }
        m_blocks.table(table);
    }
    for (const QString& note : evidence.notes) {
        m_blocks.paragraph(note, ReportStyle::body, 3.0);
    }
    if (!evidence.references.empty()) {
        m_blocks.subheading(ReportWording::tr("References"));
        for (const ReportEvidence::Reference& reference : evidence.references) {
            m_blocks.reference(reference);
        }
    }
}

} // namespace ldn
