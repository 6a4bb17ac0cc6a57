#pragma once

#include <QFrame>
#include <QString>

#include <vector>

class QButtonGroup;
class QPushButton;

namespace ldn {

// One symptom's score as eleven large buttons, 0 to 10, for a tired hand or a shaky mouse. The
// row is one Tab stop: a digit chooses that score ("1" then "0" makes 10), the arrow keys move
// it, Delete clears it, and Enter moves on to the next part of the quick log.
class ScoreButtonRow : public QFrame {
    Q_OBJECT

public:
    static constexpr int kNotScored = -1;

    // `symptom`: the name people see, for the accessible names of the row and its buttons.
    explicit ScoreButtonRow(const QString& symptom, QWidget* parent = nullptr);

    int value() const { return m_value; }
    void setValue(int value);

Q_SIGNALS:
    // Enter: this score is done.
    void advanced();
    void valueChanged(int value);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_symptom;
    QButtonGroup* m_group;
    std::vector<QPushButton*> m_buttons;
    int m_value = kNotScored;
    bool m_typedOne = false; // the last key was "1": a "0" next makes 10
};

} // namespace ldn
