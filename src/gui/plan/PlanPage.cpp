#include "gui/plan/PlanPage.h"

#include "core/base/InputError.h"
#include "core/plan/MedicationSafety.h"
#include "core/plan/PlanDeviation.h"
#include "core/plan/TitrationSchedule.h"
#include "gui/common/MessageStyle.h"
#include "gui/common/PageRefresher.h"
#include "gui/plan/AdjustmentDialog.h"
#include "gui/plan/MedicationStopDialog.h"
#include "gui/plan/PlanDialog.h"
#include "presentation/DateText.h"
#include "presentation/DoseText.h"
#include "services/DiarySession.h"
#include "services/MedicationService.h"
#include "services/PlanService.h"
#include "services/ProblemText.h"
#include "services/ReadOnlyError.h"
#include "storage/db/Database.h"
#include "storage/db/StorageError.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/plan/MedicationRepository.h"
#include "storage/plan/TitrationRepository.h"
#include "ui_PlanPage.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QStyle>

#include <algorithm>
#include <exception>
#include <tuple>

namespace ldn {
namespace {

constexpr int kWarningIconSize = 32;
constexpr int kCautionIconSize = 24;

// "since 3 Mar 2024", "3 Mar – 10 Nov 2026" (a range: it was stopped), "until 10 Nov 2026" or nothing.
QString takenText(const Medication& medication)
{
    if (!medication.stoppedOn.isValid()) {
        return medication.startedOn.isValid() ? PlanPage::tr("since %1").arg(shortDate(medication.startedOn))
                                              : QString();
    }
    if (!medication.startedOn.isValid()) {
        return PlanPage::tr("until %1").arg(shortDate(medication.stoppedOn));
    }
    const QString from = medication.startedOn.year() == medication.stoppedOn.year()
                             ? medication.startedOn.toString(QStringLiteral("d MMM"))
                             : shortDate(medication.startedOn);
    return PlanPage::tr("%1 \u2013 %2").arg(from, shortDate(medication.stoppedOn));
}

QString templateName(TitrationPlan::Template kind)
{
    switch (kind) {
    case TitrationPlan::Template::Standard:
        return PlanPage::tr("Standard");
    case TitrationPlan::Template::Weekly:
        return PlanPage::tr("Weekly");
    case TitrationPlan::Template::Sensitive:
        return PlanPage::tr("Sensitive");
    case TitrationPlan::Template::Custom:
        break;
    }
    return PlanPage::tr("Custom");
}

// "1.5 mg, +1.5 mg every 14 days, to 4.5 mg (maximum 6 mg)", worded as `plan show` words it.
QString planSummary(const TitrationPlan& plan)
{
    const QString every = plan.intervalDays == 1 ? PlanPage::tr("every day")
                                                 : PlanPage::tr("every %1 days").arg(plan.intervalDays);
    return PlanPage::tr("%1 mg, +%2 mg %3, to %4 mg (maximum %5 mg)")
        .arg(milligramFigure(plan.startDose), milligramFigure(plan.stepDose), every,
             milligramFigure(plan.targetDose), milligramFigure(plan.maximumDose));
}

// The history's dose column already says "1.5 → 4.5 mg"; this is the rest of the plan.
QString stepSummary(const TitrationPlan& plan)
{
    const QString every = plan.intervalDays == 1 ? PlanPage::tr("every day")
                                                 : PlanPage::tr("every %1 days").arg(plan.intervalDays);
    return PlanPage::tr("+%1 mg %2, maximum %3 mg")
        .arg(milligramFigure(plan.stepDose), every, milligramFigure(plan.maximumDose));
}

QString inDays(const QDate& today, const QDate& date)
{
    const qint64 days = today.daysTo(date);
    if (days == 0) {
        return PlanPage::tr("today");
    }
    if (days == 1) {
        return PlanPage::tr("tomorrow");
    }
    return PlanPage::tr("in %n days", nullptr, static_cast<int>(days));
}

// "Tramadol", "Tramadol and Codeine", "Tramadol, Codeine and Morphine"
QString joinNames(const QStringList& names)
{
    if (names.size() <= 1) {
        return names.join(QString());
    }
    return PlanPage::tr("%1 and %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.constLast());
}

// The first day of the hold that is in force on `date`, if the plan is on hold then.
QDate holdStartedOn(const TitrationPlan& plan, const QDate& date)
{
    std::vector<TitrationAdjustment> adjustments = plan.adjustments;
    std::stable_sort(adjustments.begin(), adjustments.end(),
                     [](const TitrationAdjustment& a, const TitrationAdjustment& b) {
                         return a.effectiveOn < b.effectiveOn;
                     });
    QDate since;
    for (const TitrationAdjustment& adjustment : adjustments) {
        if (adjustment.effectiveOn > date) {
            break;
        }
        switch (adjustment.kind) {
        case TitrationAdjustment::Kind::Hold:
        case TitrationAdjustment::Kind::StepDown:
            if (!since.isValid()) {
                since = adjustment.effectiveOn;
            }
            break;
        case TitrationAdjustment::Kind::Resume:
        case TitrationAdjustment::Kind::SetDose:
            since = QDate();
            break;
        }
    }
    return since;
}

QColor blend(const QColor& base, const QColor& tint, double amount)
{
    return QColor::fromRgbF(static_cast<float>(base.redF() + (tint.redF() - base.redF()) * amount),
                            static_cast<float>(base.greenF() + (tint.greenF() - base.greenF()) * amount),
                            static_cast<float>(base.blueF() + (tint.blueF() - base.blueF()) * amount));
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

PlanPage::PlanPage(DiarySession& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlanPage>())
    , m_session(session)
    , m_refresher(new PageRefresher(*this, *this, session,
                                    DiaryChange::Subject::Plan | DiaryChange::Subject::Medicines |
                                        DiaryChange::Subject::Days | DiaryChange::Subject::Profiles))
    , m_today(QDate::currentDate())
{
    m_ui->setupUi(this);

    const QPalette& colours = palette();
    const QColor window = colours.color(QPalette::Window);
    const QColor highlight = colours.color(QPalette::Highlight);
    m_ui->todayCard->setStyleSheet(
        QStringLiteral("QFrame#todayCard { background-color: %1; border: 1px solid %2; border-radius: 6px; }")
            .arg(blend(window, highlight, 0.10).name(), blend(window, highlight, 0.55).name()));
    QFont todayFont = m_ui->todayDoseLabel->font();
    todayFont.setPointSizeF(todayFont.pointSizeF() * 1.6);
    todayFont.setBold(true);
    m_ui->todayDoseLabel->setFont(todayFont);
    QFont nextFont = m_ui->todayNextLabel->font();
    nextFont.setPointSizeF(nextFont.pointSizeF() * 1.15);
    m_ui->todayNextLabel->setFont(nextFont);
    m_ui->noPlanLabel->setFont(nextFont);

    QPalette mutedPalette = m_ui->planDescription->palette();
    mutedPalette.setColor(QPalette::WindowText, MessageStyle::mutedColour(colours));
    m_ui->planDescription->setPalette(mutedPalette);
    m_ui->noDeviationsLabel->setPalette(mutedPalette);
    m_ui->noMedicationsLabel->setPalette(mutedPalette);
    m_ui->medicationUndoLabel->setPalette(mutedPalette);

    QPalette errorPalette = m_ui->planPageError->palette();
    errorPalette.setColor(QPalette::WindowText, MessageStyle::errorColour(colours));
    m_ui->planPageError->setPalette(errorPalette);
    m_ui->medicationError->setPalette(errorPalette);

    for (QLabel* title : {m_ui->historyTitle, m_ui->deviationsTitle, m_ui->addMedicationTitle}) {
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
    }

    // The opioid warning must not be missed: a red frame, a stop icon, bold words that begin with
    // "Warning:", so it reads the same to someone who cannot tell red from green, and aloud.
    const QColor error = MessageStyle::errorColour(colours);
    m_ui->opioidWarning->setStyleSheet(
        QStringLiteral(
            "QFrame#opioidWarning { background-color: %1; border: 2px solid %2; border-radius: 4px; }")
            .arg(blend(window, error, 0.12).name(), error.name()));
    m_ui->opioidWarningIcon->setPixmap(style()
                                           ->standardIcon(QStyle::SP_MessageBoxCritical)
                                           .pixmap(QSize(kWarningIconSize, kWarningIconSize)));
    QFont warningFont = m_ui->opioidWarningText->font();
    warningFont.setBold(true);
    m_ui->opioidWarningText->setFont(warningFont);
    // Cautions are softer: a thin amber frame on a pale yellow, regular weight.
    const QColor warning = MessageStyle::warningColour(colours);
    const QColor amber(0xFF, 0xC1, 0x07);
    m_ui->medicationCautions->setStyleSheet(
        QStringLiteral(
            "QFrame#medicationCautions { background-color: %1; border: 1px solid %2; border-radius: 4px; }")
            .arg(blend(window, amber, MessageStyle::isDark(colours) ? 0.12 : 0.22).name(),
                 blend(window, warning, 0.6).name()));
    m_ui->medicationCautionsIcon->setPixmap(style()
                                                ->standardIcon(QStyle::SP_MessageBoxWarning)
                                                .pixmap(QSize(kCautionIconSize, kCautionIconSize)));

    setUpTable(m_ui->planHistory, {tr("Date"), tr("Change"), tr("Dose"), tr("Details")});
    setUpTable(m_ui->deviationTable, {tr("Date"), tr("Planned"), tr("Taken")});
    setUpTable(m_ui->medicationTable, {tr("Medicine"), tr("With LDN"), tr("Taken"), tr("Dose")});
    // The free-text dose gives way (elided, full text in the tooltip) so the warning column never does.
    QHeaderView* medicationHeader = m_ui->medicationTable->horizontalHeader();
    medicationHeader->setStretchLastSection(false);
    medicationHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    // What a medicine means with LDN comes before its dose, so a narrow window hides the dose first.
    medicationHeader->setSectionResizeMode(3, QHeaderView::Stretch);
    m_ui->medicationStartedEdit->setDate(m_today);

    connect(m_ui->setUpPlanButton, &QPushButton::clicked, this, &PlanPage::openPlanDialog);
    connect(m_ui->newPlanButton, &QPushButton::clicked, this, &PlanPage::openPlanDialog);
    connect(m_ui->holdButton, &QPushButton::clicked, this,
            [this] { openAdjustmentDialog(TitrationAdjustment::Kind::Hold); });
    connect(m_ui->stepDownButton, &QPushButton::clicked, this,
            [this] { openAdjustmentDialog(TitrationAdjustment::Kind::StepDown); });
    connect(m_ui->resumeButton, &QPushButton::clicked, this,
            [this] { openAdjustmentDialog(TitrationAdjustment::Kind::Resume); });
    connect(m_ui->setDoseButton, &QPushButton::clicked, this,
            [this] { openAdjustmentDialog(TitrationAdjustment::Kind::SetDose); });

    connect(m_ui->medicationNameEdit, &QLineEdit::textChanged, this, &PlanPage::updateMedicationButtons);
    connect(m_ui->medicationNameEdit, &QLineEdit::returnPressed, this, &PlanPage::addMedication);
    connect(m_ui->medicationDoseEdit, &QLineEdit::returnPressed, this, &PlanPage::addMedication);
    connect(m_ui->medicationStartedCheck, &QCheckBox::toggled, m_ui->medicationStartedEdit,
            &QDateEdit::setEnabled);
    connect(m_ui->addMedicationButton, &QPushButton::clicked, this, &PlanPage::addMedication);
    connect(m_ui->stopMedicationButton, &QPushButton::clicked, this, [this] { openStopDialog(); });
    connect(m_ui->removeMedicationButton, &QPushButton::clicked, this, &PlanPage::removeSelectedMedication);
    connect(m_ui->undoRemoveButton, &QPushButton::clicked, this, &PlanPage::undoMedicationChange);
    connect(m_ui->medicationTable, &QTableWidget::itemSelectionChanged, this,
            &PlanPage::updateMedicationButtons);
    m_ui->medicationTable->installEventFilter(this);

    // The tables take the height; the spacers below them only when the tables are hidden, so a
    // page without a plan or medicines keeps its content at the top.
    m_ui->planGroupLayout->setStretchFactor(m_ui->planHistory, 3);
    m_ui->planGroupLayout->setStretchFactor(m_ui->deviationTable, 2);
    m_ui->medicationGroupLayout->setStretchFactor(m_ui->medicationTable, 1);

    m_readOnly = session.isReadOnly();
    clear();
}

void PlanPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_profileId) {
        reload();
    } else {
        clear();
    }
}

PlanPage::~PlanPage() = default;

void PlanPage::showProfile(std::int64_t profileId)
{
    if (m_profileId != profileId) {
        m_session.medicationService().forgetUndo();
        m_ui->medicationUndoBar->setVisible(false);
        m_ui->medicationError->setVisible(false);
        m_ui->medicationNameEdit->clear();
        m_ui->medicationDoseEdit->clear();
        m_ui->medicationStartedCheck->setChecked(false);
    }
    if (!m_todayFixed && m_today != QDate::currentDate()) {
        // A window left open overnight shows the new day's dose when the page is shown again.
        m_today = QDate::currentDate();
        m_ui->medicationStartedEdit->setDate(m_today);
    }
    m_profileId = profileId;
    m_refresher->markShown(profileId);
    reload();
}

void PlanPage::clear()
{
    m_refresher->markShown(std::nullopt);
    m_profileId.reset();
    m_plan.reset();
    m_medications.clear();
    m_session.medicationService().forgetUndo();

    m_ui->todayDoseLabel->setVisible(false);
    m_ui->todayNextLabel->setVisible(false);
    m_ui->planDescription->setVisible(false);
    m_ui->noPlanLabel->setVisible(true);
    m_ui->noPlanLabel->setText(tr("No profile is open."));
    m_ui->setUpPlanButton->setVisible(false);
    m_ui->planPageError->setVisible(false);
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_ui->historyTitle, m_ui->planHistory, m_ui->deviationsTitle, m_ui->deviationTable,
             m_ui->noDeviationsLabel, m_ui->opioidWarning, m_ui->medicationCautions, m_ui->medicationUndoBar,
             m_ui->medicationError}) {
        widget->setVisible(false);
    }
    m_ui->planHistory->setRowCount(0);
    m_ui->deviationTable->setRowCount(0);
    m_ui->medicationTable->setRowCount(0);
    m_ui->medicationTable->setVisible(true);
    m_ui->noMedicationsLabel->setVisible(false);
    m_ui->medicationNameEdit->clear();
    m_ui->medicationDoseEdit->clear();
    m_ui->medicationStartedCheck->setChecked(false);
    updatePlanButtons();
    updateMedicationButtons();
    for (QWidget* input : std::initializer_list<QWidget*>{m_ui->medicationNameEdit, m_ui->medicationDoseEdit,
                                                          m_ui->medicationStartedCheck}) {
        input->setEnabled(false);
    }
}

