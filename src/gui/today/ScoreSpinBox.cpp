#include "gui/today/ScoreSpinBox.h"

#include "core/diary/SymptomDefinition.h"

#include <algorithm>

namespace ldn {

ScoreSpinBox::ScoreSpinBox(QWidget* parent)
    : QSpinBox(parent)
{
    setRange(kNotScored, kMaximumSymptomScore);
    setSpecialValueText(notScoredText());
    setValue(kNotScored);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

const QString& ScoreSpinBox::notScoredText()
{
    static const QString text = QStringLiteral("\u2013");
    return text;
}

QValidator::State ScoreSpinBox::validate(QString& input, int& position) const
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

int ScoreSpinBox::valueFromText(const QString& text) const
{
    return meansNotScored(text) ? kNotScored : QSpinBox::valueFromText(text);
}

void ScoreSpinBox::fixup(QString& input) const
{
    if (meansNotScored(input)) {
        input = notScoredText();
        return;
    }
    QSpinBox::fixup(input);
}

bool ScoreSpinBox::isDash(QChar character)
{
    return character == QLatin1Char('-') || character == notScoredText().at(0);
}

bool ScoreSpinBox::meansNotScored(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() || (trimmed.size() == 1 && isDash(trimmed.at(0)));
}

} // namespace ldn
