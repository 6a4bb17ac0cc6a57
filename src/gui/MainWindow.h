#pragma once

#include <QMainWindow>

#include <array>
#include <cstdint>
#include <exception>
#include <initializer_list>
#include <memory>
#include <optional>

class QComboBox;
class QDate;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace ldn {

class ChartPage;
class Database;
class DayLogPage;
class DiaryPage;
class EvidencePage;
class PlanPage;
class ReportPage;
class WelcomePage;

// The desktop window: a profile switcher that is always in view, the welcome page until a first
// profile exists, then the Today, Diary, Chart, Plan & medicines, Evidence and GP report tabs
// for the active profile. A tab reads the database when it is shown, not before, so switching
// profile with a ten-year diary stays quick.
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
    DayLogPage* dayLogPage() const { return m_dayLogPage; }
    ChartPage* chartPage() const { return m_chartPage; }
    PlanPage* planPage() const { return m_planPage; }
    EvidencePage* evidencePage() const { return m_evidencePage; }
    ReportPage* reportPage() const { return m_reportPage; }

    enum Tab { TodayTab, DiaryTab, ChartTab, PlanTab, EvidenceTab, ReportTab, TabCount };
    // Switches to a tab when a profile is shown (the welcome page has no tabs).
    void showTab(int index);

private:
    void reloadProfiles(std::optional<std::int64_t> selected);
    void showProfileAt(int switcherIndex);
    void showWelcome();
    void showTabs();
    // Marks tabs as needing a fresh read; the visible one is refreshed at once.
    void markStale(std::initializer_list<Tab> tabs);
    void refreshTab(int index);
    void refreshLoggedDays();
    void editDay(const QDate& date);
    void newProfile();
    void showAbout();
    void reportStorageProblem(const QString& action, const std::exception& error);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Database& m_database;
    QComboBox* m_profileSwitcher;
    WelcomePage* m_welcomePage;
    DiaryPage* m_diaryPage;
    DayLogPage* m_dayLogPage;
    ChartPage* m_chartPage;
    PlanPage* m_planPage;
    EvidencePage* m_evidencePage;
    ReportPage* m_reportPage;
    std::array<bool, TabCount> m_staleTabs{};
    QLabel* m_databaseLabel;
    QLabel* m_loggedDaysLabel;
};

} // namespace ldn