void PlanPage::setToday(const QDate& today)
{
    m_todayFixed = true;
    if (today == m_today) {
        return;
    }
    m_today = today;
    m_ui->medicationStartedEdit->setDate(today);
    if (m_profileId) {
        reload();
    }
}

void PlanPage::applyPlan(const TitrationPlan& plan)
{
    const std::int64_t profileId = requireProfile();
    if (m_readOnly) {
        throw ReadOnlyError(QStringLiteral("plan"));
    }
    const PageRefresher::OwnChange own(*m_refresher);
    m_session.planService().setPlan(profileId, plan);
    reload();
}

void PlanPage::applyAdjustment(const TitrationAdjustment& adjustment)
{
    const std::int64_t profileId = requireProfile();
    if (m_readOnly) {
        throw ReadOnlyError(QStringLiteral("plan"));
    }
    const PageRefresher::OwnChange own(*m_refresher);
    m_session.planService().adjust(profileId, adjustment);
    reload();
}

PlanDialog* PlanPage::openPlanDialog()
{
    if (!m_profileId || m_readOnly) {
        return nullptr;
    }
    auto* dialog = new PlanDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_plan) {
        // Most new plans change one thing about the old one; start from its numbers.
        TitrationPlan initial = *m_plan;
        initial.id = 0;
        initial.adjustments.clear();
        initial.startOn = m_today;
        dialog->setPlan(initial);
        dialog->setCurrentPlanStart(m_plan->startOn);
    } else {
        dialog->setPlan(TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, m_today));
    }
    dialog->setSubmitFunction([this](const TitrationPlan& plan) { applyPlan(plan); });
    dialog->open();
    return dialog;
}

