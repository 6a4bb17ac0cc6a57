#include "gui/today/DayLogPage.h"

#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "core/diary/DiaryVocabulary.h"
#include "core/diary/Severity.h"
#include "core/plan/MedicationSafety.h"
#include "core/plan/TitrationSchedule.h"
#include "gui/common/DoseChoice.h"
#include "gui/common/MessageStyle.h"
#include "gui/common/PageRefresher.h"
#include "gui/common/PersonBanner.h"
#include "gui/common/ReadOnlyLook.h"
#include "gui/common/ScoreDirectionCue.h"
#include "gui/notes/DayNotesPanel.h"
#include "gui/notes/NoteMarker.h"
#include "gui/profiles/AddSymptomDialog.h"
#include "gui/today/DayFormNames.h"
#include "gui/today/EventChecklist.h"
#include "gui/today/ScoreSpinBox.h"
#include "gui/today/SideEffectChecklist.h"
#include "gui/today/TrialStatusPanel.h"
#include "presentation/DateText.h"
#include "presentation/DoseText.h"
#include "services/DiaryService.h"
#include "services/DiarySession.h"
#include "services/ProblemText.h"
#include "services/ProfileService.h"
#include "services/ReadOnlyError.h"
#include "services/TrialService.h"
#include "storage/db/Database.h"
#include "storage/db/StorageError.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/plan/MedicationRepository.h"
#include "storage/plan/TitrationRepository.h"
#include "ui_DayLogPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>
#include <initializer_list>
#include <map>
#include <utility>

namespace ldn {
namespace {

constexpr int kDefaultsLookBackDays = 400;

constexpr int kNotScored = ScoreSpinBox::kNotScored;
constexpr int kSymptomsPerColumn = 4;
constexpr int kMaximumSymptomColumns = 3;
const QTime kDefaultTime(22, 0); // LDN is usually taken at bedtime

QString doseSummary(const DiaryEntry& entry)
{
    if (entry.status == DoseStatus::Missed) {
        return DayLogPage::tr("missed dose");
    }
    if (entry.dose.isZero()) {
        return DayLogPage::tr("no LDN (0 mg)");
    }
    return milligrams(entry.dose);
}

void setMuted(QLabel* label, const QPalette& palette)
{
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, MessageStyle::mutedColour(palette));
    label->setPalette(muted);
}

} // namespace

