#include "report/TrialAgreementWriter.h"

#include "core/diary/DiaryVocabulary.h"
#include "core/plan/MedicationSafety.h"
#include "presentation/DateText.h"
#include "presentation/DoseText.h"
#include "report/ReportBlocks.h"
#include "report/ReportWording.h"

#include <QPainter>

#include <algorithm>
#include <iterator>
#include <memory>
#include <utility>

namespace ldn {
namespace {

// The agreement is a form to read in a minute: 8.5 pt text with tighter gaps than the GP report,
// so that a full protocol, two conditions' evidence and the signatures share one page.
const TextStyle kBody{8.5};
const TextStyle kBodyBold{8.5, true};
const TextStyle kHeading{10.0, true};
constexpr double kParagraphGap = 2.5;
constexpr double kSignatureHeight = 54.0;

QString pointsText(double points)
{
    const QString figure = localDecimals(QString::number(points));
    return points == 1.0 ? ReportWording::tr("%1 point").arg(figure)
                         : ReportWording::tr("%1 points").arg(figure);
}

QString outcomeNames(const QStringList& outcomes)
{
    QStringList names;
    for (const QString& outcome : outcomes) {
        names << DiaryVocabulary::displayName(outcome);
    }
    return names.join(QStringLiteral(", "));
}

QString planText(const TrialAgreement& agreement)
{
    if (!agreement.plan) {
        return ReportWording::tr(
            "No titration plan is recorded: the dose is raised as agreed with the doctor.");
    }
    const TitrationPlan& plan = *agreement.plan;
    if (plan.stepDose.isZero() || plan.startDose == plan.targetDose) {
        return ReportWording::tr("%1 a day from %2.")
            .arg(milligrams(plan.targetDose), longDate(plan.startOn));
    }
    return ReportWording::tr("From %1: %2 a day, raised by %3 every %4 up to %5 (slower if side effects "
                             "appear).")
        .arg(longDate(plan.startOn), milligrams(plan.startDose), milligrams(plan.stepDose),
             dayCount(plan.intervalDays), milligrams(plan.targetDose));
}

QString baselineText(const TrialAgreement& agreement)
{
    const TrialProtocol& protocol = agreement.trial.protocol;
    if (agreement.doseBeforeStart) {
        return ReportWording::tr("None: %1 already takes %2 of LDN, so the trial starts from that dose; the "
                                 "days logged before LDN, if any, serve as the baseline.")
            .arg(agreement.profileName, milligrams(*agreement.doseBeforeStart));
    }
    if (protocol.baselineDays == 0) {
        return ReportWording::tr("None: LDN starts on the first day of the trial.");
    }
    return ReportWording::tr("%1 at 0 mg (no LDN), %2 to %3, to see how the symptoms run without it.")
        .arg(dayCount(protocol.baselineDays), longDate(protocol.start),
             longDate(protocol.start.addDays(protocol.baselineDays - 1)));
}

QString reviewText(const TrialAgreement& agreement)
{
    const Trial& trial = agreement.trial;
    const QString when =
        agreement.plan ? ReportWording::tr("%1 weeks after the target dose is reached").arg(trial.reviewWeeks)
        : agreement.startsWithBaseline()
            ? ReportWording::tr("%1 weeks after the baseline").arg(trial.reviewWeeks)
            : ReportWording::tr("%1 weeks after the start").arg(trial.reviewWeeks);
    return ReportWording::tr("%1 (%2), with the doctor: continue, change the dose or stop.")
        .arg(longDate(trial.protocol.reviewOn), when);
}

QString medicinesText(const TrialAgreement& agreement)
{
    QStringList lines;
    for (const GpReport::MedicationLine& line : agreement.medications) {
        const Medication& medication = line.medication;
        QString text = medication.name;
        if (!medication.doseText.isEmpty()) {
            text += QLatin1Char(' ') + medication.doseText;
        }
        if (medication.stoppedOn.isValid()) {
            text = ReportWording::tr("%1 (stopped %2)").arg(text, shortDate(medication.stoppedOn));
        }
        lines << text;
    }
    return lines.isEmpty() ? ReportWording::tr("No other medicines recorded.")
                           : ReportWording::tr("Other medicines: %1.").arg(lines.join(QStringLiteral("; ")));
}

// One line per condition: its outcomes grouped by what the studies found ("benefit for pain,
// fatigue; no difference for sleep"), results of no difference and unclear ones as well as the
// positive ones. A mixed result counts under "mixed", whatever its split (the GP report has it).
QStringList evidenceLines(const ReportEvidence& evidence)
{
    QStringList lines;
    std::vector<std::pair<QString, std::vector<std::pair<QString, QStringList>>>> conditions;
    for (const ReportEvidence::Row& row : evidence.rows) {
        if (conditions.empty() || conditions.back().first != row.condition) {
            conditions.push_back({row.condition, {}});
        }
        auto& findings = conditions.back().second;
        const QString finding = row.direction.section(QLatin1Char(':'), 0, 0).trimmed();
        auto found = std::find_if(findings.begin(), findings.end(),
                                  [&finding](const auto& group) { return group.first == finding; });
        if (found == findings.end()) {
            findings.push_back({finding, {}});
            found = std::prev(findings.end());
        }
        found->second << row.outcome;
    }
    for (const auto& [condition, findings] : conditions) {
        QStringList parts;
        for (const auto& [finding, outcomes] : findings) {
            parts << ReportWording::tr("%1 for %2").arg(finding, outcomes.join(QStringLiteral(", ")));
        }
        lines << ReportWording::tr("%1: %2.").arg(condition, parts.join(QStringLiteral("; ")));
    }
    lines << evidence.notes;
    return lines;
}

// A compact heading with a rule under it: smaller than the GP report's, as the page is a form.
void heading(ReportBlocks& blocks, const QString& title)
{
    FlowBlock block;
    block.height = ReportText::lineHeight(kHeading) + 3;
    block.spaceBefore = 7.0;
    block.keepWithNext = true;
    block.paint = [title](QPainter& painter, const QRectF& box) {
        ReportText::draw(painter, box.topLeft(), title, kHeading);
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.5));
        painter.drawLine(QPointF(box.left(), box.bottom() - 1), QPointF(box.right(), box.bottom() - 1));
    };
    blocks.add(std::move(block));
}