AdjustmentDialog* PlanPage::openAdjustmentDialog(TitrationAdjustment::Kind kind)
{
    if (!m_profileId || !m_plan || m_readOnly) {
        return nullptr;
    }
    auto* dialog = new AdjustmentDialog(kind, *m_plan, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitFunction([this](const TitrationAdjustment& adjustment) { applyAdjustment(adjustment); });
    dialog->open();
    return dialog;
}

void PlanPage::reload()
{
    if (!m_profileId) {
        clear();
        return;
    }
    for (QWidget* input : std::initializer_list<QWidget*>{m_ui->medicationNameEdit, m_ui->medicationDoseEdit,
                                                          m_ui->medicationStartedCheck}) {
        input->setEnabled(!m_readOnly);
    }
    m_ui->medicationStartedEdit->setEnabled(!m_readOnly && m_ui->medicationStartedCheck->isChecked());
    // Read-only, the form for adding a medicine is left out rather than shown greyed.
    for (QWidget* part : std::initializer_list<QWidget*>{
             m_ui->addMedicationTitle, m_ui->medicationNameLabel, m_ui->medicationNameEdit,
             m_ui->medicationDoseLabel, m_ui->medicationDoseEdit, m_ui->medicationStartedCheck,
             m_ui->medicationStartedEdit, m_ui->addMedicationButton}) {
        part->setVisible(!m_readOnly);
    }
    if (m_readOnly) {
        m_session.medicationService().forgetUndo();
        m_ui->medicationUndoBar->setVisible(false);
    }
    try {
        const TitrationRepository& repository = m_session.plans();
        const std::vector<TitrationPlan> plans = repository.history(*m_profileId);
        m_plan = repository.activePlan(*m_profileId);
        m_ui->planPageError->setVisible(false);
        showPlan();
        showHistory(plans);
        showDeviations();
    } catch (const std::exception& error) {
        m_plan.reset();
        showPlan();
        showPlanError(tr("The plan could not be read: %1").arg(ProblemText::of(error)));
    }
    try {
        showMedications();
    } catch (const std::exception& error) {
        showMedicationError(tr("The medicines could not be read: %1").arg(ProblemText::of(error)));
    }
}

void PlanPage::showPlan()
{
    const bool hasPlan = m_plan.has_value();
    m_ui->todayDoseLabel->setVisible(hasPlan);
    m_ui->todayNextLabel->setVisible(hasPlan);
    m_ui->planDescription->setVisible(hasPlan);
    m_ui->noPlanLabel->setVisible(!hasPlan);
    m_ui->setUpPlanButton->setVisible(!hasPlan);
    m_ui->noPlanLabel->setText(
        tr("There is no titration plan yet. A plan works out the dose for each day: it "
           "starts low and steps up at a steady pace until the target."));
    if (hasPlan) {
        const TitrationPlan& plan = *m_plan;
        const std::optional<TitrationSchedule::Day> day = TitrationSchedule(plan).on(m_today);
        if (!day) {
            m_ui->todayDoseLabel->setText(tr("The plan starts on %1").arg(weekdayDate(plan.startOn)));
            m_ui->todayNextLabel->setText(
                tr("First dose: %1 (%2)").arg(milligrams(plan.startDose), inDays(m_today, plan.startOn)));
        } else {
            m_ui->todayDoseLabel->setText(tr("Today: %1 planned").arg(milligrams(day->plannedDose)));
            if (day->onHold) {
                m_ui->todayNextLabel->setText(tr("On hold since %1: no further steps until you resume")
                                                  .arg(weekdayDate(holdStartedOn(plan, m_today))));
            } else if (day->targetReached) {
                m_ui->todayNextLabel->setText(tr("Target of %1 reached").arg(milligrams(plan.targetDose)));
            } else if (day->nextStepOn && day->nextStepDose) {
                m_ui->todayNextLabel->setText(tr("Next step: %1 on %2 (%3)")
                                                  .arg(milligrams(*day->nextStepDose),
                                                       weekdayDate(*day->nextStepOn),
                                                       inDays(m_today, *day->nextStepOn)));
            }
        }
        const QString started = plan.startOn <= m_today ? tr("started %1") : tr("starts %1");
        m_ui->planDescription->setText(
            tr("%1 plan: %2, %3")
                .arg(templateName(plan.kind), planSummary(plan), started.arg(shortDate(plan.startOn))));
    }
    updatePlanButtons();
}

void PlanPage::showHistory(const std::vector<TitrationPlan>& plans)
{
    struct Row {
        QDate date;
        std::size_t plan = 0;
        std::size_t order = 0; // 0 for the plan itself, then its adjustments
        QString change;
        QString dose;
        QString details;
    };
    std::vector<Row> rows;
    for (std::size_t index = 0; index < plans.size(); ++index) {
        const TitrationPlan& plan = plans[index];
        // The repository ends a plan the day before the next one starts (never before its own start).
        QString period = tr("Current plan");
        if (index + 1 < plans.size()) {
            period =
                tr("Until %1").arg(weekdayDate(std::max(plan.startOn, plans[index + 1].startOn.addDays(-1))));
        }
        rows.push_back(
            {plan.startOn, index, 0, tr("New plan (%1)").arg(templateName(plan.kind)),
             tr("%1 \u2192 %2 mg").arg(milligramFigure(plan.startDose), milligramFigure(plan.targetDose)),
             tr("%1 \u00b7 %2").arg(period, stepSummary(plan))});
        for (std::size_t step = 0; step < plan.adjustments.size(); ++step) {
            const TitrationAdjustment& adjustment = plan.adjustments[step];
            rows.push_back({adjustment.effectiveOn, index, step + 1, displayName(adjustment.kind),
                            adjustment.dose ? milligrams(*adjustment.dose) : QString(), adjustment.reason});
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return std::tie(a.date, a.plan, a.order) > std::tie(b.date, b.plan, b.order);
    });

    QTableWidget* table = m_ui->planHistory;
    table->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const Row& entry = rows[static_cast<std::size_t>(row)];
        table->setItem(row, 0, cell(weekdayDate(entry.date)));
        table->setItem(row, 1, cell(entry.change));
        table->setItem(row, 2, cell(entry.dose));
        table->setItem(row, 3, cell(entry.details));
        if (entry.order == 0) {
            QFont font = table->font();
            font.setBold(true);
            table->item(row, 1)->setFont(font);
        }
    }
    fitColumns(table);
    const bool any = !rows.empty();
    m_ui->historyTitle->setVisible(any);
    table->setVisible(any);
}

