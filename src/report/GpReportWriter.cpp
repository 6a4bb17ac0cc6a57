#include "report/GpReportWriter.h"

#include "core/base/IsoDate.h"
#include "presentation/DateText.h"
#include "report/CareSectionsWriter.h"
#include "report/ClosingSectionsWriter.h"
#include "report/DoseSectionsWriter.h"
#include "report/EvidenceSectionWriter.h"
#include "report/ReportBlocks.h"
#include "report/ReportFormat.h"
#include "report/ReportWording.h"
#include "report/SummarySectionWriter.h"
#include "report/TrialSectionWriter.h"

#include <QRegularExpression>

#include <memory>
#include <utility>

namespace ldn {
namespace {

// The report's sections as flow blocks, in their fixed order, each by the writer of its group.
ReportFlow compose(const GpReport& report, double width)
{
    ReportBlocks blocks(width);
    SummarySectionWriter summary(report, blocks);
    DoseSectionsWriter doses(report, blocks);
    CareSectionsWriter care(report, blocks);
    EvidenceSectionWriter evidence(report, blocks);
    ClosingSectionsWriter closing(report, blocks);
    TrialSectionWriter trial(report, blocks);
    for (const ReportSection section : kAllReportSections) {
        if (!report.sections.contains(section)) {
            continue;
        }
        switch (section) {
        case ReportSection::Summary:
            summary.write();
            break;
        case ReportSection::Chart:
            doses.chart();
            break;
        case ReportSection::Doses:
            doses.doseHistory();
            break;
        case ReportSection::PerDose:
            doses.perDose();
            break;
        case ReportSection::Trial:
            trial.write();
            break;
        case ReportSection::SideEffects:
            care.sideEffects();
            break;
        case ReportSection::CarerNotes:
            care.carerNotes();
            break;
        case ReportSection::Medications:
            care.medications();
            break;
        case ReportSection::Evidence:
            evidence.write();
            break;
        case ReportSection::Questions:
            closing.questions();
            break;
        case ReportSection::Disclaimer:
            closing.disclaimer();
            break;
        }
    }
    return blocks.take();
}

} // namespace

GpReportWriter::GpReportWriter(GpReport report)
    : m_report(std::move(report))
{}

PdfDocument GpReportWriter::document() const
{
    PdfDocument::Header header;
    header.title = ReportWording::tr("LDN summary for %1").arg(m_report.profileName);
    header.dateRange =
        m_report.from.isValid()
            ? QStringLiteral("%1 \u2013 %2").arg(longDate(m_report.from), longDate(m_report.to))
            : ReportWording::tr("No diary days logged");
    header.generatedOn = ReportWording::tr("Generated %1").arg(longDate(m_report.generatedOn));
    PdfDocument document(header, m_report.paper);
    const QRectF content = document.contentRect();

    ReportFlow::addPages(document, compose(m_report, content.width()).paginate(content.height()));
    return document;
}

void GpReportWriter::write(const QString& filePath) const
{
    document().write(filePath);
}

QString GpReportWriter::defaultFileName(const QString& profileName, const QDate& date)
{
    static const QRegularExpression kUnsafe(QStringLiteral("[^A-Za-z0-9_-]+"));
    QString name = profileName.trimmed();
    name.replace(kUnsafe, QStringLiteral("-"));
    if (name.isEmpty()) {
        name = QStringLiteral("diary");
    }
    return QStringLiteral("ldn-summary-%1-%2.pdf").arg(name, IsoDate::format(date));
}

} // namespace ldn