DayLogPage::DayLogPage(DiarySession& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DayLogPage>())
    , m_session(session)
    , m_refresher(new PageRefresher(*this, *this, session,
                                    DiaryChange::Subject::Symptoms | DiaryChange::Subject::Plan |
                                        DiaryChange::Subject::Medicines | DiaryChange::Subject::Profiles |
                                        DiaryChange::Subject::Days | DiaryChange::Subject::Trial))
{
    m_ui->setupUi(this);
    // Logging is what people do every day, so an opioid on the list is repeated here, not only
    // on the Plan & medicines tab.
    m_opioidReminder = new QLabel(this);
    m_opioidReminder->setObjectName(QStringLiteral("opioidReminder"));
    m_opioidReminder->setWordWrap(true);
    m_opioidReminder->setTextFormat(Qt::PlainText);
    m_opioidReminder->setAccessibleName(tr("Medicine warning"));
    m_opioidReminder->setStyleSheet(
        QStringLiteral("QLabel { border: 2px solid %1; padding: 6px; font-weight: bold; }")
            .arg(MessageStyle::errorColour(palette()).name()));
    m_opioidReminder->setVisible(false);
    m_ui->dayLogLayout->insertWidget(0, m_opioidReminder);
    m_trialStatus = new TrialStatusPanel(this);
    m_ui->dayLogLayout->insertWidget(0, m_trialStatus);
    m_banner = new PersonBanner(this);
    m_ui->dayLogLayout->insertWidget(0, m_banner);

    m_dose =
        new DoseChoice(this, m_ui->doseTakenRadio, m_ui->zeroDoseRadio, m_ui->missedRadio, m_ui->doseSpin);
    connect(m_dose, &DoseChoice::choiceChanged, this, &DayLogPage::updateDoseControls);
    connect(m_dose, &DoseChoice::confirmedWithEnter, this, &DayLogPage::focusFirstInput);

    MessageStyle::prepareErrorLine(m_ui->dayLogError);
    setMuted(m_ui->planHint, palette());
    setMuted(m_ui->sideEffectsKept, palette());

    const QDate today = QDate::currentDate();
    m_ui->dateEdit->setMaximumDate(today);
    m_ui->dateEdit->setDate(today);
    m_ui->timeEdit->setTime(kDefaultTime);
    for (const QString& storage : formulationStorageTexts()) {
        m_ui->formulationCombo->addItem(displayName(*formulationFromText(storage)), storage);
    }
    // About three lines: enough for a sentence or two without pushing the buttons off screen.
    // At least three lines; on a tall window the note takes the room left, not a blank gap.
    m_ui->noteEdit->setMinimumHeight(m_ui->noteEdit->fontMetrics().lineSpacing() * 3 + 14);
    m_ui->noteEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_sideEffects =
        new SideEffectChecklist(m_ui->sideEffectsGroup, m_ui->sideEffectsLayout, m_ui->sideEffectsKept);
    m_events = new EventChecklist(m_ui->eventsGroup, m_ui->eventsLayout);
    m_notesPanel = new DayNotesPanel(session, m_ui->dayLogContents);
    m_ui->noteRow->addWidget(m_notesPanel, 2);
    m_ui->noteRow->setStretchFactor(m_ui->noteEdit, 3);
    connect(m_notesPanel, &DayNotesPanel::confirmed, this, &DayLogPage::showConfirmation);
    m_readOnlyNotice =
        new QLabel(tr("Read-only: this diary is open for review, so nothing can be changed."), this);
    m_readOnlyNotice->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnlyNotice->setTextFormat(Qt::PlainText);
    QFont bold = m_readOnlyNotice->font();
    bold.setBold(true);
    m_readOnlyNotice->setFont(bold);
    m_readOnlyNotice->setVisible(false);
    m_ui->buttonRow->insertWidget(m_ui->buttonRow->count() - 1, m_readOnlyNotice);
    m_readOnly = session.isReadOnly();

    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, [this](const QDate&) { loadSelectedDate(); });
    connect(m_ui->previousDayButton, &QPushButton::clicked, this, [this] { stepDate(-1); });
    connect(m_ui->nextDayButton, &QPushButton::clicked, this, [this] { stepDate(1); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &DayLogPage::saveDay);
    connect(m_ui->copyYesterdayButton, &QPushButton::clicked, this, &DayLogPage::copyPreviousDay);
    connect(m_ui->clearFormButton, &QPushButton::clicked, this, &DayLogPage::clearForm);
    connect(m_ui->addSymptomButton, &QPushButton::clicked, this, &DayLogPage::openAddSymptomDialog);

    // Window-wide keys, so they work wherever the focus is; they are live only while the page is shown,
    // so a page in another tab may use the same keys.
    const auto addShortcut = [this](const QKeySequence& keys, auto action) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), [this] { saveDay(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { saveDay(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { saveDay(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Y), [this] { copyPreviousDay(); });
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { stepDate(-1); });
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), [this] { stepDate(1); });

    letPageHaveCopyKey(this);
    m_ui->dateEdit->installEventFilter(this);
    m_ui->timeEdit->installEventFilter(this);
    clear();
}

DayLogPage::~DayLogPage() = default;

void DayLogPage::showProfile(std::int64_t profileId)
{
    m_profileId = profileId;
    m_refresher->markShown(profileId);
    m_ui->dayLogConfirmation->clear();
    m_ui->dateEdit->setMaximumDate(QDate::currentDate());
    try {
        if (const std::optional<Profile> profile = m_session.profiles().find(profileId)) {
            showPerson(*profile);
        }
        m_symptoms = m_session.profiles().symptoms(profileId);
        m_plan = m_session.plans().activePlan(profileId);
    } catch (const std::exception& error) {
        m_symptoms.clear();
        m_plan.reset();
        rebuildSymptomRows();
        showError(tr("The profile could not be read: %1").arg(ProblemText::of(error)));
        return;
    }
    rebuildSymptomRows();
    updateOpioidReminder();
    updateTrialStatus();
    m_ui->dayLogScroll->setEnabled(true);
    for (QPushButton* button :
         {m_ui->saveButton, m_ui->copyYesterdayButton, m_ui->clearFormButton, m_ui->addSymptomButton}) {
        button->setEnabled(true);
    }
    applyEditability();
    loadSelectedDate();
}

