#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class NewProfileDialog;
}

namespace ldn {

class DiarySession;

// Adds another person's profile once the first exists. The dialog stays open with the problem
// shown when the name is refused, so nothing typed is lost.
class NewProfileDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewProfileDialog(DiarySession& session, QWidget* parent = nullptr);
    ~NewProfileDialog() override;

    // Valid after the dialog was accepted.
    qint64 createdProfileId() const { return m_createdProfileId; }

    void accept() override;

private:
    void updateOkButton();

    std::unique_ptr<Ui::NewProfileDialog> m_ui;
    DiarySession& m_session;
    qint64 m_createdProfileId = 0;
};

} // namespace ldn
