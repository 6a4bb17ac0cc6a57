#include "gui/window/MainWindow.h"

#include "core/base/InputError.h"
#include "gui/chart/ChartPage.h"
#include "gui/common/PageRefresher.h"
#include "gui/diary/DiaryPage.h"
#include "gui/evidence/EvidencePage.h"
#include "gui/exchange/DataExchangeMenu.h"
#include "gui/help/UserGuideDialog.h"
#include "gui/notes/DayNotesPanel.h"
#include "gui/plan/PlanPage.h"
#include "gui/profiles/EditProfileDialog.h"
#include "gui/profiles/NewProfileDialog.h"
#include "gui/profiles/ProfileRemovalBanner.h"
#include "gui/profiles/WelcomePage.h"
#include "gui/quicklog/QuickLogLauncher.h"
#include "gui/reminders/ReminderTray.h"
#include "gui/report/ReportPage.h"
#include "gui/today/DayLogPage.h"
#include "gui/window/LanguageMenu.h"
#include "gui/window/ReviewBanner.h"
#include "gui/window/WindowPlacement.h"
#include "services/AppSettings.h"
#include "services/DiarySession.h"
#include "services/ProblemText.h"
#include "services/ProfileService.h"
#include "services/SettingKeys.h"
#include "storage/db/Database.h"
#include "storage/db/StorageError.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>

#include <stdexcept>
#include <utility>