// One line of the person's own stopping rules or the built-in ones, with a bullet.
void bullet(ReportBlocks& blocks, const QString& text)
{
    blocks.paragraph(QStringLiteral("• ") + text, kBody, 1.0);
}

// Two columns, the patient's and the doctor's: a line for the doctor's name and practice, then
// for each a signature line and a date line, each labelled underneath.
void signatureBlock(ReportBlocks& blocks, const QString& patientName)
{
    FlowBlock block;
    block.height = kSignatureHeight;
    block.spaceBefore = 6.0;
    const QString patient = ReportWording::tr("Patient: %1").arg(patientName);
    const QString doctor = ReportWording::tr("Doctor");
    const QString nameAndPractice = ReportWording::tr("Name and practice");
    const QString signature = ReportWording::tr("Signature");
    const QString date = ReportWording::tr("Date");
    block.paint = [patient, doctor, nameAndPractice, signature, date](QPainter& painter, const QRectF& box) {
        constexpr double kGap = 28.0;
        const double columnWidth = (box.width() - kGap) / 2;
        const double nameY = box.top() + 21;
        const double signatureY =
            box.top() + kSignatureHeight - ReportText::lineHeight(ReportStyle::note) - 1;
        const auto rule = [&painter](double from, double to, double y, const QString& label) {
            painter.setPen(QPen(Qt::black, 0.5));
            painter.drawLine(QPointF(from, y), QPointF(to, y));
            ReportText::draw(painter, QPointF(from, y + 1), label, ReportStyle::note);
        };
        for (int column = 0; column < 2; ++column) {
            const double left = box.left() + column * (columnWidth + kGap);
            ReportText::draw(painter, QPointF(left, box.top()), column == 0 ? patient : doctor, kBodyBold);
            if (column == 1) {
                rule(left, left + columnWidth, nameY, nameAndPractice);
            }
            rule(left, left + columnWidth * 0.62, signatureY, signature);
            rule(left + columnWidth * 0.7, left + columnWidth, signatureY, date);
        }
    };
    blocks.add(std::move(block));
}