void DayLogPage::addSymptom(const SymptomDefinition& symptom)
{
    if (!m_profileId || m_readOnly) {
        return;
    }
    // Only the score boxes are rebuilt; what was typed in them is carried over by name.
    std::map<QString, int> typedScores;
    for (const SymptomRow& row : m_symptomRows) {
        typedScores[row.symptom.name] = row.score->value();
    }
    {
        const PageRefresher::OwnChange own(*m_refresher);
        m_session.profileService().addSymptom(*m_profileId, symptom);
    }
    m_symptoms = m_session.profiles().symptoms(*m_profileId);
    rebuildSymptomRows();
    for (const SymptomRow& row : m_symptomRows) {
        const auto typed = typedScores.find(row.symptom.name);
        if (typed != typedScores.end()) {
            row.score->setValue(typed->second);
        }
    }
    for (const SymptomRow& row : m_symptomRows) {
        if (row.symptom.name.compare(symptom.name.simplified(), Qt::CaseInsensitive) == 0) {
            row.score->setFocus();
        }
    }
    showConfirmation(tr("Added \"%1\"; it can be scored from today.").arg(symptom.name.simplified()));
}

void DayLogPage::showPerson(const Profile& profile)
{
    m_banner->showPerson(m_readOnly ? tr("Reviewing the diary of") : tr("Logging the day for"), profile.name,
                         profile.colour);
    m_dose->setUnit(profile.doseUnit);
}

void DayLogPage::updateTrialStatus()
{
    // A trial stopped or reviewed more than four weeks ago is history: the Today tab lets it go.
    constexpr int kDaysShownAfterEnd = 28;
    const QDate today = QDate::currentDate();
    try {
        TrialService& trials = m_session.trialService();
        const std::optional<Trial> trial = trials.latest(*m_profileId);
        if (!trial || trial->span().last.daysTo(today) > kDaysShownAfterEnd) {
            m_trialStatus->clear();
            return;
        }
        const TrialStanding standing =
            TrialStanding::of(*trial, today, m_session.diary().firstDoseDay(*m_profileId));
        m_trialStatus->showTrial(standing, trials.rulesMet(*trial, today));
    } catch (const std::exception&) {
        // The form works without it; `trial show` and the GP report say what could not be read.
        m_trialStatus->clear();
    }
}

void DayLogPage::updateOpioidReminder()
{
    QStringList opioids;
    QStringList warnings;
    const QDate today = QDate::currentDate();
    try {
        const std::vector<Medication> medications = m_session.medicines().list(*m_profileId);
        for (const Medication& opioid : MedicationSafety::opioidsOfConcern(medications, today)) {
            if (opioid.stoppedOn.isValid()) {
                warnings << tr("Warning: %1")
                                .arg(MedicationSafety::clearanceNote(opioid, today,
                                                                     shortDate(opioid.stoppedOn)));
            } else {
                opioids << opioid.name;
            }
        }
    } catch (const std::exception&) {
        // The form still works without the list; the Plan & medicines tab reports read errors.
    }
    if (!opioids.isEmpty()) {
        warnings.prepend(tr("Warning: %1 on your medicine list is an opioid. Do not take LDN with opioid "
                            "medicines; talk to your prescriber.")
                             .arg(opioids.join(QStringLiteral(", "))));
    }
    m_opioidReminder->setText(warnings.join(QLatin1Char('\n')));
    m_opioidReminder->setVisible(!warnings.isEmpty());
}

void DayLogPage::openAddSymptomDialog()
{
    if (m_readOnly) {
        return;
    }
    auto* dialog = new AddSymptomDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitFunction([this](const SymptomDefinition& symptom) { addSymptom(symptom); });
    dialog->open();
}

