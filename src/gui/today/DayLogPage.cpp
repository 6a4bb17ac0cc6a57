#include "gui/today/DayLogPage.h"

#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "core/plan/MedicationSafety.h"
#include "core/plan/TitrationSchedule.h"
#include "gui/common/MessageStyle.h"
#include "gui/notes/AnnotationDialog.h"
#include "gui/notes/NoteMarker.h"
#include "gui/profiles/AddSymptomDialog.h"
#include "presentation/DoseText.h"
#include "storage/db/Database.h"
#include "storage/db/StorageError.h"
#include "storage/diary/AnnotationRepository.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/diary/SettingRepository.h"
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
#include <QLocale>
#include <QMessageBox>
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

constexpr int kNotScored = -1;
constexpr int kDefaultSeverity = 1; // ticking a side effect most often means "mild"
constexpr int kSymptomsPerColumn = 4;
constexpr int kMaximumSymptomColumns = 3;
constexpr int kSideEffectsPerRow = 4;
const QTime kDefaultTime(22, 0); // LDN is usually taken at bedtime

const QString& notScoredText()
{
    static const QString text = QStringLiteral("\u2013");
    return text;
}

// A 0–10 score whose lowest value, shown as a dash, means "not scored". Typing a digit over the
// dash, or clearing the field, has to work without thinking, so both are accepted as they are.
class ScoreSpinBox : public QSpinBox {
public:
    explicit ScoreSpinBox(QWidget* parent)
        : QSpinBox(parent)
    {
        setRange(kNotScored, kMaximumSymptomScore);
        setSpecialValueText(notScoredText());
        setValue(kNotScored);
        setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }

protected:
    QValidator::State validate(QString& input, int& position) const override
    {
        if (meansNotScored(input)) {
            return QValidator::Acceptable;
        }
        // A digit typed after the dash (the cursor was not on it) replaces the dash.
        if (input.size() > 1 && isDash(input.at(0))) {
            input.remove(0, 1);
            position = std::max(0, position - 1);
        }
        return QSpinBox::validate(input, position);
    }

    int valueFromText(const QString& text) const override
    {
        return meansNotScored(text) ? kNotScored : QSpinBox::valueFromText(text);
    }

    void fixup(QString& input) const override
    {
        if (meansNotScored(input)) {
            input = notScoredText();
            return;
        }
        QSpinBox::fixup(input);
    }

private:
    static bool isDash(QChar character)
    {
        return character == QLatin1Char('-') || character == notScoredText().at(0);
    }
    static bool meansNotScored(const QString& text)
    {
        const QString trimmed = text.trimmed();
        return trimmed.isEmpty() || (trimmed.size() == 1 && isDash(trimmed.at(0)));
    }
};

// objectNames for tests and tools: "brain fog" -> "score_brain_fog".
QString widgetName(const QString& prefix, const QString& name)
{
    QString suffix = name.simplified();
    suffix.replace(QLatin1Char(' '), QLatin1Char('_'));
    return prefix + suffix;
}

QString capitalised(const QString& text)
{
    if (text.isEmpty()) {
        return text;
    }
    return text.at(0).toUpper() + text.mid(1);
}

QString severityName(int severity)
{
    switch (severity) {
    case 0:
        return DayLogPage::tr("none");
    case 1:
        return DayLogPage::tr("mild");
    case 2:
        return DayLogPage::tr("moderate");
    default:
        return DayLogPage::tr("severe");
    }
}

// "2 moderate": typing the digit in the closed combo box picks the item.
QComboBox* makeSeverityCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (int severity = 0; severity <= kMaximumSideEffectSeverity; ++severity) {
        combo->addItem(QStringLiteral("%1 %2").arg(severity).arg(severityName(severity)), severity);
    }
    combo->setPlaceholderText(DayLogPage::tr("severity"));
    combo->setCurrentIndex(-1);
    combo->setEnabled(false);
    return combo;
}

QString shortDay(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

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

DayLogPage::DayLogPage(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DayLogPage>())
    , m_database(database)
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

    QPalette errorPalette = m_ui->dayLogError->palette();
    errorPalette.setColor(QPalette::WindowText, MessageStyle::errorColour(palette()));
    m_ui->dayLogError->setPalette(errorPalette);
    m_ui->dayLogError->setVisible(false);
    setMuted(m_ui->planHint, palette());
    setMuted(m_ui->sideEffectsKept, palette());
    m_ui->sideEffectsKept->setVisible(false);

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

    buildSideEffects();
    buildEvents();
    buildAnnotationPanel();
    m_readOnly = database.isReadOnly();

    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, [this](const QDate&) { loadSelectedDate(); });
    connect(m_ui->previousDayButton, &QPushButton::clicked, this, [this] { stepDate(-1); });
    connect(m_ui->nextDayButton, &QPushButton::clicked, this, [this] { stepDate(1); });
    for (QRadioButton* radio : {m_ui->doseTakenRadio, m_ui->zeroDoseRadio, m_ui->missedRadio}) {
        connect(radio, &QRadioButton::toggled, this, &DayLogPage::updateDoseControls);
    }
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

