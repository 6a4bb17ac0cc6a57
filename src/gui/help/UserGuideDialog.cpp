#include "gui/help/UserGuideDialog.h"

#include "presentation/Translations.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QImage>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace ldn {

UserGuideDialog::UserGuideDialog(Language language, QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("LDN Tracker User Guide"));
    setObjectName(QStringLiteral("userGuideDialog"));
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    // Links are followed here: a web address stays in the app (opening a browser would be the app
    // reaching the network without the person choosing to), and the contents' links to headings
    // ("#logging-a-day") need finding, since Markdown headings carry no anchors in Qt.
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideDialog::follow);
    m_browser->setSource(QUrl(QStringLiteral("qrc") + resourceFor(language)),
                         QTextDocument::MarkdownResource);
    m_browser->viewport()->installEventFilter(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* contents = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    contents->setToolTip(tr("Back to the top of the guide and its list of contents"));
    connect(contents, &QPushButton::clicked, m_browser,
            [this] { m_browser->moveCursor(QTextCursor::Start); });

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

bool UserGuideDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize) {
        fitPictures();
    }
    return QDialog::eventFilter(watched, event);
}

void UserGuideDialog::fitPictures()
{
    // The screenshots are as wide as the main window; shown at that size they would need a
    // sideways scroll, so each is drawn at the width of the page (never larger than it is).
    const double available = m_browser->viewport()->width() - 2 * m_browser->document()->documentMargin() - 4;
    QTextCursor cursor(m_browser->document());
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            QTextImageFormat image = fragment.fragment().charFormat().toImageFormat();
            if (!image.isValid()) {
                continue;
            }
            QSize& size = m_pictureSizes[image.name()];
            if (!size.isValid()) {
                const QVariant picture =
                    m_browser->loadResource(QTextDocument::ImageResource, QUrl(image.name()));
                size = picture.canConvert<QImage>() && !picture.value<QImage>().isNull()
                           ? picture.value<QImage>().size()
                           : QImage::fromData(picture.toByteArray()).size();
            }
            if (size.isEmpty()) {
                continue;
            }
            const double width = std::min<double>(size.width(), std::max(100.0, available));
            image.setWidth(width);
            image.setHeight(width * size.height() / size.width());
            cursor.setPosition(fragment.fragment().position());
            cursor.setPosition(fragment.fragment().position() + fragment.fragment().length(),
                               QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

QString UserGuideDialog::headingAnchor(const QString& heading)
{
    // As GitHub makes them, so the same links work on the web: lower case, punctuation dropped,
    // spaces to hyphens ("What the numbers can and cannot say" -> "what-the-numbers-can-and-cannot-say").
    QString anchor;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')) {
            anchor += c;
        } else if (c == QLatin1Char(' ')) {
            anchor += QLatin1Char('-');
        }
    }
    return anchor;
}

bool UserGuideDialog::showHeading(const QString& anchor)
{
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && headingAnchor(block.text()) == anchor) {
            // To the end first, then back: the heading ends up at the top of the view.
            m_browser->moveCursor(QTextCursor::End);
            m_browser->setTextCursor(QTextCursor(block));
            m_browser->ensureCursorVisible();
            return true;
        }
    }
    return false;
}

void UserGuideDialog::follow(const QUrl& link)
{
    if (link.scheme() == QLatin1String("http") || link.scheme() == QLatin1String("https")) {
        QToolTip::showText(QCursor::pos(), link.toString(), m_browser);
        return;
    }
    if (link.hasFragment() && (link.path().isEmpty() || link.path() == m_browser->source().path())) {
        showHeading(link.fragment());
    }
}

QString UserGuideDialog::resourceFor(Language language)
{
    return language == Language::German ? QStringLiteral(":/ldn/guide/user-guide.de.md")
                                        : QStringLiteral(":/ldn/guide/user-guide.md");
}

} // namespace ldn
