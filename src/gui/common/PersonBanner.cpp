#include "gui/common/PersonBanner.h"

#include "gui/common/MessageStyle.h"

#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace ldn {
namespace {

constexpr int kStripeWidth = 10;

} // namespace

PersonBanner::PersonBanner(QWidget* parent)
    : QFrame(parent)
    , m_caption(new QLabel(this))
    , m_name(new QLabel(this))
{
    setObjectName(QStringLiteral("personBanner"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(kStripeWidth + 8, 2, 4, 2);
    layout->setSpacing(10);
    m_caption->setObjectName(QStringLiteral("personCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    QPalette captionColours = m_caption->palette();
    captionColours.setColor(QPalette::WindowText, MessageStyle::mutedColour(captionColours));
    m_caption->setPalette(captionColours);
    m_name->setObjectName(QStringLiteral("personName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont large = m_name->font();
    large.setPointSizeF(large.pointSizeF() * kNameScale);
    large.setBold(true);
    m_name->setFont(large);
    layout->addWidget(m_caption, 0, Qt::AlignBaseline);
    layout->addWidget(m_name, 0, Qt::AlignBaseline);
    layout->addStretch(1);
    clear();
}

void PersonBanner::showPerson(const QString& caption, const QString& name, const QString& colour)
{
    m_caption->setText(caption);
    m_name->setText(name);
    m_colour = QColor::isValidColorName(colour) ? QColor(colour).name() : QString();
    // Room for the stripe only when there is one.
    layout()->setContentsMargins(m_colour.isEmpty() ? 0 : kStripeWidth + 8, 2, 4, 2);
    setAccessibleName(QStringLiteral("%1 %2").arg(caption, name));
    setVisible(true);
    update();
}

void PersonBanner::clear()
{
    m_caption->clear();
    m_name->clear();
    m_colour.clear();
    setAccessibleName(QString());
    setVisible(false);
}

QString PersonBanner::name() const
{
    return m_name->text();
}

void PersonBanner::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    if (m_colour.isEmpty()) {
        return;
    }
    // A stripe as tall as the name, in the person's colour, with an outline in the text colour so
    // that a pale colour still shows on a light window (and a dark one on a dark window).
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect stripe(2, 2, kStripeWidth, height() - 4);
    QColor outline = palette().color(QPalette::WindowText);
    outline.setAlphaF(0.45F);
    painter.setPen(QPen(outline, 1));
    painter.setBrush(QColor(m_colour));
    painter.drawRoundedRect(QRectF(stripe).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
}

} // namespace ldn
