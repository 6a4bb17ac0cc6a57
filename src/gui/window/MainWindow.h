#pragma once

#include "gui/exchange/ReviewSource.h"
#include "gui/window/Appearance.h"

#include <QList>
#include <QMainWindow>
#include <QString>

#include <array>
#include <cstdint>
#include <exception>
#include <initializer_list>
#include <memory>
#include <optional>

class QAction;
class QCloseEvent;
class QShowEvent;
class QComboBox;
class QDate;
class QFrame;
class QLabel;
class QPushButton;

namespace Ui {
class MainWindow;
}

namespace ldn {

class AppSettings;
class ChartPage;
class DataExchangeMenu;
class Database;
class DayLogPage;
class DiaryPage;
class DiarySession;
class EvidencePage;
class PlanPage;
class ProfileRemovalBanner;
class ProfileView;
class ReportPage;
class ReviewBanner;
class WelcomePage;
struct DiaryChange;

// The desktop window: a profile switcher that is always in view, the welcome page until a first
// profile exists, then the Today, Diary, Chart, Plan & medicines, Evidence and GP report tabs
// for the active profile. A tab's page is built the first time it is shown and reads the diary
// when it is shown and out of date (its PageRefresher follows the diary's changes), so switching
// profile with a ten-year diary stays quick. The profile shown last is remembered in the diary.
//
// Review mode shows another person's diary read-only (a carer looking at a diary file they were
// given): a second set of pages on that diary replaces the person's own while it lasts, under a
// coloured banner; every action that would change a diary is disabled, and closing the review
// brings back the own diary's pages as they were left, typing included.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // Reads the profiles at once; a StorageError from that propagates to the caller.
    MainWindow(DiarySession& own, AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    std::optional<std::int64_t> activeProfileId() const;
    QString activeProfileName() const;
    // Reads the profile list again after the diary changed underneath the window (an import, a
    // restore), showing `profileId` when given, else the profile shown now.
    void reloadDiary(std::optional<std::int64_t> profileId);
    // The File menu's backup, export and import actions.
    DataExchangeMenu* dataExchange() const { return m_dataExchange; }
    // Shows `profileId` (re-reading the profile list first, so a new profile is found).
    void activateProfile(std::int64_t profileId);

    // The pages on show: the review's while reviewing, the own diary's otherwise. A page is built
    // the first time it is needed (its tab shown, or asked for here), so start-up builds only the
    // Today tab.
    DiaryPage* diaryPage();
    WelcomePage* welcomePage();
    DayLogPage* dayLogPage();
    ChartPage* chartPage();
    PlanPage* planPage();
    EvidencePage* evidencePage();
    ReportPage* reportPage();
    // The diary on show: the reviewed one while reviewing.
    DiarySession& session() const;
    Database& database() const;

    enum Tab { TodayTab, DiaryTab, ChartTab, PlanTab, EvidenceTab, ReportTab, TabCount };
    // Switches to a tab when a profile is shown (the welcome page has no tabs).
    void showTab(int index);
    int currentTab() const;
    // "today", "diary", "chart", "plan", "evidence", "report": the names of --tab and the settings.
    static QString tabName(int tab);
    static int tabNamed(const QString& name); // -1 for none

    // --- size, place and theme ---------------------------------------------------------------
    // The interactive start: the size, place and tab of last time (pulled onto the screen the
    // window is on, never beyond it), or on a first start the screen's free area up to a
    // comfortable size. From then on they are remembered (on this computer) as they change.
    void restorePlacement();
    // As restorePlacement, but at `size` (--size), which is not remembered.
    void restorePlacementAtSize(QSize size);
    // The size a first start opens at on the screen the window is on (--screenshot uses it).
    QSize firstStartSize() const;
    // View > Appearance: applies the theme and remembers it (unless `remember` is false, as for
    // --theme); the menu shows the theme in use.
    void chooseTheme(Appearance::Theme theme, bool remember = true);

    // --- changing and removing profiles ------------------------------------------------------
    // Profile > Edit profile: the dialog for the profile on show.
    void editProfile();
    // Profile > Remove profile: asks first (saying a backup is made), removes, and offers Undo
    // in a band across the window for as long as the app runs.
    void removeProfile();
    // Removes without asking (what the confirmation leads to); returns false when it was refused.
    bool removeProfileConfirmed(std::int64_t profileId);
    // The band's Undo: puts the profile back and shows it.
    void undoProfileRemoval();
    // "Sam's profile was removed…"; empty when there is nothing to undo.
    QString removalBannerText() const;

    // --- review mode -------------------------------------------------------------------------
    // Opens the file (ReviewSource::open) and reviews it. Throws StorageError or InputError, with
    // the own diary still on show, when the file cannot be reviewed.
    void openReviewFile(const QString& path);
    // Shows `source` read-only in place of the own diary (ending a review already open). Throws
    // std::invalid_argument when its database is missing or not read-only, and InputError when it
    // holds no profile; the window is then unchanged.
    void startReview(ReviewSource source);
    // Back to the own diary; the reviewed database is closed, then `onClosed` runs.
    void closeReview();
    bool isReviewing() const { return m_review != nullptr; }
    // "Reviewing Kim's diary from /home/sam/kim.sqlite — read-only"; empty when not reviewing.
    QString reviewBannerText() const;

    // Every action that changes a diary; all are disabled while reviewing. Pages disable their
    // own buttons. A feature that adds a menu action which writes (an import, say) registers it here.
    const QList<QAction*>& editingActions() const { return m_editingActions; }
    void addEditingAction(QAction* action);

Q_SIGNALS:
    void reviewChanged(bool reviewing);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // One diary's set of pages, each null until first needed.
    struct Pages {
        DiarySession* session = nullptr;
        std::array<QWidget*, TabCount> page{};
        std::array<ProfileView*, TabCount> view{};
    };
    struct Review;

    // The page of `tab` in `pages`, built, placed in its tab and told what to show if it was not yet.
    QWidget* ensurePage(Pages& pages, Tab tab);
    void setPagesVisible(const Pages& pages, bool visible);
    void deletePages(Pages& pages);
    // Tells every built page on show which profile to follow (it reads it when shown).
    void followProfile(std::optional<std::int64_t> profileId);

    void reloadProfiles(std::optional<std::int64_t> selected);
    void showProfileAt(int switcherIndex);
    // The same, with the profile's logged days when the caller has just read them.
    void showProfileAt(int switcherIndex, std::optional<int> loggedDays);
    void showWelcome();
    void showTabs();
    void onDiaryChanged(const DiaryChange& change);
    void refreshLoggedDays();
    void editDay(const QDate& date);
    void newProfile();
    void addNote();
    void chooseReviewFile();
    void updateWindowTitle();
    void updateReviewState();
    void buildRemovalBanner();
    void updateProfileActions();
    void rememberPlacement();
    void rememberProfile(std::int64_t profileId);
    void showAbout();
    void reportStorageProblem(const QString& action, const QString& problem);

    std::unique_ptr<Ui::MainWindow> m_ui;
    DiarySession& m_own;
    AppSettings& m_settings;
    QComboBox* m_profileSwitcher = nullptr; // the form's
    WelcomePage* m_welcomePage = nullptr;   // built only when there is no profile yet
    Pages m_ownPages;
    std::unique_ptr<Review> m_review;
    Pages* m_pages = &m_ownPages;
    // The own diary's profile when a review began, shown again when it ends.
    std::optional<std::int64_t> m_ownProfileBeforeReview;
    std::optional<std::int64_t> m_rememberedProfile;
    QList<QAction*> m_editingActions;
    ReviewBanner* m_reviewBanner;
    QLabel* m_databaseLabel;
    QLabel* m_loggedDaysLabel;
    DataExchangeMenu* m_dataExchange;
    ProfileRemovalBanner* m_removalBanner = nullptr;
    QAction* m_undoRemovalAction = nullptr; // Profile > Undo removal, for after the band is dismissed
    // Size, place and tab are remembered only in an interactive start (restorePlacement), never
    // for a screenshot or a test; the size not when it was given with --size.
    bool m_remembersTab = false;
    bool m_remembersGeometry = false;
    // Once shown, the frame is known: a restored place is pulled in again with it counted.
    bool m_clampWhenShown = false;
};

} // namespace ldn
