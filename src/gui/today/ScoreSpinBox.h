#pragma once

#include <QSpinBox>

namespace ldn {

// A 0-10 score whose lowest value, shown as a dash, means "not scored". Typing a digit over the
// dash, or clearing the field, has to work without thinking, so both are accepted as they are.
class ScoreSpinBox : public QSpinBox {
public:
    static constexpr int kNotScored = -1;

    explicit ScoreSpinBox(QWidget* parent);

protected:
    QValidator::State validate(QString& input, int& position) const override;
    int valueFromText(const QString& text) const override;
    void fixup(QString& input) const override;

private:
    static const QString& notScoredText();
    static bool isDash(QChar character);
    static bool meansNotScored(const QString& text);
};

} // namespace ldn
