#pragma once

#include "presentation/Language.h"

#include <QDialog>

class QTextBrowser;

namespace ldn {

// Help > User guide: the guide for patients and carers (docs/user-guide.md, or its German
// docs/user-guide.de.md), compiled into the program with its screenshots and shown offline.
// Links inside the guide move within it; links to web pages open nothing (the app makes no
// network connections) but show their address to copy.
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

private:
    QTextBrowser* m_browser;
};

} // namespace ldn