namespace ldn {
namespace {

QString loggedDaysText(int days)
{
    // The singular is its own text, so English reads right without a translation loaded.
    return days == 1 ? MainWindow::tr("1 day logged") : MainWindow::tr("%n days logged", nullptr, days);
}

const QStringList& tabNames()
{
    static const QStringList names{QStringLiteral("today"),    QStringLiteral("diary"),
                                   QStringLiteral("chart"),    QStringLiteral("plan"),
                                   QStringLiteral("evidence"), QStringLiteral("report")};
    return names;
}

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Each tab's page, in the order of MainWindow::Tab.
template <typename Page>
QWidget* makePage(DiarySession& session, QWidget* parent)
{
    return new Page(session, parent);
}
using PageFactory = QWidget* (*)(DiarySession&, QWidget*);
constexpr std::array<PageFactory, MainWindow::TabCount> kPageFactories{
    &makePage<DayLogPage>, &makePage<DiaryPage>,    &makePage<ChartPage>,
    &makePage<PlanPage>,   &makePage<EvidencePage>, &makePage<ReportPage>,
};

} // namespace

// A review's own diary and pages, kept apart from the person's own.
struct MainWindow::Review {
    ReviewSource source;
    std::unique_ptr<DiarySession> session;
    Pages pages;
};

MainWindow::MainWindow(DiarySession& own, AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_own(own)
    , m_settings(settings)
    , m_reviewBanner(new ReviewBanner(this))
    , m_databaseLabel(new QLabel(this))
    , m_loggedDaysLabel(new QLabel(this))
{
    m_ui->setupUi(this);

    // The switcher is a plain row above the tabs rather than a toolbar: nothing can hide or move
    // it, and the window offers no toolbar menu with a "Profile" entry that does nothing. (Painting
    // Fusion's toolbar also cost about a millisecond of every start.)
    m_profileSwitcher = m_ui->profileSwitcher;

    m_ui->centralLayout->insertWidget(m_ui->centralLayout->indexOf(m_ui->profileBar) + 1, m_reviewBanner);

    m_ownPages.session = &own;

    m_databaseLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loggedDaysLabel->setObjectName(QStringLiteral("loggedDaysLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_loggedDaysLabel);

    buildRemovalBanner();

    m_editingActions = {m_ui->actionNewProfile, m_ui->actionAddNote, m_ui->actionEditProfile,
                        m_ui->actionRemoveProfile};

    connect(m_profileSwitcher, &QComboBox::currentIndexChanged, this,
            qOverload<int>(&MainWindow::showProfileAt));
    connect(m_ui->actionNewProfile, &QAction::triggered, this, &MainWindow::newProfile);
    connect(m_ui->actionEditProfile, &QAction::triggered, this, &MainWindow::editProfile);
    connect(m_ui->actionRemoveProfile, &QAction::triggered, this, &MainWindow::removeProfile);
    auto* themes = new QActionGroup(this);
    themes->setExclusive(true);
    const std::array<std::pair<QAction*, Appearance::Theme>, 3> themeActions{{
        {m_ui->actionThemeSystem, Appearance::Theme::System},
        {m_ui->actionThemeLight, Appearance::Theme::Light},
        {m_ui->actionThemeDark, Appearance::Theme::Dark},
    }};
    for (const auto& [action, theme] : themeActions) {
        themes->addAction(action);
        action->setChecked(theme == Appearance::current());
        connect(action, &QAction::triggered, this, [this, theme = theme] { chooseTheme(theme); });
    }
    connect(m_ui->actionAddNote, &QAction::triggered, this, &MainWindow::addNote);
    connect(m_ui->actionOpenReview, &QAction::triggered, this, &MainWindow::chooseReviewFile);
    connect(m_ui->actionCloseReview, &QAction::triggered, this, &MainWindow::closeReview);
    connect(m_reviewBanner, &ReviewBanner::closeRequested, this, &MainWindow::closeReview);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionUserGuide, &QAction::triggered, this, [this] { UserGuideDialog::open(this); });
    new LanguageMenu(*m_ui->menuLanguage, m_settings, *this);
    const QList<QAction*> tabActions{m_ui->actionShowToday, m_ui->actionShowDiary,    m_ui->actionShowChart,
                                     m_ui->actionShowPlan,  m_ui->actionShowEvidence, m_ui->actionShowReport};
    for (int index = 0; index < tabActions.size(); ++index) {
        connect(tabActions[index], &QAction::triggered, this, [this, index] { showTab(index); });
    }
    // A tab's page is built when the tab is first shown; from then on it keeps itself up to date.
    connect(m_ui->mainTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < TabCount && m_ui->pageStack->currentWidget() == m_ui->mainStackPage) {
            ensurePage(*m_pages, static_cast<Tab>(index));
            if (m_remembersTab) {
                m_settings.setValue(SettingKeys::lastTab, tabName(index));
            }
        }
    });
    connect(&own, &DiarySession::changed, this, &MainWindow::onDiaryChanged);

    m_dataExchange = new DataExchangeMenu(*this, own, m_ui->menuFile, m_ui->actionQuit);
    auto* quickLog =
        new QuickLogLauncher(own, *this, m_ui->menuProfile, [this] { return activeProfileId(); });
    addEditingAction(quickLog->action());
    new ReminderTray(own, m_settings, *this, *quickLog, m_ui->menuProfile);

    updateReviewState();
    const qint64 remembered = m_settings.value(SettingKeys::lastProfile);
    if (remembered > 0) {
        m_rememberedProfile = remembered;
    }
    reloadProfiles(m_rememberedProfile);
}

MainWindow::~MainWindow()
{
    if (m_review) {
        // The pages go first (they refer to the reviewed diary), then its session and database, then
        // whatever the source keeps for it.
        deletePages(m_review->pages);
        m_review->session.reset();
        m_review->source.database.reset();
        if (m_review->source.onClosed) {
            m_review->source.onClosed();
        }
    }
}

DiarySession& MainWindow::session() const
{
    return *m_pages->session;
}

Database& MainWindow::database() const
{
    return session().database();
}

QWidget* MainWindow::ensurePage(Pages& pages, Tab tab)
{
    const auto index = static_cast<std::size_t>(tab);
    QWidget*& page = pages.page[index];
    if (page) {
        return page;
    }
    const std::array<QLayout*, TabCount> layouts{m_ui->todayTabLayout,    m_ui->diaryTabLayout,
                                                 m_ui->chartTabLayout,    m_ui->planTabLayout,
                                                 m_ui->evidenceTabLayout, m_ui->reportTabLayout};
    page = kPageFactories[index](*pages.session, layouts[index]->parentWidget());
    ProfileView* view = dynamic_cast<ProfileView*>(page);
    pages.view[index] = view;
    if (pages.session->isReadOnly()) {
        view->setReadOnly(true);
    }
    layouts[index]->addWidget(page);
    connect(&view->refresher(), &PageRefresher::readFailed, this, [this](const QString& problem) {
        reportStorageProblem(tr("The diary of %1 could not be read.").arg(activeProfileName()), problem);
    });
    if (auto* diary = qobject_cast<DiaryPage*>(page)) {
        connect(diary, &DiaryPage::dayActivated, this, &MainWindow::editDay);
    }
    // Shown at once when these pages are on show, so a page built for a visible tab paints in the
    // same pass; the own pages stay hidden behind a review.
    page->setVisible(&pages == m_pages);
    if (&pages == m_pages && m_ui->pageStack->currentWidget() == m_ui->mainStackPage) {
        view->refresher().follow(activeProfileId());
    }
    return page;
}

void MainWindow::followProfile(std::optional<std::int64_t> profileId)
{
    for (ProfileView* view : m_pages->view) {
        if (view) {
            view->refresher().follow(profileId);
        }
    }
}

void MainWindow::setPagesVisible(const Pages& pages, bool visible)
{
    for (QWidget* page : pages.page) {
        if (page) {
            page->setVisible(visible);
        }
    }
}

void MainWindow::deletePages(Pages& pages)
{
    for (QWidget* page : pages.page) {
        delete page;
    }
    pages.page.fill(nullptr);
    pages.view.fill(nullptr);
}

DayLogPage* MainWindow::dayLogPage()
{
    return static_cast<DayLogPage*>(ensurePage(*m_pages, TodayTab));
}

DiaryPage* MainWindow::diaryPage()
{
    return static_cast<DiaryPage*>(ensurePage(*m_pages, DiaryTab));
}

ChartPage* MainWindow::chartPage()
{
    return static_cast<ChartPage*>(ensurePage(*m_pages, ChartTab));
}

PlanPage* MainWindow::planPage()
{
    return static_cast<PlanPage*>(ensurePage(*m_pages, PlanTab));
}

EvidencePage* MainWindow::evidencePage()
{
    return static_cast<EvidencePage*>(ensurePage(*m_pages, EvidenceTab));
}

ReportPage* MainWindow::reportPage()
{
    return static_cast<ReportPage*>(ensurePage(*m_pages, ReportTab));
}

WelcomePage* MainWindow::welcomePage()
{
    if (!m_welcomePage) {
        m_welcomePage = new WelcomePage(m_own, m_ui->welcomeStackPage);
        m_ui->welcomeHostLayout->addWidget(m_welcomePage);
        m_welcomePage->show();
        connect(m_welcomePage, &WelcomePage::profileCreated, this,
                [this](qint64 profileId) { activateProfile(profileId); });
    }
    return m_welcomePage;
}

std::optional<std::int64_t> MainWindow::activeProfileId() const
{
    const QVariant id = m_profileSwitcher->currentData();
    if (!id.isValid()) {
        return std::nullopt;
    }
    return id.toLongLong();
}

void MainWindow::activateProfile(std::int64_t profileId)
{
    try {
        reloadProfiles(profileId);
    } catch (const std::exception& error) {
        reportStorageProblem(tr("The list of profiles could not be read."), ProblemText::of(error));
    }
}

void MainWindow::reloadProfiles(std::optional<std::int64_t> selected)
{
    const std::vector<Profile> profiles = session().profiles().list();
    {
        const QSignalBlocker blocker(m_profileSwitcher);
        m_profileSwitcher->clear();
        for (const Profile& profile : profiles) {
            m_profileSwitcher->addItem(profile.name, QVariant::fromValue<qint64>(profile.id));
        }
        int index = profiles.empty() ? -1 : 0;
        if (selected) {
            const int found = m_profileSwitcher->findData(QVariant::fromValue<qint64>(*selected));
            index = found >= 0 ? found : index;
        }
        m_profileSwitcher->setCurrentIndex(index);
    }
    m_profileSwitcher->setEnabled(!profiles.empty());
    if (profiles.empty()) {
        showWelcome();
        return;
    }
    // The list has just counted each profile's days; counting the shown one again at start-up
    // read the whole diary's index a second time.
    const int index = m_profileSwitcher->currentIndex();
    showProfileAt(index, profiles[static_cast<std::size_t>(index)].loggedDays);
}

QString MainWindow::activeProfileName() const
{
    return m_profileSwitcher->currentIndex() >= 0 ? m_profileSwitcher->currentText() : QString();
}

void MainWindow::reloadDiary(std::optional<std::int64_t> profileId)
{
    reloadProfiles(profileId ? profileId : activeProfileId());
}

void MainWindow::showProfileAt(int switcherIndex)
{
    showProfileAt(switcherIndex, std::nullopt);
}

void MainWindow::showProfileAt(int switcherIndex, std::optional<int> loggedDays)
{
    if (switcherIndex < 0) {
        return;
    }
    const std::optional<std::int64_t> profileId = activeProfileId();
    showTabs();
    updateWindowTitle();
    if (!m_review && profileId) {
        rememberProfile(*profileId);
    }
    if (loggedDays) {
        m_loggedDaysLabel->setText(loggedDaysText(*loggedDays));
    } else {
        refreshLoggedDays();
    }
    ensurePage(*m_pages, static_cast<Tab>(m_ui->mainTabs->currentIndex()));
    followProfile(profileId);
}

void MainWindow::updateWindowTitle()
{
    const QString name = m_profileSwitcher->currentText();
    if (m_review) {
        const QString whose = m_review->source.displayName.isEmpty() ? name : m_review->source.displayName;
        setWindowTitle(tr("LDN Tracker \u2014 Reviewing %1's diary (read-only)").arg(whose));
        m_reviewBanner->showText(reviewBannerText());
        return;
    }
    setWindowTitle(m_profileSwitcher->currentIndex() < 0 ? tr("LDN Tracker")
                                                         : tr("LDN Tracker \u2014 %1").arg(name));
}

void MainWindow::onDiaryChanged(const DiaryChange& change)
{
    // Pages follow the changes themselves (PageRefresher); the window shows the profile list and
    // the count of logged days.
    if (change.subjects.testFlag(DiaryChange::Subject::Profiles)) {
        reloadProfiles(activeProfileId());
    } else if (change.concerns(DiaryChange::Subject::Days, activeProfileId())) {
        refreshLoggedDays();
    }
}

void MainWindow::refreshLoggedDays()
{
    const std::optional<std::int64_t> profileId = activeProfileId();
    if (!profileId) {
        m_loggedDaysLabel->clear();
        return;
    }
    try {
        m_loggedDaysLabel->setText(loggedDaysText(session().diary().countDays(*profileId)));
    } catch (const std::exception& error) {
        m_loggedDaysLabel->clear();
        reportStorageProblem(tr("The diary could not be read."), ProblemText::of(error));
    }
}

void MainWindow::editDay(const QDate& date)
{
    m_ui->mainTabs->setCurrentIndex(TodayTab);
    dayLogPage()->editDate(date);
}

void MainWindow::showWelcome()
{
    // Only the own diary can be empty: a review needs a profile to show.
    // Pages not built yet have nothing to forget.
    for (ProfileView* view : m_ownPages.view) {
        if (view) {
            view->refresher().follow(std::nullopt);
            view->clear();
        }
    }
    m_loggedDaysLabel->clear();
    setWindowTitle(tr("LDN Tracker"));
    m_ui->pageStack->setCurrentWidget(m_ui->welcomeStackPage);
    for (QAction* action : {m_ui->actionShowToday, m_ui->actionShowDiary, m_ui->actionShowChart,
                            m_ui->actionShowPlan, m_ui->actionShowEvidence, m_ui->actionShowReport,
                            m_ui->actionAddNote, m_ui->actionEditProfile, m_ui->actionRemoveProfile}) {
        action->setEnabled(false);
    }
    welcomePage()->reset();
}

void MainWindow::showTabs()
{
    const bool wasWelcome = m_ui->pageStack->currentWidget() == m_ui->welcomeStackPage;
    m_ui->pageStack->setCurrentWidget(m_ui->mainStackPage);
    for (QAction* action : {m_ui->actionShowToday, m_ui->actionShowDiary, m_ui->actionShowChart,
                            m_ui->actionShowPlan, m_ui->actionShowEvidence, m_ui->actionShowReport}) {
        action->setEnabled(true);
    }
    m_ui->actionAddNote->setEnabled(!m_review);
    updateProfileActions();
    if (wasWelcome) {
        m_ui->mainTabs->setCurrentIndex(TodayTab);
    }
}

void MainWindow::showTab(int index)
{
    if (m_ui->pageStack->currentWidget() == m_ui->mainStackPage) {
        m_ui->mainTabs->setCurrentIndex(index);
    }
}

void MainWindow::newProfile()
{
    if (m_review) {
        return;
    }
    // Before the first profile exists the welcome page already is the form for it.
    if (m_ui->pageStack->currentWidget() == m_ui->welcomeStackPage) {
        welcomePage()->reset();
        return;
    }
    NewProfileDialog dialog(m_own, this);
    if (dialog.exec() == QDialog::Accepted) {
        activateProfile(dialog.createdProfileId());
    }
}

void MainWindow::addNote()
{
    if (m_review || m_ui->pageStack->currentWidget() != m_ui->mainStackPage) {
        return;
    }
    showTab(TodayTab);
    dayLogPage()->notesPanel()->openAddDialog();
}

int MainWindow::currentTab() const
{
    return m_ui->mainTabs->currentIndex();
}

QString MainWindow::tabName(int tab)
{
    return tabNames().value(tab);
}

int MainWindow::tabNamed(const QString& name)
{
    return static_cast<int>(tabNames().indexOf(name.toLower()));
}

// --- size, place and theme ---------------------------------------------------------------------

QSize MainWindow::firstStartSize() const
{
    const QScreen* shownOn = screen();
    return shownOn ? WindowPlacement::firstStartSize(shownOn->availableGeometry())
                   : WindowPlacement::kComfortableSize;
}

void MainWindow::restorePlacement()
{
    const QScreen* shownOn = screen();
    const QRect available = shownOn ? shownOn->availableGeometry() : QRect(QPoint(0, 0), firstStartSize());
    const QByteArray saved = m_settings.value(SettingKeys::windowGeometry);
    // restoreGeometry already moves a window whose screen is gone onto one that is there; the
    // clamp also shrinks one larger than the screen it is now on (a scale factor raised).
    if (!saved.isEmpty() && restoreGeometry(saved)) {
        if (!isMaximized() && !isFullScreen()) {
            setGeometry(WindowPlacement::clamped(geometry(), available));
            m_clampWhenShown = true;
        }
    } else if (available.width() < WindowPlacement::kComfortableSize.width() ||
               available.height() < WindowPlacement::kComfortableSize.height()) {
        // A small screen (a 1366x768 laptop, 1920x1080 at 200%): all of it, frame included, which
        // only the window manager knows before the window is shown.
        setGeometry(WindowPlacement::firstStartGeometry(available));
        setWindowState(windowState() | Qt::WindowMaximized);
    } else {
        setGeometry(WindowPlacement::firstStartGeometry(available));
    }
    m_remembersGeometry = true;
    const int tab = tabNamed(m_settings.value(SettingKeys::lastTab));
    if (tab >= 0) {
        showTab(tab);
    }
    m_remembersTab = true;
}

void MainWindow::restorePlacementAtSize(QSize size)
{
    restorePlacement();
    m_remembersGeometry = false;
    setWindowState(windowState() & ~(Qt::WindowMaximized | Qt::WindowFullScreen));
    resize(size);
}

void MainWindow::rememberPlacement()
{
    if (m_remembersGeometry) {
        m_settings.setValue(SettingKeys::windowGeometry, saveGeometry());
    }
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_clampWhenShown && !isMaximized() && !isFullScreen() && screen()) {
        m_clampWhenShown = false;
        const QRect frame = frameGeometry();
        const QRect inside = geometry();
        const QMargins margins(inside.left() - frame.left(), inside.top() - frame.top(),
                               frame.right() - inside.right(), frame.bottom() - inside.bottom());
        setGeometry(WindowPlacement::clamped(inside, screen()->availableGeometry(), margins));
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    rememberPlacement();
    QMainWindow::closeEvent(event);
}

void MainWindow::chooseTheme(Appearance::Theme theme, bool remember)
{
    Appearance::apply(theme);
    m_ui->actionThemeSystem->setChecked(theme == Appearance::Theme::System);
    m_ui->actionThemeLight->setChecked(theme == Appearance::Theme::Light);
    m_ui->actionThemeDark->setChecked(theme == Appearance::Theme::Dark);
    if (remember) {
        m_settings.setValue(SettingKeys::theme, Appearance::name(theme));
    }
}

// --- changing and removing profiles ------------------------------------------------------------

void MainWindow::updateProfileActions()
{
    const bool profileShown = m_ui->pageStack->currentWidget() == m_ui->mainStackPage && activeProfileId();
    m_ui->actionEditProfile->setEnabled(profileShown && !m_review);
    m_ui->actionRemoveProfile->setEnabled(profileShown && !m_review);
    if (m_removalBanner) {
        m_removalBanner->setUndoEnabled(!m_review);
        m_undoRemovalAction->setEnabled(!m_review);
    }
}

void MainWindow::editProfile()
{
    const std::optional<std::int64_t> profileId = activeProfileId();
    if (m_review || !profileId) {
        return;
    }
    try {
        EditProfileDialog dialog(m_own, *profileId, this);
        dialog.exec();
    } catch (const std::exception& error) {
        reportStorageProblem(tr("The profile could not be read."), ProblemText::of(error));
    }
}

void MainWindow::removeProfile()
{
    const std::optional<std::int64_t> profileId = activeProfileId();
    if (m_review || !profileId) {
        return;
    }
    const QString name = activeProfileName();
    QMessageBox box(QMessageBox::Warning, tr("Remove profile"), tr("Remove %1's profile?").arg(name),
                    QMessageBox::NoButton, this);
    box.setInformativeText(
        tr("Everything in it goes: its days, notes, medicines and plans. A backup of the whole diary is "
           "made first, and until you close LDN Tracker the removal can be undone."));
    QPushButton* remove = box.addButton(tr("Remove %1").arg(name), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveProfileButton"));
    QPushButton* keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == remove) {
        removeProfileConfirmed(*profileId);
    }
}

bool MainWindow::removeProfileConfirmed(std::int64_t profileId)
{
    if (m_review) {
        return false;
    }
    try {
        const ProfileService::Removal removal = m_own.profileService().remove(profileId);
        m_removalBanner->showRemoval(removal.name, removal.backupPath);
        m_undoRemovalAction->setText(tr("&Undo removal of %1").arg(removal.name));
        m_undoRemovalAction->setVisible(true);
        updateProfileActions();
        return true;
    } catch (const std::exception& error) {
        reportStorageProblem(tr("The profile was not removed."), ProblemText::of(error));
        return false;
    }
}

void MainWindow::undoProfileRemoval()
{
    if (m_review) {
        return;
    }
    try {
        const std::optional<QString> name = m_own.profileService().lastRemoved();
        const std::optional<std::int64_t> back = m_own.profileService().undoRemoval();
        m_removalBanner->clear();
        m_undoRemovalAction->setVisible(false);
        if (back) {
            activateProfile(*back);
            statusBar()->showMessage(
                tr("%1's profile is back, with all of its diary.").arg(name.value_or(QString())), 8000);
        }
    } catch (const std::exception& error) {
        m_removalBanner->showUndoProblem(ProblemText::of(error));
    }
}

QString MainWindow::removalBannerText() const
{
    return m_removalBanner ? m_removalBanner->visibleText() : QString();
}

void MainWindow::buildRemovalBanner()
{
    m_removalBanner = new ProfileRemovalBanner(this);
    m_ui->centralLayout->insertWidget(m_ui->centralLayout->indexOf(m_ui->profileBar) + 1, m_removalBanner);
    connect(m_removalBanner, &ProfileRemovalBanner::undoRequested, this, &MainWindow::undoProfileRemoval);

    m_undoRemovalAction = new QAction(this);
    m_undoRemovalAction->setObjectName(QStringLiteral("actionUndoRemoval"));
    m_undoRemovalAction->setVisible(false);
    m_ui->menuProfile->addAction(m_undoRemovalAction);
    connect(m_undoRemovalAction, &QAction::triggered, this, &MainWindow::undoProfileRemoval);
}

// --- remembering the profile -------------------------------------------------------------------

void MainWindow::rememberProfile(std::int64_t profileId)
{
    if (m_rememberedProfile == profileId || m_own.isReadOnly()) {
        return;
    }
    try {
        m_settings.setValue(SettingKeys::lastProfile, static_cast<qint64>(profileId));
        m_rememberedProfile = profileId;
    } catch (const std::exception&) {
        // Not worth interrupting anyone for: the next start shows the first profile instead.
    }
}

// --- review mode -------------------------------------------------------------------------------

void MainWindow::openReviewFile(const QString& path)
{
    startReview(ReviewSource::open(path, QFileInfo(m_own.database().path()).absolutePath()));
}

void MainWindow::startReview(ReviewSource source)
{
    if (!source.database) {
        throw std::invalid_argument("a review needs a database");
    }
    if (!source.database->isReadOnly()) {
        // Review promises that nothing can change the file; only a read-only connection keeps it.
        throw std::invalid_argument("a review needs a database opened read-only");
    }
    auto session = std::make_unique<DiarySession>(*source.database);
    const std::vector<Profile> profiles = session->profiles().list();
    if (profiles.empty()) {
        throw InputError(source.sourceFile,
                         QStringLiteral("the diary holds no profile, so there is nothing to "
                                        "review"));
    }
    if (m_review) {
        closeReview();
    }
    m_ownProfileBeforeReview = activeProfileId();

    auto review = std::make_unique<Review>();
    review->source = std::move(source);
    review->session = std::move(session);
    m_review = std::move(review);
    Pages& pages = m_review->pages;
    // The pages see a read-only diary and start read-only. They are built when first shown, like
    // the own diary's.
    pages.session = m_review->session.get();
    setPagesVisible(m_ownPages, false);
    m_pages = &pages;

    // The profile whose name the source gives, if the file has one by that name.
    std::optional<std::int64_t> selected;
    for (const Profile& profile : profiles) {
        if (profile.name.compare(m_review->source.displayName, Qt::CaseInsensitive) == 0) {
            selected = profile.id;
        }
    }
    updateReviewState();
    reloadProfiles(selected);
    Q_EMIT reviewChanged(true);
}

void MainWindow::closeReview()
{
    if (!m_review) {
        return;
    }
    m_pages = &m_ownPages;
    setPagesVisible(m_ownPages, true);
    deletePages(m_review->pages);
    std::unique_ptr<Review> ended = std::move(m_review);
    ended->session.reset();
    ended->source.database.reset();
    if (ended->source.onClosed) {
        ended->source.onClosed();
    }
    ended.reset();

    updateReviewState();
    try {
        // The own pages were left as they were, typing included; they are read again only when
        // their profile changes or they were stale already.
        reloadProfiles(m_ownProfileBeforeReview);
    } catch (const std::exception& error) {
        reportStorageProblem(tr("The list of profiles could not be read."), ProblemText::of(error));
    }
    Q_EMIT reviewChanged(false);
}

QString MainWindow::reviewBannerText() const
{
    if (!m_review) {
        return {};
    }
    const QString whose = m_review->source.displayName.isEmpty() ? m_profileSwitcher->currentText()
                                                                 : m_review->source.displayName;
    return tr("Reviewing %1's diary from %2 \u2014 read-only")
        .arg(whose, QDir::toNativeSeparators(m_review->source.sourceFile));
}

void MainWindow::addEditingAction(QAction* action)
{
    if (action && !m_editingActions.contains(action)) {
        m_editingActions.append(action);
        action->setEnabled(action->isEnabled() && !m_review);
    }
}

void MainWindow::updateReviewState()
{
    const bool reviewing = m_review != nullptr;
    m_reviewBanner->showText(reviewBannerText());
    m_ui->actionCloseReview->setEnabled(reviewing);
    for (QAction* action : m_editingActions) {
        action->setEnabled(!reviewing);
    }
    updateProfileActions();
    if (reviewing) {
        m_databaseLabel->setText(tr("Reviewing (read-only): %1 \u00b7 your own diary: %2")
                                     .arg(QDir::toNativeSeparators(m_review->source.sourceFile),
                                          nativePath(m_own.database().path())));
    } else {
        m_databaseLabel->setText(tr("Diary file: %1").arg(nativePath(m_own.database().path())));
    }
}

void MainWindow::chooseReviewFile()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a diary for review"), documents.isEmpty() ? QDir::homePath() : documents,
        tr("LDN Tracker diaries (*.sqlite *.db);;Exported backups (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    try {
        openReviewFile(path);
    } catch (const StorageError& error) {
        reportStorageProblem(tr("%1 cannot be opened for review.").arg(QDir::toNativeSeparators(path)),
                             error.message());
    } catch (const InputError& error) {
        QMessageBox::warning(
            this, tr("Open a diary for review"),
            tr("%1 cannot be opened for review.\n\n%2")
                .arg(QDir::toNativeSeparators(path), ProblemText::sentence(error.problem())));
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About LDN Tracker"),
        tr("<h3>LDN Tracker %1</h3>"
           "<p>A private diary of low-dose naltrexone doses, symptoms and side effects.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later "
           "(GPL-3.0-or-later).</p>"
           "<p>LDN Tracker makes no network connections; your diary stays in <br><code>%2</code></p>")
            .arg(QStringLiteral(LDN_VERSION), nativePath(m_own.database().path()).toHtmlEscaped()));
}

void MainWindow::reportStorageProblem(const QString& action, const QString& problem)
{
    QMessageBox::critical(this, tr("LDN Tracker"), QStringLiteral("%1\n\n%2").arg(action, problem));
}

} // namespace ldn
