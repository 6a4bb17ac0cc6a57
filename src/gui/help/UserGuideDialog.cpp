#include "gui/help/UserGuideDialog.h"

#include "presentation/Translations.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>

namespace ldn {

UserGuideDialog::UserGuideDialog(Language language, QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("LDN Tracker User Guide"));
    setObjectName(QStringLiteral("userGuideDialog"));
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    // Web addresses stay in the app: opening a browser would be the app reaching the network on
    // the person's behalf without them choosing to.
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(true);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
            QToolTip::showText(QCursor::pos(), url.toString(), m_browser);
            m_browser->setSource(m_browser->source());
        }
    });
    m_browser->setSource(QUrl(QStringLiteral("qrc") + resourceFor(language)),
                         QTextDocument::MarkdownResource);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    back->setEnabled(false);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(820, 720);
}

UserGuideDialog* UserGuideDialog::open(QWidget* window)
{
    auto* dialog = window->findChild<UserGuideDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (dialog == nullptr) {
        dialog = new UserGuideDialog(Translations::current(), window);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QString UserGuideDialog::resourceFor(Language language)
{
    return language == Language::German ? QStringLiteral(":/ldn/guide/user-guide.de.md")
                                        : QStringLiteral(":/ldn/guide/user-guide.md");
}

} // namespace ldn
