#pragma once

#include "core/diary/DiaryEntry.h"
#include "core/diary/Dose.h"
#include "gui/common/DoseQuestions.h"

#include <QObject>
#include <QString>

#include <optional>

class QButtonGroup;
class QRadioButton;
class QWidget;

namespace ldn {

class DoseSpinBox;

// The dose part of a day's form, on the Today tab and in the quick log: one choice of three (a dose
// taken, a deliberate day without LDN, a missed dose) and the dose field, in the profile's unit.
//
// The three choices are one Tab stop (the ticked one; the arrow keys choose), so Tab never lands on
// "No LDN today" where Space would record 0 mg. The day's dose counts as confirmed once the person
// moves on from it (Enter, Tab or a click elsewhere) or the day was logged, so the form can put the
// cursor in the dose until then and in the first score after.
class DoseChoice : public QObject {
    Q_OBJECT

public:
    // `form`: the page the parts are on (hiding it moves focus on with "Tab", which is no moving on).
    DoseChoice(QWidget* form, QRadioButton* taken, QRadioButton* noLdn, QRadioButton* missed,
               DoseSpinBox* field);

    // The field's name in problems ("Dose: ..."), to tell them apart from other fields'.
    static QString fieldName();

    void setUnit(Dose::Unit unit);
    // A day not logged: `suggested` (the plan's, or the last dose) as taken, 0 mg as no LDN.
    void offer(const std::optional<Dose>& suggested);
    // A logged day's choice.
    void show(const DiaryEntry& entry);
    bool isTaken() const;
    // Sets `entry`'s status and dose. Throws InputError(fieldName()) when no dose is typed, or none
    // that anyone could take.
    void read(DiaryEntry& entry) const;
    // Before saving: false, with `problem` set, when the text typed is not a dose yet; asks about
    // a bare number that reads better as micrograms.
    bool settle(QWidget* parent, QString& problem);
    // True when `dose` may be saved (usual, or confirmed).
    bool confirmUnusual(const Dose& dose, QWidget* parent) const;
    DoseQuestions& questions() { return m_questions; }

    bool isConfirmed() const { return m_confirmed; }
    void setConfirmed(bool confirmed) { m_confirmed = confirmed; }
    // The cursor in the dose field (its text selected, so typing replaces it and Enter keeps it), or
    // on the ticked choice when no dose is taken.
    void focus();

Q_SIGNALS:
    // Taken, no LDN or missed was chosen.
    void choiceChanged();
    // Enter in the dose field: the dose is confirmed and the form moves on.
    void confirmedWithEnter();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_form;
    QRadioButton* m_taken;
    QRadioButton* m_noLdn;
    QRadioButton* m_missed;
    DoseSpinBox* m_field;
    QButtonGroup* m_group;
    DoseQuestions m_questions;
    bool m_confirmed = false;
};

} // namespace ldn
