#include "gui/quicklog/QuickLogWindow.h"

#include "core/base/InputError.h"
#include "core/diary/DiaryVocabulary.h"
#include "gui/common/DoseChoice.h"
#include "gui/common/DoseSpinBox.h"
#include "gui/common/MessageStyle.h"
#include "gui/common/PersonBanner.h"
#include "gui/common/ScoreDirectionCue.h"
#include "gui/quicklog/ScoreButtonRow.h"
#include "presentation/DateText.h"
#include "presentation/DoseText.h"
#include "services/DiaryService.h"
#include "services/DiarySession.h"
#include "services/ProblemText.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace ldn {
namespace {

bool isPlainEnter(const QKeyEvent* key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
           !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier));
}

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

QuickLogWindow::QuickLogWindow(DiarySession& session, std::int64_t profileId, const QDate& day,
                               QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_day(QuickLogDay::read(session, profileId, day))
{
    setObjectName(QStringLiteral("quickLogWindow"));
    setWindowTitle(tr("Quick log — %1").arg(m_day.profile().name));
    setAttribute(Qt::WA_DeleteOnClose, false);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    m_banner = new PersonBanner(this);
    m_banner->showPerson(tr("Quick log for"), m_day.profile().name, m_day.profile().colour);
    layout->addWidget(m_banner);
    m_dayLabel = new QLabel(this);
    m_dayLabel->setObjectName(QStringLiteral("quickLogDay"));
    m_dayLabel->setTextFormat(Qt::PlainText);
    const QDate today = QDate::currentDate();
    const QString when = m_day.day() == today               ? tr("today")
                         : m_day.day() == today.addDays(-1) ? tr("yesterday")
                                                            : QString();
    m_dayLabel->setText(when.isEmpty() ? weekdayDate(m_day.day())
                                       : tr("%1 (%2)").arg(weekdayDate(m_day.day()), when));
    if (m_day.logged()) {
        m_dayLabel->setText(m_dayLabel->text() + QStringLiteral(" · ") +
                            tr("already logged: what you change here is added to it"));
    }
    layout->addWidget(m_dayLabel);
    layout->addWidget(buildDose());
    addScoreRows(layout);
    layout->addWidget(buildSideEffect());

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("quickLogProblem"));
    MessageStyle::prepareErrorLine(m_problem);
    layout->addWidget(m_problem);

    auto* buttons = new QHBoxLayout;
    auto* hint = new QLabel(tr("Enter moves on · 0–10 or arrows score · Ctrl+Enter saves"), this);
    MessageStyle::setTextTone(hint, MessageStyle::Tone::Muted);
    buttons->addWidget(hint, 1);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setAccessibleName(tr("Close without saving"));
    m_close->setAutoDefault(false);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("quickLogSave"));
    m_save->setAccessibleName(tr("Save the day"));
    m_save->setAutoDefault(false);
    buttons->addWidget(m_close);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &QuickLogWindow::save);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
          QKeySequence(Qt::CTRL | Qt::Key_S)}) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &QuickLogWindow::save);
    }
    connect(m_dose, &DoseChoice::confirmedWithEnter, this, [this] { advanceFrom(m_doseField); });
    connect(m_sideEffect, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_severity->setEnabled(index > 0); });

    const std::vector<QWidget*> order = stops();
    for (std::size_t index = 1; index < order.size(); ++index) {
        QWidget::setTabOrder(order[index - 1], order[index]);
    }
    QWidget::setTabOrder(order.back(), m_close);
    fill();
}