void DayLogPage::clear()
{
    m_refresher->markShown(std::nullopt);
    m_banner->clear();
    m_opioidReminder->setVisible(false);
    m_profileId.reset();
    m_plan.reset();
    m_symptoms.clear();
    m_defaults = DayDefaults();
    m_selectedDateLogged = false;
    rebuildSymptomRows();
    fillBlank();
    m_ui->dayLogScroll->setEnabled(false);
    for (QPushButton* button :
         {m_ui->saveButton, m_ui->copyYesterdayButton, m_ui->clearFormButton, m_ui->addSymptomButton}) {
        button->setEnabled(false);
    }
    m_ui->dayLogError->clear();
    m_ui->dayLogError->setVisible(false);
    m_ui->dayLogConfirmation->clear();
    m_ui->planHint->clear();
    m_ui->dayLogStatus->setText(tr("No profile is selected"));
    m_notesPanel->showDay(std::nullopt, {});
    applyEditability();
    updateDateControls();
}

void DayLogPage::editDate(const QDate& date)
{
    const QDate today = QDate::currentDate();
    m_ui->dateEdit->setMaximumDate(today);
    const QDate wanted = date.isValid() ? std::min(date, today) : today;
    if (m_ui->dateEdit->date() == wanted) {
        loadSelectedDate();
    } else {
        m_ui->dateEdit->setDate(wanted); // loads it through dateChanged
    }
    focusFirstInput();
}

void DayLogPage::setDoseConfirmation(DoseConfirmation confirmation)
{
    m_dose->questions().setUnusualDoseAnswer(std::move(confirmation));
}

void DayLogPage::setMicrogramQuestion(DoseQuestions::MicrogramAnswer answer)
{
    m_dose->questions().setMicrogramAnswer(std::move(answer));
}

QString DayLogPage::doseConfirmationQuestion(const Dose& dose)
{
    return DoseQuestions::unusualDoseQuestion(dose);
}

// --- building the form -------------------------------------------------------------------------

void DayLogPage::letPageHaveCopyKey(QWidget* root)
{
    for (QLineEdit* edit : root->findChildren<QLineEdit*>()) {
        edit->installEventFilter(this);
    }
    for (QPlainTextEdit* edit : root->findChildren<QPlainTextEdit*>()) {
        edit->installEventFilter(this);
    }
    // A spin box hands the key straight to its inner line edit, past that edit's filters.
    for (QAbstractSpinBox* spin : root->findChildren<QAbstractSpinBox*>()) {
        spin->installEventFilter(this);
    }
}

