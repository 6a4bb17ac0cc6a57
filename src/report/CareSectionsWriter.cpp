#include "report/CareSectionsWriter.h"

#include "core/diary/DiaryVocabulary.h"
#include "presentation/DateText.h"
#include "presentation/DoseText.h"
#include "report/GpReportBuilder.h"
#include "report/ReportFormat.h"
#include "report/ReportWording.h"

namespace ldn {

CareSectionsWriter::CareSectionsWriter(const GpReport& report, ReportBlocks& blocks)
    : m_report(report)
    , m_blocks(blocks)
{}

void CareSectionsWriter::sideEffects()
{
    m_blocks.heading(ReportSection::SideEffects);
    if (!m_report.hasDiaryDays()) {
        m_blocks.noData();
        return;
    }
    if (m_report.sideEffects.empty()) {
        m_blocks.noData(ReportWording::tr("No side effects recorded in this period."));
        return;
    }
    ReportTable table({
        {ReportWording::tr("Side effect"), QString(), 1.6, false},
        {ReportWording::tr("First"), QString(), 1.0, false},
        {ReportWording::tr("Last"), QString(), 1.0, false},
        {ReportWording::tr("Days reported"), QString(), 0.9, true},
        {ReportWording::tr("Worst"), QString(), 0.9, false},
        {ReportWording::tr("Dose at onset"), QString(), 1.0, true},
    });
    for (const GpReport::SideEffectEpisode& episode : m_report.sideEffects) {
        table.addRow(
            {{DiaryVocabulary::displayName(episode.name)},
             {shortDate(episode.first)},
             {shortDate(episode.last)},
             {QString::number(episode.daysReported)},
             {ReportFormat::severityName(episode.worstSeverity), QString(), episode.worstSeverity >= 3},
             {episode.doseAtOnset ? milligrams(*episode.doseAtOnset) : QStringLiteral("\u2013")}});
    }
    m_blocks.table(table);
    m_blocks.paragraph(
        ReportWording::tr("Reports of the same side effect more than %1 days apart are listed as separate "
                          "episodes. Severity as the patient rated it: mild, moderate or severe.")
            .arg(GpReportBuilder::kEpisodeGapDays),
        ReportStyle::note, 3.0);
}

void CareSectionsWriter::carerNotes()
{
    m_blocks.heading(ReportSection::CarerNotes);
    if (m_report.notes.empty()) {
        m_blocks.noData(ReportWording::tr("No notes from carers in this period."));
        return;
    }
    m_blocks.paragraph(
        ReportWording::tr("Notes added to the diary besides the patient's own daily notes, each with who "
                          "wrote it. Notes marked “Carer” were written by a carer, not by the "
                          "patient."),
        ReportStyle::note, 3.0, true);
    for (const Annotation& note : m_report.notes) {
        m_blocks.labelledNote(note.day.isValid() ? shortDate(note.day) : ReportWording::tr("Whole diary"),
                              describeAuthor(note), note.body);
    }
}

void CareSectionsWriter::medications()
{
    m_blocks.heading(ReportSection::Medications);
    if (m_report.medications.empty()) {
        m_blocks.noData(ReportWording::tr("No other medicines recorded."));
        return;
    }
    // An opioid still taken, or stopped too recently to be out of the picture, as of the report.
    const auto isOfConcern = [&](const Medication& medication) {
        return MedicationSafety::isOpioidOfConcern(medication, m_report.generatedOn);
    };
    for (const GpReport::MedicationLine& line : m_report.medications) {
        const Medication& opioid = line.medication;
        if (!isOfConcern(opioid)) {
            continue;
        }
        if (opioid.stoppedOn.isValid()) {
            m_blocks.warningBox(
                ReportWording::tr("Warning: %1 is an opioid, stopped recently.").arg(opioid.name),
                MedicationSafety::clearanceNote(opioid, m_report.generatedOn, shortDate(opioid.stoppedOn)));
        } else {
            m_blocks.warningBox(
                ReportWording::tr("Warning: %1 is an %2 medicine and is on the patient's list.")
                    .arg(opioid.name, line.assessment.group),
                line.assessment.warning);
        }
    }
    ReportTable table({
        {ReportWording::tr("Medicine"), QString(), 1.5, false},
        {ReportWording::tr("Dose"), QString(), 1.5, false},
        {ReportWording::tr("Since"), QString(), 1.0, false},
        {ReportWording::tr("With LDN"), QString(), 1.6, false},
    });
    for (const GpReport::MedicationLine& line : m_report.medications) {
        ReportTable::Cell interaction{ReportWording::tr("no known interaction")};
        if (line.medication.stoppedOn.isValid() && !isOfConcern(line.medication)) {
            if (line.assessment.level != MedicationSafety::Level::None) {
                interaction = {ReportWording::tr("Stopped"), line.assessment.group, false};
            }
        } else if (line.assessment.level == MedicationSafety::Level::Contraindicated) {
            interaction = {ReportWording::tr("Warning: do not combine"), line.assessment.group, true};
        } else if (line.assessment.level == MedicationSafety::Level::Caution) {
            interaction = {ReportWording::tr("Caution"), line.assessment.group, true};
        }
        const QString since = line.medication.startedOn.isValid() ? shortDate(line.medication.startedOn)
                                                                  : QStringLiteral("\u2013");
        table.addRow(
            {{line.medication.name, line.medication.notes},
             {line.medication.doseText.isEmpty() ? QStringLiteral("\u2013") : line.medication.doseText},
             {since, line.medication.stoppedOn.isValid()
                         ? ReportWording::tr("stopped %1").arg(shortDate(line.medication.stoppedOn))
                         : QString()},
             interaction});
    }
    m_blocks.table(table);
    for (const GpReport::MedicationLine& line : m_report.medications) {
        if (line.assessment.level == MedicationSafety::Level::Caution &&
            !line.medication.stoppedOn.isValid()) {
            m_blocks.warningBox(
                ReportWording::tr("Caution: %1 (%2)").arg(line.medication.name, line.assessment.group),
                line.assessment.warning, false);
        }
    }
}

} // namespace ldn