QWidget* QuickLogWindow::buildDose()
{
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(sectionLabel(tr("Dose"), box), 0, 0);
    m_taken = new QRadioButton(tr("Dose &taken"), box);
    m_taken->setAccessibleName(tr("Dose taken"));
    m_noLdn = new QRadioButton(tr("&No LDN today, 0 mg"), box);
    m_noLdn->setAccessibleName(tr("No LDN today, 0 mg"));
    m_missed = new QRadioButton(tr("&Missed dose"), box);
    m_missed->setAccessibleName(tr("Missed dose"));
    m_doseField = new DoseSpinBox(box);
    m_doseField->setObjectName(QStringLiteral("quickLogDose"));
    QFont large = m_doseField->font();
    large.setPointSizeF(large.pointSizeF() * 1.3);
    m_doseField->setFont(large);
    m_dose = new DoseChoice(this, m_taken, m_noLdn, m_missed, m_doseField);
    m_dose->setUnit(m_day.profile().doseUnit);
    auto* row = new QHBoxLayout;
    row->addWidget(m_taken);
    row->addWidget(m_doseField);
    row->addSpacing(12);
    row->addWidget(m_noLdn);
    row->addWidget(m_missed);
    row->addStretch(1);
    grid->addLayout(row, 1, 0);
    m_planLabel = new QLabel(box);
    m_planLabel->setObjectName(QStringLiteral("quickLogPlan"));
    m_planLabel->setTextFormat(Qt::PlainText);
    MessageStyle::setTextTone(m_planLabel, MessageStyle::Tone::Muted);
    const Dose::Unit unit = m_day.profile().doseUnit;
    // Says where the dose in the field came from, so a tired person knows what Enter confirms.
    QString source;
    if (m_day.logged()) {
        source = m_day.plannedDose() ? tr("The dose logged for this day is filled in (the plan says %1).")
                                           .arg(localDecimals(m_day.plannedDose()->toText(unit)))
                                     : tr("The dose logged for this day is filled in.");
    } else {
        source =
            m_day.plannedDose()
                ? tr("The plan says %1 for this day.").arg(localDecimals(m_day.plannedDose()->toText(unit)))
                : tr("No titration plan for this day: the dose last taken is filled in.");
    }
    m_planLabel->setText(source + QLatin1Char(' ') + tr("Enter confirms it."));
    grid->addWidget(m_planLabel, 2, 0);
    return box;
}

void QuickLogWindow::addScoreRows(QVBoxLayout* layout)
{
    if (m_day.symptoms().empty()) {
        auto* none = new QLabel(tr("This profile has no symptoms to score yet."), this);
        MessageStyle::setTextTone(none, MessageStyle::Tone::Muted);
        layout->addWidget(none);
        return;
    }
    // The name and which way is good beside each row, not above it: five rows then fit a
    // 960x540 screen (1920x1080 at 200%) with the window's frame and the desktop's panel.
    auto* grid = new QGridLayout;
    grid->setVerticalSpacing(2);
    for (const SymptomDefinition& symptom : m_day.symptoms()) {
        const int line = static_cast<int>(m_rows.size());
        auto* heading = new QVBoxLayout;
        heading->setSpacing(0);
        heading->addWidget(sectionLabel(symptom.name, this));
        heading->addWidget(ScoreDirectionCue::makeLabel(symptom.higherIsBetter, this));
        grid->addLayout(heading, line, 0, Qt::AlignVCenter);
        auto* row = new ScoreButtonRow(symptom.name, this);
        row->setObjectName(QStringLiteral("quickLogScore%1").arg(line));
        row->setAccessibleDescription(ScoreDirectionCue::description(symptom.higherIsBetter));
        connect(row, &ScoreButtonRow::advanced, this, [this, row] { advanceFrom(row); });
        grid->addWidget(row, line, 1);
        m_rows.push_back(row);
    }
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
}

QWidget* QuickLogWindow::buildSideEffect()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto* label = sectionLabel(tr("Side &effect"), box);
    m_sideEffect = new QComboBox(box);
    m_sideEffect->setObjectName(QStringLiteral("quickLogSideEffect"));
    m_sideEffect->setAccessibleName(tr("Side effect"));
    label->setBuddy(m_sideEffect);
    m_sideEffect->addItem(tr("None"), QString());
    for (const QString& name : DiaryVocabulary::sideEffects()) {
        m_sideEffect->addItem(DiaryVocabulary::displayName(name), name);
    }
    m_severity = new QComboBox(box);
    m_severity->setObjectName(QStringLiteral("quickLogSeverity"));
    m_severity->setAccessibleName(tr("How bad the side effect was"));
    m_severity->addItem(tr("mild"), 1);
    m_severity->addItem(tr("moderate"), 2);
    m_severity->addItem(tr("severe"), 3);
    m_severity->setEnabled(false);
    row->addWidget(label);
    row->addWidget(m_sideEffect, 1);
    row->addWidget(m_severity);
    return box;
}