bool DayLogPage::eventFilter(QObject* watched, QEvent* event)
{
    // Date and time fields use Tab to move between their own parts (day, month, year); here Tab
    // leaves the field, so a day takes one Tab per field. The arrow keys still move between parts.
    if (event->type() == QEvent::KeyPress && (watched == m_ui->dateEdit || watched == m_ui->timeEdit)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            static_cast<QAbstractSpinBox*>(watched)->interpretText();
            focusNextPrevChild(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent*>(event)->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_Y)) {
        event->ignore(); // not the field's key: the shortcut map then finds the page's Ctrl+Y
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DayLogPage::rebuildSymptomRows()
{
    QGridLayout* grid = m_ui->scoresLayout;
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int column = 0; column < grid->columnCount(); ++column) {
        grid->setColumnStretch(column, 0);
    }
    m_symptomRows.clear();

    const int count = static_cast<int>(m_symptoms.size());
    if (count == 0) {
        auto* none = new QLabel(tr("This profile has no symptoms to score yet."), m_ui->scoresGroup);
        setMuted(none, palette());
        grid->addWidget(none, 0, 0);
        none->show();
        updateTabOrder();
        return;
    }
    // Side by side columns, filled top to bottom, so ten symptoms fit without scrolling.
    const int columns =
        std::clamp((count + kSymptomsPerColumn - 1) / kSymptomsPerColumn, 1, kMaximumSymptomColumns);
    const int rowsPerColumn = (count + columns - 1) / columns;
    for (int index = 0; index < count; ++index) {
        const SymptomDefinition& symptom = m_symptoms[static_cast<std::size_t>(index)];
        const int row = index % rowsPerColumn;
        const int firstColumn = (index / rowsPerColumn) * 4;
        auto* label = new QLabel(DayFormNames::capitalised(symptom.name), m_ui->scoresGroup);
        auto* score = new ScoreSpinBox(m_ui->scoresGroup);
        score->setObjectName(DayFormNames::objectName(QStringLiteral("score_"), symptom.name));
        score->setAccessibleName(tr("%1 score").arg(DayFormNames::capitalised(symptom.name)));
        score->setAccessibleDescription(ScoreDirectionCue::description(symptom.higherIsBetter) +
                                        QLatin1Char(' ') + tr("A dash means not scored."));
        score->setMinimumWidth(score->fontMetrics().horizontalAdvance(QStringLiteral("10")) + 44);
        label->setBuddy(score);
        QWidget* hint = ScoreDirectionCue::makeLabel(symptom.higherIsBetter, m_ui->scoresGroup);

        grid->addWidget(label, row, firstColumn);
        grid->addWidget(score, row, firstColumn + 1);
        grid->addWidget(hint, row, firstColumn + 2);
        // Shown now, not on the layout's next pass, so the first score can take the focus at once.
        for (QWidget* widget : std::initializer_list<QWidget*>{label, score, hint}) {
            widget->show();
        }
        grid->setColumnMinimumWidth(firstColumn + 3, 48);
        m_symptomRows.push_back({symptom, score});
    }
    grid->setColumnStretch(columns * 4, 1); // the columns stay together on the left
    letPageHaveCopyKey(m_ui->scoresGroup);
    updateTabOrder();
}

void DayLogPage::updateTabOrder()
{
    // The dose choices are one stop (Tab skips the unticked ones); from the dose only the time comes
    // before the first score. Form, pharmacy and batch are filled in from the last day and rarely
    // change, so they come after the events (Alt+R, Alt+A and Alt+B reach them at once).
    std::vector<QWidget*> order{m_ui->dateEdit,    m_ui->doseTakenRadio, m_ui->zeroDoseRadio,
                                m_ui->missedRadio, m_ui->doseSpin,       m_ui->timeEdit};
    for (const SymptomRow& row : m_symptomRows) {
        order.push_back(row.score);
    }
    for (QWidget* widget : m_sideEffects->tabOrder() + m_events->tabOrder()) {
        order.push_back(widget);
    }
    // The day's note leads straight to Save; the notes by others come after the form's buttons.
    order.insert(order.end(), {m_ui->formulationCombo, m_ui->pharmacyEdit, m_ui->batchEdit, m_ui->noteEdit,
                               m_ui->saveButton, m_ui->copyYesterdayButton, m_ui->clearFormButton,
                               m_notesPanel->addButton()});
    for (std::size_t index = 1; index < order.size(); ++index) {
        QWidget::setTabOrder(order[index - 1], order[index]);
    }
}

// --- filling the form --------------------------------------------------------------------------

void DayLogPage::loadSelectedDate()
{
    m_ui->dayLogError->clear();
    m_ui->dayLogError->setVisible(false);
    updateDateControls();
    if (!m_profileId) {
        return;
    }
    const QDate date = m_ui->dateEdit->date();
    std::vector<DiaryEntry> selected;
    try {
        const DiaryRepository& diary = m_session.diary();
        selected = diary.entries(*m_profileId, date, date);
        // Defaults come from the last day that had each detail; a detail not recorded for over a
        // year is no useful default.
        m_defaults = diary.defaultsBefore(*m_profileId, date, date.addDays(-kDefaultsLookBackDays));
    } catch (const std::exception& error) {
        selected.clear();
        m_defaults = DayDefaults();
        showError(tr("The diary could not be read: %1").arg(ProblemText::of(error)));
    }
    m_selectedDateLogged = !selected.empty();
    m_dose->setConfirmed(m_selectedDateLogged);
    if (m_selectedDateLogged) {
        fillFrom(selected.front());
    } else {
        fillBlank();
    }
    updateStatus();
    updatePlanHint();
    m_notesPanel->showDay(m_profileId, selectedDate());
}

void DayLogPage::fillBlank()
{
    // A day nobody logged is shown empty when read-only: suggestions would read as what was taken.
    const DayDefaults defaults = m_readOnly ? DayDefaults() : m_defaults;
    m_ui->timeEdit->setTime(defaults.timeTaken.value_or(kDefaultTime));
    m_ui->formulationCombo->setCurrentIndex(
        std::max(0, m_ui->formulationCombo->findData(
                        toStorageText(defaults.formulation.value_or(Formulation::Capsule)))));
    m_ui->pharmacyEdit->setText(defaults.pharmacy);
    m_ui->batchEdit->setText(defaults.batch);
    // A long name in a narrow window shows its start, not its end.
    m_ui->pharmacyEdit->setCursorPosition(0);
    m_ui->batchEdit->setCursorPosition(0);

    std::optional<Dose> suggested;
    if (!m_readOnly) {
        suggested = suggestedDose();
    }
    m_dose->offer(suggested);

    for (const SymptomRow& row : m_symptomRows) {
        row.score->setValue(kNotScored);
    }
    m_sideEffects->clear();
    m_events->clear();
    m_ui->noteEdit->clear();
    updateDoseControls();
}

void DayLogPage::fillFrom(const DiaryEntry& entry)
{
    fillBlank(); // the defaults stay behind what the entry does not say (e.g. the time of a missed day)
    m_dose->show(entry);
    if (entry.status == DoseStatus::Taken && !entry.dose.isZero()) {
        if (entry.timeTaken) {
            m_ui->timeEdit->setTime(*entry.timeTaken);
        }
        if (entry.formulation) {
            m_ui->formulationCombo->setCurrentIndex(
                std::max(0, m_ui->formulationCombo->findData(toStorageText(*entry.formulation))));
        }
        m_ui->pharmacyEdit->setText(entry.pharmacy);
        m_ui->batchEdit->setText(entry.batch);
        // A long name in a narrow window shows its start, not its end.
        m_ui->pharmacyEdit->setCursorPosition(0);
        m_ui->batchEdit->setCursorPosition(0);
    }
    for (const SymptomRow& row : m_symptomRows) {
        const auto score = entry.symptomScores.find(row.symptom.name);
        row.score->setValue(score == entry.symptomScores.end() ? kNotScored : score->second);
    }
    m_sideEffects->show(entry.sideEffects);
    m_events->show(entry.events);
    m_ui->noteEdit->setPlainText(entry.note);
    updateDoseControls();
}

void DayLogPage::updateDoseControls()
{
    const bool taken = m_dose->isTaken();
    // Nothing was taken on a missed or 0 mg day, so there is no time, form or batch to record.
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_ui->timeLabel, m_ui->timeEdit, m_ui->formulationLabel, m_ui->formulationCombo,
             m_ui->pharmacyLabel, m_ui->pharmacyEdit, m_ui->batchLabel, m_ui->batchEdit}) {
        widget->setEnabled(taken);
    }
}

