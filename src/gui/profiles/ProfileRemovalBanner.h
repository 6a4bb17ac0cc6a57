#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace ldn {

// The band shown after a profile was removed: where the backup went, and Undo until the app
// closes. Dismissing it keeps the undo in the Profile menu.
class ProfileRemovalBanner : public QFrame {
    Q_OBJECT

public:
    explicit ProfileRemovalBanner(QWidget* parent = nullptr);

    void showRemoval(const QString& name, const QString& backupPath);
    // Undo failed: the band stays, saying why, so the person can make room and try again.
    void showUndoProblem(const QString& problem);
    void clear();
    void setUndoEnabled(bool enabled);
    // The text while the band is shown, else empty.
    QString visibleText() const;

Q_SIGNALS:
    void undoRequested();

private:
    QLabel* m_text;
    QPushButton* m_undo;
    QString m_message;
};

} // namespace ldn
