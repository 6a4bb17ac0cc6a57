#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace ldn {

class DiarySession;

// The first thing a new user sees: what the program is for, a profile form, and a way to look
// around with a demo diary before typing anything personal.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(DiarySession& session, QWidget* parent = nullptr);
    ~WelcomePage() override;

    // Empties the form and puts the cursor in the name field.
    void reset();

    static constexpr int kDemoDays = 120;
    static constexpr int kDemoSeed = 1;

Q_SIGNALS:
    void profileCreated(qint64 profileId);

private:
    void updateCreateButton();
    void createProfile();
    void loadDemo();
    void showError(const QString& message);

    std::unique_ptr<Ui::WelcomePage> m_ui;
    DiarySession& m_session;
};

} // namespace ldn
