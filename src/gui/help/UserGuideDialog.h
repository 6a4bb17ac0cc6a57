#pragma once

#include "presentation/Language.h"

#include <QDialog>
#include <QHash>
#include <QSize>
#include <QString>

class QTextBrowser;
class QUrl;

namespace ldn {

// Help > User guide: the guide for patients and carers (docs/user-guide.md, or its German
// docs/user-guide.de.md), compiled into the program with its screenshots and shown offline.
// Links to its headings move within it; links to web pages open nothing (the app makes no
// network connections) but show their address.
class UserGuideDialog : public QDialog {
    Q_OBJECT

public:
    explicit UserGuideDialog(Language language, QWidget* parent = nullptr);

    // Shows the guide beside `window` in the language of the program, the one already open if
    // there is one, and returns it.
    static UserGuideDialog* open(QWidget* window);

    // The guide's resource for a language: German for German, the English one otherwise.
    static QString resourceFor(Language language);

    QTextBrowser* browser() const { return m_browser; }

    // Scrolls to the heading whose anchor (headingAnchor) is `anchor`; false when there is none.
    bool showHeading(const QString& anchor);
    // The anchor GitHub gives a heading, which the guide's contents link to.
    static QString headingAnchor(const QString& heading);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void follow(const QUrl& link);
    void fitPictures();

    QTextBrowser* m_browser;
    QHash<QString, QSize> m_pictureSizes; // by the picture's name in the guide
};

} // namespace ldn