ReportFlow compose(const TrialAgreement& agreement, double width, std::size_t evidenceShown)
{
    const TrialProtocol& protocol = agreement.trial.protocol;
    ReportBlocks blocks(width);
    blocks.paragraph(
        ReportWording::tr(
            "%1 and their doctor agree to try low-dose naltrexone (LDN) in a supervised trial in "
            "this one person. What counts as a benefit, when it is judged and when to stop are "
            "agreed now, before any results are known. LDN is prescribed off-label for these "
            "conditions.")
            .arg(agreement.profileName),
        kBody, 0.0);

    heading(blocks, ReportWording::tr("The trial"));
    const QString labels[] = {
        ReportWording::tr("Patient"),          ReportWording::tr("Conditions"),
        ReportWording::tr("Primary outcomes"), ReportWording::tr("Smallest change that matters"),
        ReportWording::tr("Baseline"),         ReportWording::tr("Titration plan"),
        ReportWording::tr("Review"),
    };
    blocks.fitFactLabels(QStringList(std::begin(labels), std::end(labels)));
    blocks.fact(labels[0], agreement.profileName);
    blocks.fact(labels[1], agreement.conditions.isEmpty() ? ReportWording::tr("none recorded")
                                                          : agreement.conditions.join(QStringLiteral(", ")));
    blocks.fact(
        labels[2],
        ReportWording::tr("%1, each rated every day from 0 to 10.").arg(outcomeNames(protocol.outcomes)));
    blocks.fact(labels[3],
                ReportWording::tr("%1 on the 0–10 scale: a smaller change would not be worth taking LDN for.")
                    .arg(pointsText(protocol.smallestChange)));
    blocks.fact(labels[4], baselineText(agreement));
    blocks.fact(labels[5], planText(agreement));
    blocks.fact(labels[6], reviewText(agreement));

    heading(blocks, ReportWording::tr("What is measured, and how it is judged"));
    blocks.paragraph(
        ReportWording::tr(
            "Every day, in the LDN Tracker diary: the LDN dose taken or missed, each primary outcome "
            "from 0 to 10, the other symptoms of the diary, and side effects as mild, moderate or "
            "severe. At the review, each primary outcome's days before LDN are compared with its "
            "last 28 days, with a 95% interval that allows for good and bad spells (Newey–West); "
            "the answer to “improved by at least %1?” is yes only when the "
            "whole interval reaches it, no when none of it does, and otherwise “can't tell”. "
            "An open trial has no placebo: expectation and the natural ups and downs of the "
            "condition can look like an effect.")
            .arg(pointsText(protocol.smallestChange)),
        kBody, kParagraphGap);

    heading(blocks, ReportWording::tr("When to stop early"));
    bullet(blocks,
           ReportWording::tr("A side effect rated severe (3) on two days in a row: stop LDN and contact "
                             "the doctor."));
    bullet(blocks,
           ReportWording::tr("An opioid is needed or added (pain relief after an injury or an operation): "
                             "stop LDN and tell the prescriber, as below."));
    for (const QString& rule : protocol.stopRules) {
        bullet(blocks, rule);
    }
    bullet(blocks,
           ReportWording::tr("Either of us may end the trial at any time; the reason is written in the "
                             "diary."));

    heading(blocks, ReportWording::tr("Medicines"));
    blocks.paragraph(medicinesText(agreement), kBody, kParagraphGap);
    bool opioidListed = false;
    for (const GpReport::MedicationLine& line : agreement.medications) {
        if (MedicationSafety::isOpioidOfConcern(line.medication, agreement.generatedOn)) {
            opioidListed = true;
            blocks.warningBox(ReportWording::tr("Warning: %1 is an opioid and is on the patient's list.")
                                  .arg(line.medication.name),
                              line.medication.stoppedOn.isValid()
                                  ? MedicationSafety::clearanceNote(line.medication, agreement.generatedOn)
                                  : line.assessment.warning);
        }
    }
    if (!opioidListed) {
        blocks.warningBox(
            ReportWording::tr("No opioids with LDN"),
            ReportWording::tr(
                "Naltrexone blocks opioids (codeine, tramadol, morphine, oxycodone and others): "
                "they will not relieve pain, and taking LDN with or soon after one can cause "
                "withdrawal. Tell every prescriber, dentist and hospital about LDN, and stop it "
                "before a planned operation as the doctor advises."),
            false);
    }

    heading(blocks, ReportWording::tr("What studies say about LDN for these conditions"));
    if (!agreement.evidence) {
        blocks.paragraph(
            ReportWording::tr("No evidence library installed, so no published studies are listed."), kBody,
            kParagraphGap);
    } else if (agreement.evidence->rows.empty() && agreement.evidence->notes.isEmpty()) {
        blocks.paragraph(
            ReportWording::tr("The evidence library holds no studies of LDN for these conditions."), kBody,
            kParagraphGap);
    } else {
        const ReportEvidence& evidence = *agreement.evidence;
        blocks.paragraph(
            ReportWording::tr("What the studies in LDN Tracker's evidence library found, outcome by outcome; "
                              "results of no difference are listed beside positive ones. The GP "
                              "report gives the studies, their designs and references."),
            ReportStyle::note, kParagraphGap);
        const QStringList lines = evidenceLines(evidence);
        const auto shown = std::min<std::size_t>(evidenceShown, static_cast<std::size_t>(lines.size()));
        for (std::size_t index = 0; index < shown; ++index) {
            blocks.paragraph(lines[static_cast<qsizetype>(index)], kBody, 2.0);
        }
        if (shown < static_cast<std::size_t>(lines.size())) {
            blocks.paragraph(ReportWording::tr("… and %1 more in the GP report's evidence section.")
                                 .arg(lines.size() - static_cast<qsizetype>(shown)),
                             ReportStyle::note, 1.0);
        }
    }

    blocks.paragraph(ReportWording::tr("We have read this page and agree to the trial as written."),
                     kBodyBold, 10.0);
    signatureBlock(blocks, agreement.profileName);
    return blocks.take();
}

} // namespace