void DayLogPage::updateDateControls()
{
    const QDate date = m_ui->dateEdit->date();
    m_ui->previousDayButton->setEnabled(date > m_ui->dateEdit->minimumDate());
    m_ui->nextDayButton->setEnabled(date < m_ui->dateEdit->maximumDate());
}

void DayLogPage::updateStatus()
{
    QLabel* status = m_ui->dayLogStatus;
    if (m_selectedDateLogged) {
        status->setText(m_readOnly ? tr("Logged") : tr("Logged \u2014 saving replaces this day"));
        status->setPalette(palette());
    } else {
        status->setText(m_readOnly ? tr("Not logged") : tr("Not logged yet"));
        setMuted(status, palette());
    }
}

void DayLogPage::updatePlanHint()
{
    if (!m_plan) {
        m_ui->planHint->setText(tr("No titration plan"));
        return;
    }
    const QDate date = m_ui->dateEdit->date();
    const std::optional<TitrationSchedule::Day> day = TitrationSchedule(*m_plan).on(date);
    if (!day) {
        m_ui->planHint->setText(
            tr("Plan starts on %1 with %2 mg")
                .arg(IsoDate::format(m_plan->startOn), milligramFigure(m_plan->startDose)));
        return;
    }
    QString text = date == QDate::currentDate()
                       ? tr("Plan: %1 mg today").arg(milligramFigure(day->plannedDose))
                       : tr("Plan: %1 mg that day").arg(milligramFigure(day->plannedDose));
    const QString separator = QStringLiteral(" \u00b7 ");
    if (day->onHold) {
        text += separator + tr("on hold");
    } else if (day->targetReached) {
        text += separator + tr("target reached");
    } else if (day->nextStepOn && day->nextStepDose) {
        text += separator + tr("next step %1 mg on %2")
                                .arg(milligramFigure(*day->nextStepDose), IsoDate::format(*day->nextStepOn));
    }
    m_ui->planHint->setText(text);
}