const QStringList& DayLogPage::knownSideEffects()
{
    static const QStringList names{QStringLiteral("vivid dreams"), QStringLiteral("insomnia"),
                                   QStringLiteral("headache"),     QStringLiteral("nausea"),
                                   QStringLiteral("anxiety"),      QStringLiteral("fatigue after dose")};
    return names;
}

const QStringList& DayLogPage::knownEvents()
{
    static const QStringList names{QStringLiteral("infection"), QStringLiteral("crash after exertion"),
                                   QStringLiteral("period"), QStringLiteral("stressful day")};
    return names;
}

void DayLogPage::showProfile(std::int64_t profileId)
{
    if (m_profileId != profileId) {
        // A deleted note can only be put back in the diary of the person it was about.
        m_lastRemovedAnnotation.reset();
        m_annotationUndoBar->setVisible(false);
    }
    m_profileId = profileId;
    m_ui->dayLogConfirmation->clear();
    m_ui->dateEdit->setMaximumDate(QDate::currentDate());
    try {
        m_symptoms = ProfileRepository(m_database).symptoms(profileId);
        m_plan = TitrationRepository(m_database).activePlan(profileId);
    } catch (const std::exception& error) {
        m_symptoms.clear();
        m_plan.reset();
        rebuildSymptomRows();
        showError(tr("The profile could not be read: %1").arg(QString::fromUtf8(error.what())));
        return;
    }
    rebuildSymptomRows();
    updateOpioidReminder();
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
    ProfileRepository profiles(m_database);
    profiles.addSymptom(*m_profileId, symptom);
    m_symptoms = profiles.symptoms(*m_profileId);
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
    Q_EMIT symptomsChanged();
}

