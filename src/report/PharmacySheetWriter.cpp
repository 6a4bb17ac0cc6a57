#include "report/PharmacySheetWriter.h"

#include "core/base/IsoDate.h"
#include "presentation/DateText.h"
#include "presentation/DoseText.h"
#include "report/ReportBlocks.h"
#include "report/ReportTable.h"

#include <memory>
#include <utility>

namespace ldn {

PharmacySheetWriter::PharmacySheetWriter(Sheet sheet)
    : m_sheet(std::move(sheet))
{}

PdfDocument PharmacySheetWriter::document() const
{
    const Sheet& sheet = m_sheet;
    const QString dose = milligrams(sheet.ldnDose);
    PdfDocument::Header header;
    header.title = tr("Pharmacy sheet: blinded trial of LDN for %1").arg(sheet.profileName);
    header.dateRange = QStringLiteral("%1 \u2013 %2")
                           .arg(longDate(sheet.periods.firstDay()), longDate(sheet.periods.lastDay()));
    header.generatedOn = tr("Printed %1").arg(longDate(sheet.generatedOn));
    PdfDocument document(header, sheet.paper);
    const QRectF content = document.contentRect();

    ReportBlocks blocks(content.width());
    blocks.warningBox(tr("For the pharmacy only: keep this sheet from the patient and their carers"),
                      tr("It shows which periods give LDN and which give placebo. The trial is blinded: "
                         "if the patient or a carer sees this sheet before the last period ends, the "
                         "trial can no longer tell what LDN does from what is expected of it."));
    blocks.add(FlowBlock{ReportStyle::kParagraphGap, 0.0, false, false, {}, {}});
    const QString patient = tr("Patient");
    const QString ldn = tr("LDN capsules");
    const QString placebo = tr("Placebo capsules");
    const QString capsules = tr("Capsules");
    const QString design = tr("Design");
    blocks.fitFactLabels({patient, ldn, placebo, capsules, design});
    blocks.fact(patient, sheet.profileName);
    blocks.fact(ldn, tr("naltrexone %1 in each capsule").arg(dose));
    blocks.fact(placebo, tr("the same size, colour, filler and taste, without naltrexone"));
    blocks.fact(capsules, tr("%1 per period (one a day), %2 in all")
                              .arg(sheet.capsulesPerPeriod)
                              .arg(sheet.capsulesPerPeriod * sheet.periods.count()));
    blocks.fact(design, tr("%1 pairs of periods back to back; in each pair one LDN period and one placebo "
                           "period, in random order")
                            .arg(sheet.periods.pairs()));

    ReportTable table({{tr("Period"), {}, 0.8},
                       {tr("Pair"), {}, 0.6},
                       {tr("First day"), {}, 1.2},
                       {tr("Last day"), {}, 1.2},
                       {tr("Capsules"), {}, 0.9, true},
                       {tr("Fill with"), {}, 2.0}});
    for (const TrialPeriod& period : sheet.periods.periods()) {
        const bool givesLdn = sheet.allocation.armOfPeriod(period.index) == TrialArm::Ldn;
        table.addRow({{QString::number(period.index)},
                      {QString::number(period.pair)},
                      {IsoDate::format(period.start)},
                      {IsoDate::format(period.end)},
                      {QString::number(period.days())},
                      {givesLdn ? tr("LDN %1").arg(dose) : tr("Placebo"), {}, givesLdn}});
    }
    blocks.table(table, ReportStyle::kSectionGap);
    blocks.paragraph(tr("Label each period's pack with its period number and dates only, never with its "
                        "contents, so that the packs look the same."),
                     ReportStyle::note);

    blocks.subheading(tr("Unblinding code"));
    blocks.paragraph(sheet.code.text(), TextStyle{16.0, true}, ReportStyle::kParagraphGap);
    blocks.paragraph(tr("Give this code to the patient or their doctor only after the last period has ended "
                        "(%1). Entered in LDN Tracker, it reveals which periods gave LDN and lets the "
                        "analysis run. A code typed wrongly changes nothing.")
                         .arg(longDate(sheet.periods.lastDay())));

    auto pages =
        std::make_shared<const std::vector<ReportFlow::Page>>(blocks.take().paginate(content.height()));
    for (std::size_t index = 0; index < pages->size(); ++index) {
        document.addPage([pages, index](QPainter& painter, const QRectF& area) {
            ReportFlow::paint(painter, area, (*pages)[index]);
        });
    }
    return document;
}

void PharmacySheetWriter::write(const QString& filePath) const
{
    document().write(filePath);
}

} // namespace ldn
