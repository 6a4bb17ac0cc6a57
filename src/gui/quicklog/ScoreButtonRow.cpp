#include "gui/quicklog/ScoreButtonRow.h"

#include "core/diary/SymptomDefinition.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPainter>
#include <QPushButton>
#include <QStyleOptionFocusRect>

namespace ldn {
namespace {

// Large enough to hit with a trembling hand (WCAG's 44 px target), small enough that eleven fit
// in the quick log's width.
constexpr int kButtonSide = 44;
constexpr int kFocusMargin = 3;

} // namespace

ScoreButtonRow::ScoreButtonRow(const QString& symptom, QWidget* parent)
    : QFrame(parent)
    , m_symptom(symptom)
    , m_group(new QButtonGroup(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("%1 score").arg(symptom));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(kFocusMargin, kFocusMargin, kFocusMargin, kFocusMargin);
    layout->setSpacing(4);
    m_group->setExclusive(false); // a second click on the chosen score clears it
    for (int score = kMinimumSymptomScore; score <= kMaximumSymptomScore; ++score) {
        auto* button = new QPushButton(QString::number(score), this);
        button->setObjectName(QStringLiteral("score%1").arg(score));
        button->setCheckable(true);
        // The row takes the keyboard; the buttons are for the mouse and touch.
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
        button->setMinimumSize(kButtonSide, kButtonSide);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        QFont large = button->font();
        large.setPointSizeF(large.pointSizeF() * 1.3);
        large.setBold(true);
        button->setFont(large);
        button->setAccessibleName(tr("%1: %2").arg(symptom).arg(score));
        m_group->addButton(button, score);
        layout->addWidget(button);
        m_buttons.push_back(button);
    }
    connect(m_group, &QButtonGroup::idClicked, this, [this](int score) {
        setValue(m_buttons[static_cast<std::size_t>(score)]->isChecked() ? score : kNotScored);
        setFocus(Qt::MouseFocusReason);
    });
}

void ScoreButtonRow::setValue(int value)
{
    if (value < kMinimumSymptomScore || value > kMaximumSymptomScore) {
        value = kNotScored;
    }
    for (QPushButton* button : m_buttons) {
        const bool chosen = m_group->id(button) == value;
        button->setChecked(chosen);
        // A pressed-in button is too faint to find on a bad day (in a dark theme nearly invisible):
        // the chosen score is in the selection colour, as a chosen item in a list is.
        QPalette colours = palette();
        if (chosen) {
            colours.setColor(QPalette::Button, colours.color(QPalette::Highlight));
            colours.setColor(QPalette::ButtonText, colours.color(QPalette::HighlightedText));
        }
        button->setPalette(colours);
    }
    if (value == m_value) {
        return;
    }
    m_value = value;
    setAccessibleDescription(value == kNotScored ? tr("not scored") : QString::number(value));
    Q_EMIT valueChanged(value);
}

void ScoreButtonRow::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    const bool typedOne = m_typedOne;
    m_typedOne = false;
    if (key >= Qt::Key_0 && key <= Qt::Key_9 &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        const int digit = key - Qt::Key_0;
        setValue(typedOne && digit == 0 ? kMaximumSymptomScore : digit);
        m_typedOne = digit == 1 && !typedOne;
        return;
    }
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Down:
    case Qt::Key_Minus:
        setValue(m_value == kNotScored ? kMinimumSymptomScore : std::max(kMinimumSymptomScore, m_value - 1));
        return;
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Plus:
        setValue(m_value == kNotScored ? kMinimumSymptomScore : std::min(kMaximumSymptomScore, m_value + 1));
        return;
    case Qt::Key_Home:
        setValue(kMinimumSymptomScore);
        return;
    case Qt::Key_End:
        setValue(kMaximumSymptomScore);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        setValue(kNotScored);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier))) {
            Q_EMIT advanced();
            return;
        }
        break;
    default:
        break;
    }
    QFrame::keyPressEvent(event);
}

void ScoreButtonRow::focusInEvent(QFocusEvent* event)
{
    m_typedOne = false;
    QFrame::focusInEvent(event);
    update();
}

void ScoreButtonRow::focusOutEvent(QFocusEvent* event)
{
    QFrame::focusOutEvent(event);
    update();
}

void ScoreButtonRow::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    if (!hasFocus()) {
        return;
    }
    // The row, not a button, has the keyboard: a clear frame around it says where typing goes.
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Highlight));
    pen.setWidth(2);
    painter.setPen(pen);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
}

} // namespace ldn
