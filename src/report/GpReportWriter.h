#pragma once

#include "report/GpReport.h"
#include "report/PdfDocument.h"

#include <QString>

namespace ldn {

// Paints a GpReport onto PdfDocument pages: the sections in their fixed order, each group written
// by its own writer (SummarySectionWriter, DoseSectionsWriter, CareSectionsWriter,
// TrialSectionWriter, EvidenceSectionWriter, ClosingSectionsWriter) with ReportBlocks, laid out compactly (9
// pt text, tables with thin rules) and paginated without orphaned headings or lone rows. The document it
// returns is the one that is saved, printed and previewed, so all three agree.
class GpReportWriter {
public:
    explicit GpReportWriter(GpReport report);

    PdfDocument document() const;
    // Writes the PDF (see PdfDocument::write); throws std::runtime_error naming the file.
    void write(const QString& filePath) const;

    // "ldn-summary-Alex-2026-03-02.pdf": the file name the app suggests.
    static QString defaultFileName(const QString& profileName, const QDate& date);

private:
    GpReport m_report;
};

} // namespace ldn
