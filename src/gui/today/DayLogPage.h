#pragma once

#include "core/diary/Annotation.h"
#include "core/diary/DayDefaults.h"
#include "core/diary/DiaryEntry.h"
#include "core/diary/Dose.h"
#include "core/diary/SymptomDefinition.h"
#include "core/plan/TitrationPlan.h"
#include "gui/common/DoseQuestions.h"
#include "gui/common/ProfileView.h"

#include <QDate>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QVBoxLayout;

namespace Ui {
class DayLogPage;
}

namespace ldn {

class DayNotesPanel;
class DoseChoice;
class EventChecklist;
class PersonBanner;
class TrialStatusPanel;
struct Profile;
class SideEffectChecklist;
class DiarySession;
class PageRefresher;

// The form for logging one day: dose (or missed, or a deliberate 0 mg), symptom scores, side
// effects, events and a note. Built to be filled in well under a minute from the keyboard alone on
// a bad day: the plan's dose and yesterday's details are pre-filled, scores take one digit and Tab,
// and Ctrl+S saves. A past day loads its saved entry and is edited the same way.
//
// The person's name heads the form in large type (with their colour), so nobody logs one person's
// day in another's diary. Focus starts on the dose until it is confirmed (Enter, or Tab on to the
// scores), then on the first score; the three dose choices are one Tab stop, and the time is the only
// stop between the dose and the first score (form, pharmacy and batch, which rarely change, come
// after the events). Doses are typed in the profile's unit or with one ("500mcg").
//
// Beside the day's own note are the other notes about the day (most often a carer's), each with
// who wrote it; they are added, edited and deleted (with undo) at once, apart from saving the day.
// A read-only page (another person's diary open for review) shows every day but changes nothing.
class DayLogPage : public QWidget, public ProfileView {
    Q_OBJECT

public:
    // Asked before saving a dose outside the usual LDN range; true saves, false goes back to the dose.
    using DoseConfirmation = DoseQuestions::UnusualDoseAnswer;

    explicit DayLogPage(DiarySession& session, QWidget* parent = nullptr);
    ~DayLogPage() override;

    // Re-reads the profile's symptoms and active plan and the entry of the selected date.
    void showProfile(std::int64_t profileId) override;
    // No profile: an empty, disabled form.
    void clear() override;
    // Loads `date` (today at the latest) for editing and puts the cursor in the dose, or in the first
    // score once the day's dose is confirmed (a logged day).
    void editDate(const QDate& date);

    // Replace the questions asked before an unusual dose, or a bare number that reads better as
    // micrograms, is saved (modal questions by default), so they can be answered without a dialog,
    // e.g. by tests.
    void setDoseConfirmation(DoseConfirmation confirmation);
    void setMicrogramQuestion(DoseQuestions::MicrogramAnswer answer);
    // "45 mg is far above the usual LDN range of 0.1–10 mg; ... Did you mean 4.5 mg?"
    static QString doseConfirmationQuestion(const Dose& dose);

    // Adds one of the person's own symptoms and shows its score box at once, keeping whatever
    // was already typed on the form. Throws InputError (e.g. a symptom already tracked).
    void addSymptom(const SymptomDefinition& symptom);

    // Read-only: the date can be changed to look at any day, nothing can be saved, added or deleted.
    // A page on a diary opened read-only starts read-only.
    void setReadOnly(bool readOnly) override;
    PageRefresher& refresher() override { return *m_refresher; }
    bool isReadOnly() const { return m_readOnly; }
    QDate selectedDate() const;

    // The notes about the selected day besides the day's own note.
    DayNotesPanel* notesPanel() const { return m_notesPanel; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void openAddSymptomDialog();
    void updateOpioidReminder();
    void updateTrialStatus();

    struct SymptomRow {
        SymptomDefinition symptom;
        QSpinBox* score = nullptr;
    };
    void showPerson(const Profile& profile);
    void rebuildSymptomRows();
    void updateTabOrder();
    // Text fields take Ctrl+Y as "redo"; on this page it is "copy yesterday" (Ctrl+Shift+Z still redoes).
    void letPageHaveCopyKey(QWidget* root);

    void loadSelectedDate();
    void fillBlank();
    void fillFrom(const DiaryEntry& entry);
    void updateDoseControls();
    void updateDateControls();
    void updateStatus();
    void updatePlanHint();

    // The dose to offer for the selected date: the plan's, otherwise the last dose taken before it.
    std::optional<Dose> suggestedDose() const;
    // Reads the form into an entry; throws InputError naming the field.
    DiaryEntry entryFromForm() const;
    // Settles the dose typed before saving (its unit, a microgram reading); false: go back to it.
    bool settleDose();

    void saveDay();
    void copyPreviousDay();
    void clearForm();
    void stepDate(int days);
    void focusFirstInput();
    void showError(const QString& message);
    void showConfirmation(const QString& message);

    void applyEditability();

    std::unique_ptr<Ui::DayLogPage> m_ui;
    DiarySession& m_session;
    PageRefresher* m_refresher;
    std::optional<std::int64_t> m_profileId;
    std::optional<TitrationPlan> m_plan;
    std::vector<SymptomDefinition> m_symptoms;
    // What a day not logged yet starts from, read for the selected date.
    DayDefaults m_defaults;
    bool m_selectedDateLogged = false;

    std::vector<SymptomRow> m_symptomRows;
    SideEffectChecklist* m_sideEffects = nullptr;
    EventChecklist* m_events = nullptr;
    QLabel* m_opioidReminder = nullptr; // shown while an opioid is on the medicine list

    DoseChoice* m_dose = nullptr;
    PersonBanner* m_banner = nullptr;
    TrialStatusPanel* m_trialStatus = nullptr; // while a trial agreed with the GP runs

    bool m_readOnly = false;
    DayNotesPanel* m_notesPanel = nullptr;
    QLabel* m_readOnlyNotice = nullptr;
};

} // namespace ldn
