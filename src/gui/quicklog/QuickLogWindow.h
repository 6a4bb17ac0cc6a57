#pragma once

#include "services/QuickLogDay.h"

#include <QDialog>

#include <cstdint>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace ldn {

class DiarySession;
class DoseChoice;
class DoseSpinBox;
class PersonBanner;
class ScoreButtonRow;

// The quick log: one person's day in a few keys on a bad evening. Whose day it is in large type,
// the planned dose already in the field (Enter confirms it), up to five symptoms as large 0-10
// buttons (a digit, then Enter), one side effect, Save. Enter always moves on and, on Save, saves;
// Ctrl+Enter saves from anywhere; Escape closes without saving. What the full form recorded that
// day stays (QuickLogDay::merged); the day is saved through the same DiaryService as the Today tab.
class QuickLogWindow : public QDialog {
    Q_OBJECT

public:
    // For `profileId`'s diary `day` (QuickLogDay::dayAt for tonight). Throws StorageError when the
    // diary cannot be read, InputError when the profile does not exist.
    QuickLogWindow(DiarySession& session, std::int64_t profileId, const QDate& day,
                   QWidget* parent = nullptr);

    std::int64_t profileId() const { return m_day.profile().id; }
    const QDate& day() const { return m_day.day(); }
    DoseChoice& doseChoice() { return *m_dose; }
    const std::vector<ScoreButtonRow*>& scoreRows() const { return m_rows; }

    // Saves the day as the window shows it; false (with the problem shown) when it cannot be.
    bool save();

Q_SIGNALS:
    // The day was saved; `summary` says what, for a status line ("Saved Sam's day: ...").
    void saved(std::int64_t profileId, const QDate& day, const QString& summary);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildDose();
    QWidget* buildSideEffect();
    void addScoreRows(QVBoxLayout* layout);
    void fill();
    // Enter on `from`: the next part of the log, or Save on the last.
    void advanceFrom(QWidget* from);
    std::vector<QWidget*> stops() const;
    QuickLogDay::Answers answers() const;
    void showProblem(const QString& text);

    DiarySession& m_session;
    QuickLogDay m_day;
    PersonBanner* m_banner = nullptr;
    QLabel* m_dayLabel = nullptr;
    QLabel* m_planLabel = nullptr;
    QRadioButton* m_taken = nullptr;
    QRadioButton* m_noLdn = nullptr;
    QRadioButton* m_missed = nullptr;
    DoseSpinBox* m_doseField = nullptr;
    DoseChoice* m_dose = nullptr;
    std::vector<ScoreButtonRow*> m_rows;
    QComboBox* m_sideEffect = nullptr;
    QComboBox* m_severity = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace ldn
