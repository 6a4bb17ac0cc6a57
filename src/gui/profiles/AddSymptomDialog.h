#pragma once

#include "core/diary/SymptomDefinition.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ldn {

// Asks for one of the person's own symptoms to score from now on, and whether a higher score is
// better (energy) or worse (pain). The dialog stays open with the problem shown when the
// symptom is refused, so nothing typed is lost.
class AddSymptomDialog : public QDialog {
    Q_OBJECT

public:
    explicit AddSymptomDialog(QWidget* parent = nullptr);

    SymptomDefinition symptom() const;
    // Called by OK; a thrown InputError is shown and the dialog stays open.
    void setSubmitFunction(std::function<void(const SymptomDefinition&)> submit);
    QString problem() const;

    void accept() override;

private:
    QLineEdit* m_name;
    QCheckBox* m_higherIsBetter;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    std::function<void(const SymptomDefinition&)> m_submit;
};

} // namespace ldn