std::optional<Dose> DayLogPage::suggestedDose() const
{
    const QDate date = m_ui->dateEdit->date();
    if (m_plan) {
        if (const std::optional<TitrationSchedule::Day> day = TitrationSchedule(*m_plan).on(date)) {
            return day->plannedDose;
        }
    }
    return m_defaults.lastTakenDose;
}

// --- reading and saving ------------------------------------------------------------------------

DiaryEntry DayLogPage::entryFromForm() const
{
    DiaryEntry entry;
    entry.date = m_ui->dateEdit->date();
    if (!entry.date.isValid() || entry.date > QDate::currentDate()) {
        throw InputError(tr("date"), tr("%1 is in the future").arg(IsoDate::format(entry.date)));
    }
    m_dose->read(entry);
    if (entry.status == DoseStatus::Taken && !entry.dose.isZero()) {
        entry.timeTaken = m_ui->timeEdit->time();
        entry.formulation = formulationFromText(m_ui->formulationCombo->currentData().toString());
        entry.pharmacy = m_ui->pharmacyEdit->text().trimmed();
        entry.batch = m_ui->batchEdit->text().trimmed();
    }
    for (const SymptomRow& row : m_symptomRows) {
        if (row.score->value() != kNotScored) {
            entry.symptomScores[row.symptom.name] = row.score->value();
        }
    }
    entry.sideEffects = m_sideEffects->read();
    entry.events = m_events->read();
    entry.note = m_ui->noteEdit->toPlainText().trimmed();
    return entry;
}

bool DayLogPage::settleDose()
{
    QString problem;
    if (!m_dose->settle(this, problem)) {
        showError(ProblemText::sentence(QStringLiteral("%1: %2").arg(DoseChoice::fieldName(), problem)));
        m_dose->focus();
        return false;
    }
    return true;
}