void DayLogPage::updateOpioidReminder()
{
    QStringList opioids;
    QStringList warnings;
    const QDate today = QDate::currentDate();
    try {
        const std::vector<Medication> medications = MedicationRepository(m_database).list(*m_profileId);
        for (const Medication& opioid : MedicationSafety::opioidsOfConcern(medications, today)) {
            if (opioid.stoppedOn.isValid()) {
                warnings << tr("Warning: %1").arg(MedicationSafety::clearanceNote(opioid, today));
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
    m_annotations.clear();
    m_lastRemovedAnnotation.reset();
    m_annotationUndoBar->setVisible(false);
    m_annotationError->setVisible(false);
    showAnnotations();
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
    m_doseConfirmation = std::move(confirmation);
}

QString DayLogPage::doseConfirmationQuestion(const Dose& dose)
{
    // The likely slip is one misplaced decimal point: 45 for 4.5, 0.05 for 0.5.
    const bool tooHigh = dose.micrograms() > Dose::kConfirmAboveMicrograms;
    const Dose meant = Dose::fromMicrograms(tooHigh ? dose.micrograms() / 10 : dose.micrograms() * 10);
    QString question =
        tooHigh
            ? tr("%1 mg is far above the usual LDN range of 0.1\u201310 mg; full-dose naltrexone is 50 mg.")
                  .arg(dose.toMilligramText())
            : tr("%1 mg is below the usual LDN range of 0.1\u201310 mg.").arg(dose.toMilligramText());
    if (!meant.needsConfirmation() && !meant.isZero()) {
        question += QLatin1Char(' ') + tr("Did you mean %1 mg?").arg(meant.toMilligramText());
    }
    return question + QStringLiteral("\n\n") + tr("Save %1 mg anyway?").arg(dose.toMilligramText());
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

void DayLogPage::buildSideEffects()
{
    // A grid of tick boxes, each with its severity in the column beside it, so severities line up.
    QGridLayout* grid = m_ui->sideEffectsLayout;
    QStringList names = knownSideEffects();
    names << QString(); // "other", named by the person
    int index = 0;
    for (const QString& name : names) {
        QWidget* parent = m_ui->sideEffectsGroup;
        SideEffectRow row;
        row.name = name;
        const bool other = name.isEmpty();
        const QString key = other ? QStringLiteral("other") : name;
        row.check = new QCheckBox(other ? tr("Other:") : capitalised(name), parent);
        row.check->setObjectName(widgetName(QStringLiteral("sideEffect_"), key));
        row.check->setAccessibleName(other ? tr("Other side effect") : tr("Side effect: %1").arg(name));
        QWidget* first = row.check;
        if (other) {
            auto* cell = new QWidget(parent);
            auto* cellLayout = new QHBoxLayout(cell);
            cellLayout->setContentsMargins(0, 0, 0, 0);
            cellLayout->setSpacing(4);
            row.check->setParent(cell);
            cellLayout->addWidget(row.check);
            m_otherSideEffectName = new QLineEdit(cell);
            m_otherSideEffectName->setObjectName(QStringLiteral("sideEffectOtherName"));
            m_otherSideEffectName->setAccessibleName(tr("Name of the other side effect"));
            m_otherSideEffectName->setPlaceholderText(tr("name"));
            m_otherSideEffectName->setMaxLength(100);
            cellLayout->addWidget(m_otherSideEffectName, 1);
            // Typing a name means it happened: tick it so the name is not silently dropped.
            connect(m_otherSideEffectName, &QLineEdit::textEdited, this, [this](const QString& text) {
                if (!text.trimmed().isEmpty()) {
                    m_sideEffectRows.back().check->setChecked(true);
                }
            });
            first = cell;
        }
        row.severity = makeSeverityCombo(parent);
        row.severity->setObjectName(widgetName(QStringLiteral("severity_"), key));
        row.severity->setAccessibleName(other ? tr("Other side effect severity")
                                              : tr("%1 severity").arg(capitalised(name)));
        // An unticked side effect shows no severity, so a greyed "mild" cannot be read as recorded.
        QComboBox* severity = row.severity;
        connect(row.check, &QCheckBox::toggled, severity, [severity](bool checked) {
            severity->setEnabled(checked);
            if (!checked) {
                severity->setCurrentIndex(-1);
            } else if (severity->currentIndex() < 0) {
                severity->setCurrentIndex(kDefaultSeverity);
            }
        });

        const int gridRow = index / kSideEffectsPerRow;
        const int gridColumn = (index % kSideEffectsPerRow) * 3;
        grid->addWidget(first, gridRow, gridColumn);
        grid->addWidget(row.severity, gridRow, gridColumn + 1);
        grid->setColumnMinimumWidth(gridColumn + 2, 32);
        m_sideEffectRows.push_back(row);
        ++index;
    }
    grid->setColumnStretch(kSideEffectsPerRow * 3, 1);
}

void DayLogPage::buildEvents()
{
    QHBoxLayout* layout = m_ui->eventsLayout;
    for (const QString& name : knownEvents()) {
        EventRow row;
        row.name = name;
        row.check = new QCheckBox(capitalised(name), m_ui->eventsGroup);
        row.check->setObjectName(widgetName(QStringLiteral("event_"), name));
        row.check->setAccessibleName(tr("Event: %1").arg(name));
        layout->addWidget(row.check);
        m_eventRows.push_back(row);
    }
    auto* otherLabel = new QLabel(tr("Other:"), m_ui->eventsGroup);
    m_otherEvent = new QLineEdit(m_ui->eventsGroup);
    m_otherEvent->setObjectName(QStringLiteral("event_other"));
    m_otherEvent->setAccessibleName(tr("Other event"));
    m_otherEvent->setAccessibleDescription(tr("Separate several events with commas."));
    m_otherEvent->setPlaceholderText(tr("e.g. dentist, travel"));
    m_otherEvent->setMaxLength(200);
    otherLabel->setBuddy(m_otherEvent);
    layout->addWidget(otherLabel);
    layout->addWidget(m_otherEvent, 1);
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
        const QString direction = symptom.higherIsBetter ? tr("higher is better") : tr("higher is worse");

        auto* label = new QLabel(capitalised(symptom.name), m_ui->scoresGroup);
        auto* score = new ScoreSpinBox(m_ui->scoresGroup);
        score->setObjectName(widgetName(QStringLiteral("score_"), symptom.name));
        score->setAccessibleName(tr("%1 score").arg(capitalised(symptom.name)));
        score->setAccessibleDescription(tr("0 to 10, %1. A dash means not scored.").arg(direction));
        score->setMinimumWidth(score->fontMetrics().horizontalAdvance(QStringLiteral("10")) + 44);
        label->setBuddy(score);
        auto* hint = new QLabel(direction, m_ui->scoresGroup);
        setMuted(hint, palette());

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
    std::vector<QWidget*> order{m_ui->dateEdit,         m_ui->doseTakenRadio, m_ui->doseSpin,
                                m_ui->zeroDoseRadio,    m_ui->missedRadio,    m_ui->timeEdit,
                                m_ui->formulationCombo, m_ui->pharmacyEdit,   m_ui->batchEdit};
    for (const SymptomRow& row : m_symptomRows) {
        order.push_back(row.score);
    }
    for (const SideEffectRow& row : m_sideEffectRows) {
        order.push_back(row.check);
        if (row.name.isEmpty()) {
            order.push_back(m_otherSideEffectName);
        }
        order.push_back(row.severity);
    }
    for (const EventRow& row : m_eventRows) {
        order.push_back(row.check);
    }
    // The day's note leads straight to Save; the notes by others come after the form's buttons.
    order.insert(order.end(), {m_otherEvent, m_ui->noteEdit, m_ui->saveButton, m_ui->copyYesterdayButton,
                               m_ui->clearFormButton, m_addAnnotationButton});
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
        DiaryRepository diary(m_database);
        selected = diary.entries(*m_profileId, date, date);
        // Defaults come from the last day that had each detail; a detail not recorded for over a
        // year is no useful default.
        m_defaults = diary.defaultsBefore(*m_profileId, date, date.addDays(-kDefaultsLookBackDays));
    } catch (const std::exception& error) {
        selected.clear();
        m_defaults = DayDefaults();
        showError(tr("The diary could not be read: %1").arg(QString::fromUtf8(error.what())));
    }
    m_selectedDateLogged = !selected.empty();
    if (m_selectedDateLogged) {
        fillFrom(selected.front());
    } else {
        fillBlank();
    }
    updateStatus();
    updatePlanHint();
    loadAnnotations();
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

    std::optional<Dose> suggested;
    if (!m_readOnly) {
        suggested = suggestedDose();
    }
    m_ui->doseSpin->setDecimals(2);
    m_ui->doseSpin->setValue(suggested ? suggested->milligrams() : m_ui->doseSpin->minimum());
    (suggested && suggested->isZero() ? m_ui->zeroDoseRadio : m_ui->doseTakenRadio)->setChecked(true);

    for (const SymptomRow& row : m_symptomRows) {
        row.score->setValue(kNotScored);
    }
    for (const SideEffectRow& row : m_sideEffectRows) {
        row.check->setChecked(false);
        row.severity->setCurrentIndex(-1);
    }
    if (m_otherSideEffectName) {
        m_otherSideEffectName->clear();
    }
    for (const EventRow& row : m_eventRows) {
        row.check->setChecked(false);
    }
    if (m_otherEvent) {
        m_otherEvent->clear();
    }
    m_ui->noteEdit->clear();
    m_keptSideEffects.clear();
    updateSideEffectsKept();
    updateDoseControls();
}

void DayLogPage::fillFrom(const DiaryEntry& entry)
{
    fillBlank(); // the defaults stay behind what the entry does not say (e.g. the time of a missed day)
    setDoseChoice(entry);
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
    }
    for (const SymptomRow& row : m_symptomRows) {
        const auto score = entry.symptomScores.find(row.symptom.name);
        row.score->setValue(score == entry.symptomScores.end() ? kNotScored : score->second);
    }
    SideEffectRow& other = m_sideEffectRows.back();
    for (const auto& [name, severity] : entry.sideEffects) {
        const auto known = std::find_if(
            m_sideEffectRows.begin(), m_sideEffectRows.end() - 1,
            [&name](const SideEffectRow& row) { return row.name.compare(name, Qt::CaseInsensitive) == 0; });
        SideEffectRow* target = known != m_sideEffectRows.end() - 1 ? &*known : nullptr;
        if (!target && !other.check->isChecked()) {
            target = &other;
            m_otherSideEffectName->setText(name);
        }
        if (!target) {
            m_keptSideEffects[name] = severity; // more own side effects than the form has rows for
            continue;
        }
        target->check->setChecked(true);
        target->severity->setCurrentIndex(std::clamp(severity, 0, kMaximumSideEffectSeverity));
    }
    QStringList otherEvents;
    for (const QString& event : entry.events) {
        const auto known =
            std::find_if(m_eventRows.begin(), m_eventRows.end(), [&event](const EventRow& row) {
                return row.name.compare(event, Qt::CaseInsensitive) == 0;
            });
        if (known != m_eventRows.end()) {
            known->check->setChecked(true);
        } else {
            otherEvents << event;
        }
    }
    m_otherEvent->setText(otherEvents.join(QStringLiteral(", ")));
    m_ui->noteEdit->setPlainText(entry.note);
    updateSideEffectsKept();
    updateDoseControls();
}

void DayLogPage::setDoseChoice(const DiaryEntry& entry)
{
    if (entry.status == DoseStatus::Missed) {
        m_ui->missedRadio->setChecked(true);
        return;
    }
    if (entry.dose.isZero()) {
        m_ui->zeroDoseRadio->setChecked(true);
        return;
    }
    // Doses are whole micrograms; show the third decimal only when a dose has one (0.125 mg).
    m_ui->doseSpin->setDecimals(entry.dose.micrograms() % 10 != 0 ? 3 : 2);
    m_ui->doseSpin->setValue(entry.dose.milligrams());
    m_ui->doseTakenRadio->setChecked(true);
}

void DayLogPage::updateDoseControls()
{
    const bool taken = m_ui->doseTakenRadio->isChecked();
    m_ui->doseSpin->setEnabled(taken);
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
                .arg(IsoDate::format(m_plan->startOn), m_plan->startDose.toMilligramText()));
        return;
    }
    QString text = date == QDate::currentDate()
                       ? tr("Plan: %1 mg today").arg(day->plannedDose.toMilligramText())
                       : tr("Plan: %1 mg that day").arg(day->plannedDose.toMilligramText());
    const QString separator = QStringLiteral(" \u00b7 ");
    if (day->onHold) {
        text += separator + tr("on hold");
    } else if (day->targetReached) {
        text += separator + tr("target reached");
    } else if (day->nextStepOn && day->nextStepDose) {
        text += separator + tr("next step %1 mg on %2")
                                .arg(day->nextStepDose->toMilligramText(), IsoDate::format(*day->nextStepOn));
    }
    m_ui->planHint->setText(text);
}