TrialAgreementWriter::TrialAgreementWriter(TrialAgreement agreement)
    : m_agreement(std::move(agreement))
{}

PdfDocument TrialAgreementWriter::document() const
{
    PdfDocument::Header header;
    header.title = ReportWording::tr("Trial agreement: LDN for %1").arg(m_agreement.profileName);
    header.dateRange =
        ReportWording::tr("Trial from %1, review on %2")
            .arg(longDate(m_agreement.trial.protocol.start), longDate(m_agreement.trial.protocol.reviewOn));
    header.generatedOn = ReportWording::tr("Prepared %1").arg(longDate(m_agreement.generatedOn));
    PdfDocument document(header, m_agreement.paper);
    const QRectF content = document.contentRect();

    // All evidence lines if they fit, else as many as leave the page whole.
    std::size_t shown =
        m_agreement.evidence ? static_cast<std::size_t>(evidenceLines(*m_agreement.evidence).size()) : 0;
    std::vector<ReportFlow::Page> pages =
        compose(m_agreement, content.width(), shown).paginate(content.height());
    while (pages.size() > 1 && shown > 0) {
        --shown;
        pages = compose(m_agreement, content.width(), shown).paginate(content.height());
    }
    ReportFlow::addPages(document, std::move(pages));
    return document;
}

} // namespace ldn
