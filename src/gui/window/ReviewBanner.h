#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace ldn {

// The amber band across the main window while someone else's diary is reviewed: whose diary it
// is, that it is read-only, and a button back to one's own.
class ReviewBanner : public QFrame {
    Q_OBJECT

public:
    explicit ReviewBanner(QWidget* parent = nullptr);

    // Shows the band with this text; an empty text hides it.
    void showText(const QString& text);
    QString text() const;

Q_SIGNALS:
    void closeRequested();

private:
    void prepareEmphasis();

    QLabel* m_icon;
    QLabel* m_text;
};

} // namespace ldn