void DayLogPage::updateSideEffectsKept()
{
    QStringList kept;
    for (const auto& [name, severity] : m_keptSideEffects) {
        kept << QStringLiteral("%1 (%2)").arg(name, severityName(severity));
    }
    m_ui->sideEffectsKept->setText(
        tr("Also recorded for this day and kept when you save: %1.").arg(kept.join(QStringLiteral(", "))));
    m_ui->sideEffectsKept->setVisible(!kept.isEmpty());
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
    if (m_ui->missedRadio->isChecked()) {
        entry.status = DoseStatus::Missed;
    } else if (m_ui->zeroDoseRadio->isChecked()) {
        entry.status = DoseStatus::Taken;
        entry.dose = Dose::fromMicrograms(0);
    } else {
        const QDoubleSpinBox* spin = m_ui->doseSpin;
        if (spin->value() <= spin->minimum()) {
            throw InputError(tr("dose"),
                             tr("type the dose you took, or choose \"No LDN today\" or \"Missed dose\""));
        }
        entry.status = DoseStatus::Taken;
        entry.dose = Dose::parse(QString::number(spin->value(), 'f', spin->decimals()), tr("dose"));
        if (!entry.dose.isZero()) {
            entry.timeTaken = m_ui->timeEdit->time();
            entry.formulation = formulationFromText(m_ui->formulationCombo->currentData().toString());
            entry.pharmacy = m_ui->pharmacyEdit->text().trimmed();
            entry.batch = m_ui->batchEdit->text().trimmed();
        }
    }
    for (const SymptomRow& row : m_symptomRows) {
        if (row.score->value() != kNotScored) {
            entry.symptomScores[row.symptom.name] = row.score->value();
        }
    }
    entry.sideEffects = m_keptSideEffects;
    for (const SideEffectRow& row : m_sideEffectRows) {
        if (!row.check->isChecked()) {
            continue;
        }
        QString name = row.name;
        if (name.isEmpty()) {
            name = m_otherSideEffectName->text().simplified();
            if (name.isEmpty()) {
                throw InputError(tr("other side effect"), tr("type its name, or untick it"));
            }
        }
        entry.sideEffects[name] =
            row.severity->currentIndex() < 0 ? kDefaultSeverity : row.severity->currentData().toInt();
    }
    for (const EventRow& row : m_eventRows) {
        if (row.check->isChecked()) {
            entry.events << row.name;
        }
    }
    for (const QString& event : m_otherEvent->text().split(QLatin1Char(','))) {
        const QString name = event.simplified();
        if (!name.isEmpty() && !entry.events.contains(name, Qt::CaseInsensitive)) {
            entry.events << name;
        }
    }
    entry.note = m_ui->noteEdit->toPlainText().trimmed();
    return entry;
}

