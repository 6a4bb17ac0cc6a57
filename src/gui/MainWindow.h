#pragma once

#include <QMainWindow>

#include <cstdint>
#include <exception>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace ldn {

class Database;
class DiaryPage;
class WelcomePage;

// The desktop window: a profile switcher that is always in view, the welcome page until a first
// profile exists, then the Diary, Chart, Evidence and GP report tabs for the active profile.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // Reads the profiles at once; a StorageError from that propagates to the caller.
    explicit MainWindow(Database& database, QWidget* parent = nullptr);
    ~MainWindow() override;

    std::optional<std::int64_t> activeProfileId() const;
    // Shows `profileId` (re-reading the profile list first, so a new profile is found).
    void activateProfile(std::int64_t profileId);

    DiaryPage* diaryPage() const { return m_diaryPage; }
    WelcomePage* welcomePage() const { return m_welcomePage; }

private:
    void reloadProfiles(std::optional<std::int64_t> selected);
    void showProfileAt(int switcherIndex);
    void showWelcome();
    void showTabs();
    void showTab(int index);
    void newProfile();
    void showAbout();
    void reportStorageProblem(const QString& action, const std::exception& error);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Database& m_database;
    QComboBox* m_profileSwitcher;
    WelcomePage* m_welcomePage;
    DiaryPage* m_diaryPage;
    QLabel* m_databaseLabel;
    QLabel* m_loggedDaysLabel;
};

} // namespace ldn
