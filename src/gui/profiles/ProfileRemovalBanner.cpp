#include "gui/profiles/ProfileRemovalBanner.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ldn {

ProfileRemovalBanner::ProfileRemovalBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_undo(new QPushButton(this))
{
    setObjectName(QStringLiteral("removalBanner"));
    setAccessibleName(tr("Profile removed"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("removalBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undo->setObjectName(QStringLiteral("undoRemovalButton"));
    auto* dismiss = new QPushButton(tr("Dismiss"), this);
    dismiss->setObjectName(QStringLiteral("dismissRemovalButton"));
    dismiss->setAccessibleName(tr("Dismiss the removal notice"));
    dismiss->setToolTip(tr("Hide this notice; the backup stays in the backups folder"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_undo);
    layout->addWidget(dismiss);
    setVisible(false);
    connect(m_undo, &QPushButton::clicked, this, &ProfileRemovalBanner::undoRequested);
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);
}

void ProfileRemovalBanner::showRemoval(const QString& name, const QString& backupPath)
{
    m_message = tr("%1's profile was removed. A backup of the diary was made first: %2")
                    .arg(name, QDir::toNativeSeparators(backupPath));
    m_text->setText(m_message);
    m_undo->setText(tr("&Undo: bring %1 back").arg(name));
    m_undo->setAccessibleName(m_undo->text().remove(QLatin1Char('&')));
    setVisible(true);
}

void ProfileRemovalBanner::showUndoProblem(const QString& problem)
{
    m_text->setText(tr("%1\nUndo did not work: %2").arg(m_message, problem));
}

void ProfileRemovalBanner::clear()
{
    setVisible(false);
    m_message.clear();
}

void ProfileRemovalBanner::setUndoEnabled(bool enabled)
{
    m_undo->setEnabled(enabled);
}

QString ProfileRemovalBanner::visibleText() const
{
    return parentWidget() && isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

} // namespace ldn