void DayLogPage::saveDay()
{
    if (!m_profileId || m_readOnly) {
        return;
    }
    // A date typed but not yet confirmed would otherwise be saved over the day shown before it.
    const QDate shownBefore = m_ui->dateEdit->date();
    m_ui->dateEdit->interpretText();
    if (m_ui->dateEdit->date() != shownBefore) {
        return; // the typed day is now loaded; it is saved with the next Ctrl+S
    }
    if (!settleDose()) {
        return;
    }
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(focusWidget())) {
        spin->interpretText();
    }
    m_ui->dayLogError->setVisible(false);

    DiaryEntry entry;
    try {
        entry = entryFromForm();
    } catch (const InputError& error) {
        showError(ProblemText::sentence(error.message()));
        if (error.location() == DoseChoice::fieldName()) {
            m_dose->focus();
        } else if (error.location() == tr("other side effect")) {
            m_sideEffects->otherName()->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    if (entry.status == DoseStatus::Taken && !m_dose->confirmUnusual(entry.dose, this)) {
        showError(tr("Nothing was saved. Check the dose, then save again."));
        m_dose->focus();
        return;
    }
    try {
        const PageRefresher::OwnChange own(*m_refresher);
        m_session.diaryService().saveDay(*m_profileId, entry);
    } catch (const InputError& error) {
        showError(ProblemText::sentence(error.message()));
        return;
    } catch (const std::exception& error) {
        showError(tr("The day could not be saved: %1").arg(ProblemText::of(error)));
        return;
    }

    loadSelectedDate(); // shows what was stored, and the day as logged
    const int scores = static_cast<int>(entry.symptomScores.size());
    showConfirmation(tr("Saved %1: %2, %3")
                         .arg(shortDay(entry.date), doseSummary(entry),
                              scores == 1 ? tr("1 score") : tr("%1 scores").arg(scores)));
}

void DayLogPage::copyPreviousDay()
{
    if (!m_profileId || m_readOnly) {
        return;
    }
    const QDate date = m_ui->dateEdit->date();
    std::optional<DiaryEntry> previous;
    try {
        previous = m_session.diary().latestBefore(*m_profileId, date);
    } catch (const std::exception& error) {
        showError(tr("The diary could not be read: %1").arg(ProblemText::of(error)));
        return;
    }
    if (!previous) {
        showConfirmation(tr("No earlier day is logged, so there is nothing to copy."));
        return;
    }
    DiaryEntry copy = *previous;
    copy.date = date;
    fillFrom(copy);
    m_ui->dayLogError->setVisible(false);
    showConfirmation(tr("Copied from %1. Check it, then save.").arg(shortDay(previous->date)));
}

void DayLogPage::clearForm()
{
    if (m_readOnly) {
        return;
    }
    fillBlank();
    m_ui->dayLogError->setVisible(false);
    m_ui->dayLogConfirmation->clear();
}

void DayLogPage::stepDate(int days)
{
    if (!m_ui->dayLogScroll->isEnabled()) {
        return;
    }
    const QDate target = m_ui->dateEdit->date().addDays(days);
    if (target >= m_ui->dateEdit->minimumDate() && target <= m_ui->dateEdit->maximumDate()) {
        m_ui->dateEdit->setDate(target);
    }
}

void DayLogPage::focusFirstInput()
{
    if (!m_dose->isConfirmed() || m_symptomRows.empty()) {
        m_dose->focus();
        return;
    }
    // Tab focus selects the dash, so the first digit typed replaces it.
    m_symptomRows.front().score->setFocus(Qt::TabFocusReason);
}

void DayLogPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Whenever the tab opens (not when the window comes back from being minimised), the cursor is
    // where the day's logging goes on: the dose until it is confirmed, then the first score.
    if (!event->spontaneous() && m_profileId && !m_readOnly) {
        focusFirstInput();
    }
}

void DayLogPage::showError(const QString& message)
{
    m_ui->dayLogError->setText(message);
    m_ui->dayLogError->setVisible(true);
    m_ui->dayLogConfirmation->clear();
}

void DayLogPage::showConfirmation(const QString& message)
{
    m_ui->dayLogConfirmation->setText(message);
}

// --- notes about the day ----------------------------------------------------------------------

QDate DayLogPage::selectedDate() const
{
    return m_ui->dateEdit->date();
}

void DayLogPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyEditability();
    if (m_profileId) {
        updateStatus();
    }
}

void DayLogPage::applyEditability()
{
    const bool editable = m_profileId.has_value() && !m_readOnly;
    // The form stays readable at full contrast; only the date moves while read-only.
    for (QWidget* part : std::initializer_list<QWidget*>{m_ui->doseGroup, m_ui->scoresGroup,
                                                         m_ui->sideEffectsGroup, m_ui->eventsGroup}) {
        ReadOnlyLook::apply(part, m_readOnly);
    }
    m_ui->noteEdit->setReadOnly(m_readOnly);
    m_ui->noteEdit->setPlaceholderText(m_readOnly ? tr("No note for this day.")
                                                  : tr("Anything else about the day (optional)"));
    for (QPushButton* button :
         {m_ui->saveButton, m_ui->copyYesterdayButton, m_ui->clearFormButton, m_ui->addSymptomButton}) {
        button->setEnabled(editable);
    }
    m_notesPanel->setReadOnly(m_readOnly);
    m_readOnlyNotice->setVisible(m_readOnly && m_profileId.has_value());
}

} // namespace ldn