void PlanPage::showDeviations()
{
    QTableWidget* table = m_ui->deviationTable;
    table->setRowCount(0);
    m_ui->deviationsTitle->setVisible(m_plan.has_value());
    if (!m_plan) {
        table->setVisible(false);
        m_ui->noDeviationsLabel->setVisible(false);
        return;
    }
    const TitrationSchedule schedule(*m_plan);
    std::vector<PlanDeviation> deviations = PlanDeviation::find(
        schedule, m_session.diary().entries(*m_profileId, m_plan->startOn, m_today), m_today);
    std::reverse(deviations.begin(), deviations.end()); // newest first, like the diary

    const QColor missedColour = MessageStyle::warningColour(palette());
    table->setRowCount(static_cast<int>(deviations.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const PlanDeviation& deviation = deviations[static_cast<std::size_t>(row)];
        table->setItem(row, 0, cell(weekdayDate(deviation.date)));
        table->setItem(row, 1, cell(milligrams(deviation.planned)));
        QTableWidgetItem* taken = cell(deviation.taken ? milligrams(*deviation.taken) : tr("Missed"));
        if (!deviation.taken) {
            taken->setForeground(missedColour);
        }
        table->setItem(row, 2, taken);
    }
    fitColumns(table);
    table->setVisible(!deviations.empty());
    m_ui->noDeviationsLabel->setVisible(deviations.empty());
    m_ui->deviationsTitle->setText(deviations.empty()
                                       ? tr("Days that differed from the plan")
                                       : tr("Days that differed from the plan (%1)").arg(deviations.size()));
}

void PlanPage::showMedications()
{
    m_medications = m_session.medicines().list(*m_profileId);
    QTableWidget* table = m_ui->medicationTable;
    table->setRowCount(static_cast<int>(m_medications.size()));
    const QColor errorColour = MessageStyle::errorColour(palette());
    const QColor warningColour = MessageStyle::warningColour(palette());
    const QColor mutedColour = MessageStyle::mutedColour(palette());
    for (int row = 0; row < table->rowCount(); ++row) {
        const Medication& medication = m_medications[static_cast<std::size_t>(row)];
        const MedicationSafety::Assessment assessment = MedicationSafety::assess(medication.name);
        table->setItem(row, 0, cell(medication.name));
        table->setItem(row, 2, cell(takenText(medication)));
        table->setItem(row, 3, cell(medication.doseText));
        QTableWidgetItem* withLdn = cell(QString());
        const bool ofConcern = MedicationSafety::isOpioidOfConcern(medication, m_today);
        if (medication.stoppedOn.isValid() && !ofConcern) {
            // Stopped and no longer bearing on LDN: kept for the record, in grey.
            for (int column : {0, 2, 3}) {
                table->item(row, column)->setForeground(mutedColour);
            }
            if (assessment.level != MedicationSafety::Level::None) {
                withLdn->setText(tr("Stopped (%1)").arg(assessment.group));
                withLdn->setForeground(mutedColour);
            }
        } else if (assessment.level == MedicationSafety::Level::Contraindicated) {
            withLdn->setText(tr("Do not combine (%1)").arg(assessment.group));
            withLdn->setForeground(errorColour);
            QFont font = table->font();
            font.setBold(true);
            withLdn->setFont(font);
        } else if (assessment.level == MedicationSafety::Level::Caution) {
            withLdn->setText(tr("Caution (%1)").arg(assessment.group));
            withLdn->setForeground(warningColour);
        }
        withLdn->setToolTip(assessment.warning);
        table->setItem(row, 1, withLdn);
    }
    table->resizeColumnsToContents();
    table->setVisible(!m_medications.empty());
    m_ui->removeMedicationButton->setVisible(!m_medications.empty() && !m_readOnly);
    m_ui->stopMedicationButton->setVisible(!m_medications.empty() && !m_readOnly);
    m_ui->noMedicationsLabel->setVisible(m_medications.empty());
    showMedicationWarnings();
    updateMedicationButtons();
}

void PlanPage::showMedicationWarnings()
{
    QStringList opioids;
    QString opioidWarning;
    struct Caution {
        QString group;
        QString warning;
        QStringList names;
    };
    std::vector<Caution> cautions;
    QStringList stoppedOpioidNotes;
    for (const Medication& opioid : MedicationSafety::opioidsOfConcern(m_medications, m_today)) {
        if (opioid.stoppedOn.isValid()) {
            stoppedOpioidNotes << MedicationSafety::clearanceNote(opioid, m_today,
                                                                  shortDate(opioid.stoppedOn));
        } else {
            opioids << opioid.name;
            opioidWarning = MedicationSafety::assess(opioid.name).warning;
        }
    }
    for (const Medication& medication : m_medications) {
        const MedicationSafety::Assessment assessment = MedicationSafety::assess(medication.name);
        // A stopped medicine needs no caution; a stopped opioid is handled above.
        if (!medication.stoppedOn.isValid() && assessment.level == MedicationSafety::Level::Caution) {
            auto sameGroup = std::find_if(cautions.begin(), cautions.end(), [&](const Caution& caution) {
                return caution.group == assessment.group;
            });
            if (sameGroup == cautions.end()) {
                cautions.push_back({assessment.group, assessment.warning, {medication.name}});
            } else {
                sameGroup->names << medication.name;
            }
        }
    }

    const bool warnOfOpioids = !opioids.isEmpty() || !stoppedOpioidNotes.isEmpty();
    m_ui->opioidWarning->setVisible(warnOfOpioids);
    if (warnOfOpioids) {
        QStringList warnings;
        if (!opioids.isEmpty()) {
            const QString what = opioids.size() == 1
                                     ? tr("Warning: %1 is an opioid.").arg(opioids.constFirst())
                                     : tr("Warning: %1 are opioids.").arg(joinNames(opioids));
            warnings << what + QLatin1Char(' ') + opioidWarning;
        }
        for (const QString& note : stoppedOpioidNotes) {
            warnings << tr("Warning: %1").arg(note);
        }
        const QString text = warnings.join(QStringLiteral("\n\n"));
        m_ui->opioidWarningText->setText(text);
        m_ui->opioidWarning->setAccessibleDescription(text);
    }

    m_ui->medicationCautions->setVisible(!cautions.empty());
    QStringList paragraphs;
    for (const Caution& caution : cautions) {
        paragraphs
            << tr("Caution: %1 (%2). %3").arg(joinNames(caution.names), caution.group, caution.warning);
    }
    const QString cautionText = paragraphs.join(QStringLiteral("\n\n"));
    m_ui->medicationCautionsText->setText(cautionText);
    m_ui->medicationCautions->setAccessibleDescription(cautionText);
}

void PlanPage::updatePlanButtons()
{
    const bool hasPlan = m_profileId && m_plan;
    std::optional<TitrationSchedule::Day> day;
    if (hasPlan) {
        day = TitrationSchedule(*m_plan).on(m_today);
    }
    const bool onHold = day && day->onHold;
    const bool targetReached = day && day->targetReached;
    const bool editable = m_profileId.has_value() && !m_readOnly;
    m_ui->newPlanButton->setEnabled(editable);
    m_ui->setUpPlanButton->setEnabled(editable);
    // Holding makes sense only while there are steps still to come.
    m_ui->holdButton->setEnabled(editable && hasPlan && !onHold && !targetReached);
    m_ui->stepDownButton->setEnabled(editable && hasPlan);
    m_ui->resumeButton->setEnabled(editable && hasPlan && onHold);
    m_ui->setDoseButton->setEnabled(editable && hasPlan);
}

void PlanPage::showPlanError(const QString& message)
{
    m_ui->planPageError->setText(message);
    m_ui->planPageError->setVisible(true);
}

void PlanPage::addMedication()
{
    if (!m_profileId || m_readOnly || m_ui->medicationNameEdit->text().trimmed().isEmpty()) {
        return;
    }
    Medication medication;
    medication.name = m_ui->medicationNameEdit->text();
    medication.doseText = m_ui->medicationDoseEdit->text();
    if (m_ui->medicationStartedCheck->isChecked()) {
        medication.startedOn = m_ui->medicationStartedEdit->date();
    }
    try {
        const PageRefresher::OwnChange own(*m_refresher);
        m_session.medicationService().add(*m_profileId, medication);
        m_ui->medicationNameEdit->clear();
        m_ui->medicationDoseEdit->clear();
        m_ui->medicationStartedCheck->setChecked(false);
        m_ui->medicationError->setVisible(false);
        showMedications();
        m_ui->medicationNameEdit->setFocus();
    } catch (const InputError& error) {
        showMedicationError(ProblemText::sentence(error.message()));
        m_ui->medicationNameEdit->setFocus();
    } catch (const std::exception& error) {
        showMedicationError(tr("The medicine could not be saved: %1").arg(ProblemText::of(error)));
    }
}

std::optional<Medication> PlanPage::selectedMedication() const
{
    const int row = m_ui->medicationTable->currentRow();
    if (row < 0 || row >= static_cast<int>(m_medications.size()) ||
        m_ui->medicationTable->selectedItems().isEmpty()) {
        return std::nullopt;
    }
    return m_medications[static_cast<std::size_t>(row)];
}

void PlanPage::removeSelectedMedication()
{
    const std::optional<Medication> removed = selectedMedication();
    if (!m_profileId || m_readOnly || !removed) {
        return;
    }
    const int row = m_ui->medicationTable->currentRow();
    // Removing cannot be confirmed away by habit, so it happens at once and can be undone instead.
    try {
        const PageRefresher::OwnChange own(*m_refresher);
        m_session.medicationService().remove(*m_profileId, *removed);
        m_ui->medicationUndoLabel->setText(tr("Removed %1.").arg(removed->name));
        m_ui->medicationUndoBar->setVisible(true);
        m_ui->medicationError->setVisible(false);
        showMedications();
        if (!m_medications.empty()) {
            m_ui->medicationTable->selectRow(std::min(row, static_cast<int>(m_medications.size()) - 1));
            m_ui->medicationTable->setFocus();
        } else {
            m_ui->undoRemoveButton->setFocus();
        }
    } catch (const std::exception& error) {
        showMedicationError(tr("The medicine could not be removed: %1").arg(ProblemText::of(error)));
    }
}

MedicationStopDialog* PlanPage::openStopDialog()
{
    const std::optional<Medication> medication = selectedMedication();
    if (!m_profileId || m_readOnly || !medication) {
        return nullptr;
    }
    auto* dialog = new MedicationStopDialog(*medication, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitFunction(
        [this, medication](const QDate& stoppedOn) { stopMedication(*medication, stoppedOn); });
    dialog->open();
    return dialog;
}

void PlanPage::stopMedication(const Medication& medication, const QDate& stoppedOn)
{
    if (!m_profileId || m_readOnly) {
        throw ReadOnlyError(QStringLiteral("medicine"));
    }
    const PageRefresher::OwnChange own(*m_refresher);
    m_session.medicationService().setStopped(*m_profileId, medication, stoppedOn, m_today);
    m_ui->medicationUndoLabel->setText(
        stoppedOn.isValid() ? tr("Marked %1 as stopped on %2.").arg(medication.name, shortDate(stoppedOn))
                            : tr("Marked %1 as still taken.").arg(medication.name));
    m_ui->medicationUndoBar->setVisible(true);
    m_ui->medicationError->setVisible(false);
    showMedications();
}

void PlanPage::undoMedicationChange()
{
    if (!m_profileId || m_readOnly || !m_session.medicationService().lastChange(*m_profileId)) {
        return;
    }
    try {
        const PageRefresher::OwnChange own(*m_refresher);
        m_session.medicationService().undo(*m_profileId);
        m_ui->medicationUndoBar->setVisible(false);
        m_ui->medicationError->setVisible(false);
        showMedications();
        m_ui->medicationTable->setFocus();
    } catch (const std::exception& error) {
        showMedicationError(tr("The change could not be undone: %1").arg(ProblemText::of(error)));
    }
}

void PlanPage::showMedicationError(const QString& message)
{
    m_ui->medicationError->setText(message);
    m_ui->medicationError->setVisible(true);
}

void PlanPage::updateMedicationButtons()
{
    const bool editable = m_profileId.has_value() && !m_readOnly;
    m_ui->addMedicationButton->setEnabled(editable && !m_ui->medicationNameEdit->text().trimmed().isEmpty());
    const std::optional<Medication> selected = selectedMedication();
    m_ui->removeMedicationButton->setEnabled(editable && selected.has_value());
    m_ui->stopMedicationButton->setEnabled(editable && selected.has_value());
    // For a medicine already stopped the same button corrects the day, or takes the stop back.
    const bool stopped = selected && selected->stoppedOn.isValid();
    m_ui->stopMedicationButton->setText(stopped ? tr("Change &stop…") : tr("Mark &stopped…"));
    m_ui->stopMedicationButton->setAccessibleName(stopped
                                                      ? tr("Change when the selected medicine was stopped")
                                                      : tr("Mark the selected medicine as stopped"));
}

bool PlanPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->medicationTable && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeSelectedMedication();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

std::int64_t PlanPage::requireProfile() const
{
    if (!m_profileId) {
        throw InputError(QStringLiteral("profile"), QStringLiteral("no profile is open"));
    }
    return *m_profileId;
}

void PlanPage::fitColumns(QTableWidget* table)
{
    for (int column = 0; column + 1 < table->columnCount(); ++column) {
        table->resizeColumnToContents(column);
        table->horizontalHeader()->resizeSection(column, table->horizontalHeader()->sectionSize(column) + 12);
    }
}

void PlanPage::setUpTable(QTableWidget* table, const QStringList& headers)
{
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setTabKeyNavigation(false);
}

} // namespace ldn