bool DayLogPage::confirmDose(const Dose& dose)
{
    if (m_doseConfirmation) {
        return m_doseConfirmation(dose);
    }
    return QMessageBox::warning(this, tr("Check the dose"), doseConfirmationQuestion(dose),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
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
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(focusWidget())) {
        spin->interpretText();
    }
    m_ui->dayLogError->setVisible(false);

    DiaryEntry entry;
    try {
        entry = entryFromForm();
    } catch (const InputError& error) {
        showError(MessageStyle::sentence(error.message()));
        if (error.location() == tr("dose")) {
            m_ui->doseSpin->setFocus(Qt::OtherFocusReason);
            m_ui->doseSpin->selectAll();
        } else if (error.location() == tr("other side effect")) {
            m_otherSideEffectName->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    if (entry.status == DoseStatus::Taken && entry.dose.needsConfirmation() && !confirmDose(entry.dose)) {
        showError(tr("Nothing was saved. Check the dose, then save again."));
        m_ui->doseSpin->setFocus(Qt::OtherFocusReason);
        m_ui->doseSpin->selectAll();
        return;
    }
    try {
        DiaryRepository(m_database).save(*m_profileId, entry);
    } catch (const InputError& error) {
        showError(MessageStyle::sentence(error.message()));
        return;
    } catch (const StorageError& error) {
        showError(tr("The day could not be saved: %1").arg(error.message()));
        return;
    } catch (const std::exception& error) {
        showError(tr("The day could not be saved: %1").arg(QString::fromUtf8(error.what())));
        return;
    }

    loadSelectedDate(); // shows what was stored, and the day as logged
    const int scores = static_cast<int>(entry.symptomScores.size());
    showConfirmation(tr("Saved %1: %2, %3")
                         .arg(shortDay(entry.date), doseSummary(entry),
                              scores == 1 ? tr("1 score") : tr("%1 scores").arg(scores)));
    Q_EMIT diaryChanged();
}

void DayLogPage::copyPreviousDay()
{
    if (!m_profileId || m_readOnly) {
        return;
    }
    const QDate date = m_ui->dateEdit->date();
    std::optional<DiaryEntry> previous;
    try {
        previous = DiaryRepository(m_database).latestBefore(*m_profileId, date);
    } catch (const std::exception& error) {
        showError(tr("The diary could not be read: %1").arg(QString::fromUtf8(error.what())));
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
    // Tab focus selects the dash, so the first digit typed replaces it.
    QWidget* first =
        m_symptomRows.empty() ? static_cast<QWidget*>(m_ui->doseSpin) : m_symptomRows.front().score;
    first->setFocus(Qt::TabFocusReason);
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

const QString& DayLogPage::lastAuthorSetting()
{
    static const QString key = QStringLiteral("notes.last_author");
    return key;
}

const QString& DayLogPage::carerNameSetting()
{
    static const QString key = QStringLiteral("notes.carer_name");
    return key;
}

QDate DayLogPage::selectedDate() const
{
    return m_ui->dateEdit->date();
}

void DayLogPage::buildAnnotationPanel()
{
    // Beside the day's own note, so the two kinds of note are seen together but never mixed up.
    m_annotationGroup = new QGroupBox(tr("Notes by carers and others"), m_ui->dayLogContents);
    m_annotationGroup->setObjectName(QStringLiteral("annotationGroup"));
    auto* layout = new QVBoxLayout(m_annotationGroup);
    layout->setSpacing(4);

    auto* scroll = new QScrollArea(m_annotationGroup);
    m_annotationScroll = scroll;
    scroll->setObjectName(QStringLiteral("annotationScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(fontMetrics().lineSpacing() * 2 + 8);
    m_annotationList = new QWidget(scroll);
    m_annotationList->setObjectName(QStringLiteral("annotationList"));
    m_annotationListLayout = new QVBoxLayout(m_annotationList);
    m_annotationListLayout->setContentsMargins(0, 0, 0, 0);
    m_annotationListLayout->setSpacing(6);
    m_annotationListLayout->addStretch(1);
    scroll->setWidget(m_annotationList);
    // The list's background is the page's, so the notes read as part of the form.
    scroll->viewport()->setAutoFillBackground(false);
    m_annotationList->setAutoFillBackground(false);

    m_noAnnotations = new QLabel(tr("No other notes about this day."), m_annotationGroup);
    m_noAnnotations->setObjectName(QStringLiteral("noAnnotationsLabel"));
    setMuted(m_noAnnotations, palette());

    m_annotationError = new QLabel(m_annotationGroup);
    m_annotationError->setObjectName(QStringLiteral("annotationPageError"));
    m_annotationError->setWordWrap(true);
    m_annotationError->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_annotationError->palette();
    errorPalette.setColor(QPalette::WindowText, MessageStyle::errorColour(palette()));
    m_annotationError->setPalette(errorPalette);
    m_annotationError->setVisible(false);

    // Deleting happens at once and can be undone, as removing a medicine does: a confirmation
    // question is answered by habit, an undo button is there when the mistake is noticed.
    m_annotationUndoBar = new QWidget(m_annotationGroup);
    m_annotationUndoBar->setObjectName(QStringLiteral("annotationUndoBar"));
    auto* undoLayout = new QHBoxLayout(m_annotationUndoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    m_annotationUndoLabel = new QLabel(m_annotationUndoBar);
    m_annotationUndoLabel->setObjectName(QStringLiteral("annotationUndoLabel"));
    m_annotationUndoLabel->setTextFormat(Qt::PlainText);
    m_annotationUndoLabel->setWordWrap(true);
    m_undoAnnotationButton = new QPushButton(tr("Undo"), m_annotationUndoBar);
    m_undoAnnotationButton->setObjectName(QStringLiteral("undoAnnotationButton"));
    m_undoAnnotationButton->setAccessibleName(tr("Undo deleting the note"));
    undoLayout->addWidget(m_annotationUndoLabel, 1);
    undoLayout->addWidget(m_undoAnnotationButton);
    m_annotationUndoBar->setVisible(false);
    connect(m_undoAnnotationButton, &QPushButton::clicked, this, [this] { undoAnnotationRemoval(); });

    m_addAnnotationButton = new QPushButton(tr("Add a note\u2026 (Ctrl+Shift+N)"), m_annotationGroup);
    m_addAnnotationButton->setObjectName(QStringLiteral("addAnnotationButton"));
    m_addAnnotationButton->setIcon(NoteMarker::icon(true));
    m_addAnnotationButton->setToolTip(
        tr("Add a note about this day, by a carer or by you, kept apart from the day's own note"));
    m_addAnnotationButton->setAccessibleName(tr("Add a note about this day"));
    connect(m_addAnnotationButton, &QPushButton::clicked, this, [this] { openAnnotationDialog(); });
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addAnnotationButton);
    buttonRow->addStretch(1);

    layout->addWidget(m_noAnnotations);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_annotationError);
    layout->addWidget(m_annotationUndoBar);
    layout->addLayout(buttonRow);
    m_ui->noteRow->addWidget(m_annotationGroup, 2);
    m_ui->noteRow->setStretchFactor(m_ui->noteEdit, 3);

    m_readOnlyNotice =
        new QLabel(tr("Read-only: this diary is open for review, so nothing can be changed."), this);
    m_readOnlyNotice->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnlyNotice->setTextFormat(Qt::PlainText);
    QFont bold = m_readOnlyNotice->font();
    bold.setBold(true);
    m_readOnlyNotice->setFont(bold);
    m_readOnlyNotice->setVisible(false);
    m_ui->buttonRow->insertWidget(m_ui->buttonRow->count() - 1, m_readOnlyNotice);
}

void DayLogPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyEditability();
    if (m_profileId) {
        updateStatus();
        showAnnotations();
    }
}

void DayLogPage::applyEditability()
{
    const bool editable = m_profileId.has_value() && !m_readOnly;
    // The form stays readable; only the date moves while read-only.
    for (QWidget* part : std::initializer_list<QWidget*>{m_ui->doseGroup, m_ui->scoresGroup,
                                                         m_ui->sideEffectsGroup, m_ui->eventsGroup}) {
        part->setEnabled(!m_readOnly);
    }
    m_ui->noteEdit->setReadOnly(m_readOnly);
    m_ui->noteEdit->setPlaceholderText(m_readOnly ? tr("No note for this day.")
                                                  : tr("Anything else about the day (optional)"));
    for (QPushButton* button :
         {m_ui->saveButton, m_ui->copyYesterdayButton, m_ui->clearFormButton, m_ui->addSymptomButton}) {
        button->setEnabled(editable);
    }
    m_addAnnotationButton->setEnabled(editable);
    m_addAnnotationButton->setVisible(!m_readOnly);
    m_readOnlyNotice->setVisible(m_readOnly && m_profileId.has_value());
    if (m_readOnly) {
        m_annotationUndoBar->setVisible(false);
        m_lastRemovedAnnotation.reset();
    }
}

void DayLogPage::loadAnnotations()
{
    m_annotations.clear();
    if (m_profileId) {
        const QDate date = selectedDate();
        try {
            for (Annotation& annotation : AnnotationRepository(m_database).list(*m_profileId, date, date)) {
                // Notes about the diary as a whole come with every range; this list is the day's.
                if (annotation.day == date) {
                    m_annotations.push_back(std::move(annotation));
                }
            }
            m_annotationError->setVisible(false);
        } catch (const std::exception& error) {
            showAnnotationError(tr("The notes could not be read: %1").arg(QString::fromUtf8(error.what())));
        }
    }
    showAnnotations();
}

void DayLogPage::showAnnotations()
{
    while (m_annotationListLayout->count() > 1) {
        QLayoutItem* item = m_annotationListLayout->takeAt(0);
        // Later, not now: this may run inside a click on one of the row's own buttons.
        // Nameless meanwhile, so nothing finds a note that is no longer shown.
        QWidget* row = item->widget();
        row->hide();
        row->setObjectName(QString());
        for (QObject* child : row->findChildren<QObject*>()) {
            child->setObjectName(QString());
        }
        row->deleteLater();
        delete item;
    }
    const QLocale locale;
    const QColor muted = MessageStyle::mutedColour(palette());
    int position = 0;
    for (const Annotation& annotation : m_annotations) {
        auto* row = new QFrame(m_annotationList);
        row->setObjectName(QStringLiteral("annotation_%1").arg(annotation.id));
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(6);

        const bool carer = annotation.author == Annotation::Author::Carer;
        auto* icon = new QLabel(row);
        icon->setPixmap(NoteMarker::icon(carer).pixmap(QSize(16, 16)));
        icon->setToolTip(carer ? tr("Written by a carer") : tr("Written by the patient"));
        rowLayout->addWidget(icon, 0, Qt::AlignTop);

        QString when;
        if (annotation.createdAt.isValid()) {
            const QDateTime local = annotation.createdAt.toLocalTime();
            when = local.date() == annotation.day
                       ? locale.toString(local.time(), QStringLiteral("HH:mm"))
                       : tr("written %1").arg(locale.toString(local, QStringLiteral("d MMM, HH:mm")));
        }
        QString body = annotation.body.toHtmlEscaped();
        body.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        auto* text = new QLabel(row);
        text->setObjectName(QStringLiteral("annotationText"));
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setText(QStringLiteral("<b>%1</b>%2<br>%3")
                          .arg(describeAuthor(annotation).toHtmlEscaped(),
                               when.isEmpty() ? QString()
                                              : QStringLiteral(" <span style=\"color:%1\">\u00b7 %2</span>")
                                                    .arg(muted.name(), when.toHtmlEscaped()),
                               body));
        text->setAccessibleName(tr("Note by %1").arg(describeAuthor(annotation)));
        text->setAccessibleDescription(annotation.body);
        rowLayout->addWidget(text, 1);

        if (!m_readOnly) {
            const std::int64_t id = annotation.id;
            auto* edit = new QToolButton(row);
            edit->setObjectName(QStringLiteral("editAnnotationButton"));
            edit->setText(tr("Edit\u2026"));
            edit->setAccessibleName(tr("Edit the note by %1").arg(describeAuthor(annotation)));
            edit->setAutoRaise(true);
            connect(edit, &QToolButton::clicked, this, [this, id] { openEditAnnotationDialog(id); });
            auto* remove = new QToolButton(row);
            remove->setObjectName(QStringLiteral("deleteAnnotationButton"));
            remove->setText(tr("Delete"));
            remove->setAccessibleName(tr("Delete the note by %1").arg(describeAuthor(annotation)));
            remove->setAutoRaise(true);
            connect(remove, &QToolButton::clicked, this, [this, id] { removeAnnotation(id); });
            rowLayout->addWidget(edit, 0, Qt::AlignTop);
            rowLayout->addWidget(remove, 0, Qt::AlignTop);
        }
        m_annotationListLayout->insertWidget(position++, row);
        row->show(); // now, not on the layout's next pass, like the score rows
    }
    m_noAnnotations->setVisible(m_annotations.empty());
    m_noAnnotations->setText(m_profileId ? tr("No other notes about this day.") : QString());
    m_annotationScroll->setVisible(!m_annotations.empty());
}

void DayLogPage::showAnnotationError(const QString& message)
{
    m_annotationError->setText(message);
    m_annotationError->setVisible(true);
}

AnnotationDialog* DayLogPage::openAnnotationDialog()
{
    if (!m_profileId || m_readOnly) {
        return nullptr;
    }
    auto* dialog = new AnnotationDialog(selectedDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    try {
        SettingRepository settings(m_database);
        const std::optional<QString> author = settings.value(lastAuthorSetting());
        const std::optional<Annotation::Author> known =
            author ? annotationAuthorFromText(*author) : std::nullopt;
        if (known) {
            dialog->setRememberedAuthor(*known, settings.value(carerNameSetting()).value_or(QString()));
        }
    } catch (const std::exception&) {
        // Without the remembered writer the dialog simply asks.
    }
    dialog->setSubmitFunction([this](const Annotation& annotation) { addAnnotation(annotation); });
    dialog->open();
    return dialog;
}

AnnotationDialog* DayLogPage::openEditAnnotationDialog(std::int64_t annotationId)
{
    const auto found =
        std::find_if(m_annotations.begin(), m_annotations.end(),
                     [annotationId](const Annotation& note) { return note.id == annotationId; });
    if (!m_profileId || m_readOnly || found == m_annotations.end()) {
        return nullptr;
    }
    auto* dialog = new AnnotationDialog(found->day, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEditing(*found);
    dialog->setSubmitFunction(
        [this](const Annotation& annotation) { updateAnnotation(annotation.id, annotation.body); });
    dialog->open();
    return dialog;
}

std::int64_t DayLogPage::addAnnotation(const Annotation& annotation)
{
    if (m_readOnly) {
        throw InputError(tr("note"), tr("this diary is open read-only, for review"));
    }
    if (!m_profileId) {
        throw InputError(tr("profile"), tr("no profile is open"));
    }
    Annotation note = annotation;
    note.id = 0;
    note.day = selectedDate();
    note.createdAt = QDateTime();
    if (note.author == Annotation::Author::Patient) {
        note.authorName.clear();
    }
    const std::int64_t id = AnnotationRepository(m_database).add(*m_profileId, note);
    try {
        // Remembered in the diary, so the next note (and the same diary on another computer)
        // starts with the same writer.
        SettingRepository settings(m_database);
        settings.setValue(lastAuthorSetting(), toStorageText(note.author));
        if (note.author == Annotation::Author::Carer) {
            settings.setValue(carerNameSetting(), note.authorName.simplified());
        }
    } catch (const std::exception&) {
        // The note is saved; forgetting the writer's name costs only typing it again.
    }
    loadAnnotations();
    showConfirmation(tr("Added a note by %1.").arg(describeAuthor(note)));
    Q_EMIT annotationsChanged();
    return id;
}

void DayLogPage::updateAnnotation(std::int64_t annotationId, const QString& body)
{
    if (m_readOnly) {
        throw InputError(tr("note"), tr("this diary is open read-only, for review"));
    }
    AnnotationRepository(m_database).updateBody(annotationId, body);
    loadAnnotations();
    showConfirmation(tr("Changed the note."));
    Q_EMIT annotationsChanged();
}

void DayLogPage::removeAnnotation(std::int64_t annotationId)
{
    const auto found =
        std::find_if(m_annotations.begin(), m_annotations.end(),
                     [annotationId](const Annotation& note) { return note.id == annotationId; });
    if (!m_profileId || m_readOnly || found == m_annotations.end()) {
        return;
    }
    const Annotation removed = *found;
    try {
        AnnotationRepository(m_database).remove(annotationId);
    } catch (const std::exception& error) {
        showAnnotationError(tr("The note could not be deleted: %1").arg(QString::fromUtf8(error.what())));
        return;
    }
    m_lastRemovedAnnotation = removed;
    m_annotationUndoLabel->setText(
        tr("Deleted the note by %1 about %2.").arg(describeAuthor(removed), shortDay(removed.day)));
    m_annotationUndoBar->setVisible(true);
    loadAnnotations();
    m_undoAnnotationButton->setFocus();
    Q_EMIT annotationsChanged();
}

bool DayLogPage::undoAnnotationRemoval()
{
    if (!m_profileId || m_readOnly || !m_lastRemovedAnnotation) {
        return false;
    }
    try {
        // Stored again with its author and the time it was first written.
        AnnotationRepository(m_database).add(*m_profileId, *m_lastRemovedAnnotation);
    } catch (const std::exception& error) {
        showAnnotationError(tr("The note could not be put back: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
    m_lastRemovedAnnotation.reset();
    m_annotationUndoBar->setVisible(false);
    loadAnnotations();
    Q_EMIT annotationsChanged();
    return true;
}

} // namespace ldn
