#include "gui/window/ReviewBanner.h"

#include "gui/common/MessageStyle.h"
#include "gui/common/PaletteFollower.h"

#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace ldn {
namespace {

QColor blend(const QColor& base, const QColor& tint, double amount)
{
    return QColor::fromRgbF(static_cast<float>(base.redF() * (1 - amount) + tint.redF() * amount),
                            static_cast<float>(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            static_cast<float>(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

} // namespace

ReviewBanner::ReviewBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    // Review mode must be impossible to miss: an amber band, bold words that say whose diary it
    // is and that it is read-only (so colour is not needed to understand it).
    setObjectName(QStringLiteral("reviewBanner"));
    setAccessibleName(tr("Review mode"));
    PaletteFollower::follow(this, [this] {
        const QPalette colours = palette();
        const QColor amber(0xFF, 0xC1, 0x07);
        setStyleSheet(
            QStringLiteral(
                "QFrame#reviewBanner { background-color: %1; border: 2px solid %2; border-radius: 4px; }")
                .arg(
                    blend(colours.color(QPalette::Window), amber, MessageStyle::isDark(colours) ? 0.25 : 0.45)
                        .name(),
                    MessageStyle::warningColour(colours).name()));
    });
    m_icon->setObjectName(QStringLiteral("reviewBannerIcon"));
    m_text->setObjectName(QStringLiteral("reviewBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QPushButton(tr("Close review"), this);
    close->setObjectName(QStringLiteral("closeReviewButton"));
    close->setToolTip(tr("Go back to your own diary (Ctrl+W)"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(close);
    setVisible(false);
    connect(close, &QPushButton::clicked, this, &ReviewBanner::closeRequested);
}

void ReviewBanner::showText(const QString& text)
{
    if (!text.isEmpty()) {
        prepareEmphasis();
    }
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

QString ReviewBanner::text() const
{
    return m_text->text();
}

void ReviewBanner::prepareEmphasis()
{
    // The icon and the bold face are fetched when a review first starts: a style icon loads Qt's
    // icon and image plugins, and the bold font a second font file, which start-up need not wait
    // for (rendering the window lays out the hidden banner too).
    if (!m_icon->pixmap().isNull()) {
        return;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_FileDialogInfoView).pixmap(iconSize, iconSize));
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
}

} // namespace ldn