void QuickLogWindow::fill()
{
    m_dose->offer(m_day.offeredDose());
    if (const std::optional<DiaryEntry>& logged = m_day.logged()) {
        m_dose->show(*logged);
        for (std::size_t index = 0; index < m_rows.size(); ++index) {
            const auto score = logged->symptomScores.find(m_day.symptoms()[index].name);
            if (score != logged->symptomScores.end()) {
                m_rows[index]->setValue(score->second);
            }
        }
    }
}

std::vector<QWidget*> QuickLogWindow::stops() const
{
    std::vector<QWidget*> order{m_taken, m_noLdn, m_missed, m_doseField};
    order.insert(order.end(), m_rows.begin(), m_rows.end());
    order.insert(order.end(), {m_sideEffect, m_severity, m_save});
    return order;
}

void QuickLogWindow::advanceFrom(QWidget* from)
{
    if (from == m_save) {
        save();
        return;
    }
    QWidget* next = m_save;
    if (from == m_doseField || from == m_taken || from == m_noLdn || from == m_missed) {
        next = m_rows.empty() ? static_cast<QWidget*>(m_sideEffect) : m_rows.front();
    } else if (from == m_sideEffect) {
        next = m_severity->isEnabled() ? static_cast<QWidget*>(m_severity) : m_save;
    } else if (const auto row = std::find(m_rows.begin(), m_rows.end(), from); row != m_rows.end()) {
        next = std::next(row) == m_rows.end() ? static_cast<QWidget*>(m_sideEffect) : *std::next(row);
    }
    next->setFocus(Qt::TabFocusReason);
}

void QuickLogWindow::keyPressEvent(QKeyEvent* event)
{
    // Enter reaches the window from the parts that do not take it themselves (the choices, the
    // side effect lists, Save): it moves on, as everywhere in the quick log.
    if (isPlainEnter(event)) {
        advanceFrom(focusWidget());
        return;
    }
    QDialog::keyPressEvent(event);
}

void QuickLogWindow::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_dose->focus();
}

QuickLogDay::Answers QuickLogWindow::answers() const
{
    DiaryEntry dose;
    m_dose->read(dose);
    QuickLogDay::Answers answers;
    answers.status = dose.status;
    answers.dose = dose.dose;
    for (std::size_t index = 0; index < m_rows.size(); ++index) {
        if (m_rows[index]->value() != ScoreButtonRow::kNotScored) {
            answers.scores[m_day.symptoms()[index].name] = m_rows[index]->value();
        }
    }
    answers.sideEffect = m_sideEffect->currentData().toString();
    answers.sideEffectSeverity = m_severity->currentData().toInt();
    return answers;
}

bool QuickLogWindow::save()
{
    QString problem;
    if (!m_dose->settle(this, problem)) {
        showProblem(ProblemText::sentence(QStringLiteral("%1: %2").arg(DoseChoice::fieldName(), problem)));
        m_dose->focus();
        return false;
    }
    DiaryEntry entry;
    try {
        const QuickLogDay::Answers given = answers();
        if (given.status == DoseStatus::Taken && !m_dose->confirmUnusual(given.dose, this)) {
            showProblem(tr("Nothing was saved. Check the dose, then save again."));
            m_dose->focus();
            return false;
        }
        entry = m_day.merged(given);
        m_session.diaryService().saveDay(profileId(), entry);
    } catch (const InputError& error) {
        showProblem(ProblemText::sentence(error.message()));
        if (error.location() == DoseChoice::fieldName()) {
            m_dose->focus();
        }
        return false;
    } catch (const std::exception& error) {
        showProblem(tr("The day could not be saved: %1").arg(ProblemText::of(error)));
        return false;
    }
    const int scores = static_cast<int>(entry.symptomScores.size());
    const QString dose = entry.status == DoseStatus::Missed ? tr("missed dose")
                         : entry.dose.isZero()              ? tr("no LDN (0 mg)")
                                               : localDecimals(entry.dose.toText(m_day.profile().doseUnit));
    Q_EMIT saved(profileId(), day(),
                 tr("Saved %1's day, %2: %3, %4")
                     .arg(m_day.profile().name, shortDay(day()), dose,
                          scores == 1 ? tr("1 score") : tr("%1 scores").arg(scores)));
    accept();
    return true;
}

void QuickLogWindow::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(true);
}

} // namespace ldn
