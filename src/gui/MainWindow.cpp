#include "gui/MainWindow.h"

#include "gui/ChartPage.h"
#include "gui/DayLogPage.h"
#include "gui/DiaryPage.h"
#include "gui/EvidencePage.h"
#include "gui/NewProfileDialog.h"
#include "gui/PlanPage.h"
#include "gui/ReportPage.h"
#include "gui/WelcomePage.h"
#include "storage/Database.h"
#include "storage/DiaryRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/StorageError.h"
#include "ui_MainWindow.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

namespace ldn {
namespace {

QString loggedDaysText(int days)
{
    return days == 1 ? MainWindow::tr("1 day logged") : MainWindow::tr("%1 days logged").arg(days);
}

} // namespace

MainWindow::MainWindow(Database& database, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_database(database)
    , m_profileSwitcher(new QComboBox(this))
    , m_welcomePage(new WelcomePage(database, this))
    , m_diaryPage(new DiaryPage(this))
    , m_dayLogPage(new DayLogPage(database, this))
    , m_chartPage(new ChartPage(database, this))
    , m_planPage(new PlanPage(database, this))
    , m_evidencePage(new EvidencePage(database, this))
    , m_reportPage(new ReportPage(database, this))
    , m_databaseLabel(new QLabel(this))
    , m_loggedDaysLabel(new QLabel(this))
{
    m_ui->setupUi(this);

    // The switcher sits in a plain widget so its label keeps a margin and a keyboard mnemonic.
    auto* switcherBox = new QWidget(m_ui->profileToolBar);
    auto* switcherLayout = new QHBoxLayout(switcherBox);
    switcherLayout->setContentsMargins(6, 2, 6, 2);
    auto* switcherLabel = new QLabel(tr("&Profile:"), switcherBox);
    switcherLabel->setBuddy(m_profileSwitcher);
    m_profileSwitcher->setParent(switcherBox);
    m_profileSwitcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_profileSwitcher->setAccessibleName(tr("Active profile"));
    m_profileSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileSwitcher->setMinimumContentsLength(16);
    m_profileSwitcher->setPlaceholderText(tr("No profile yet"));
    switcherLayout->addWidget(switcherLabel);
    switcherLayout->addWidget(m_profileSwitcher);
    m_ui->profileToolBar->addWidget(switcherBox);
    m_ui->profileToolBar->toggleViewAction()->setEnabled(false);

    m_ui->welcomeHostLayout->addWidget(m_welcomePage);
    m_ui->todayTabLayout->addWidget(m_dayLogPage);
    m_ui->diaryTabLayout->addWidget(m_diaryPage);
    m_ui->chartTabLayout->addWidget(m_chartPage);
    m_ui->planTabLayout->addWidget(m_planPage);
    m_ui->evidenceTabLayout->addWidget(m_evidencePage);
    m_ui->reportTabLayout->addWidget(m_reportPage);

    m_databaseLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_databaseLabel->setText(
        tr("Diary file: %1").arg(QDir::toNativeSeparators(QFileInfo(m_database.path()).absoluteFilePath())));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loggedDaysLabel->setObjectName(QStringLiteral("loggedDaysLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_loggedDaysLabel);

    connect(m_profileSwitcher, &QComboBox::currentIndexChanged, this, &MainWindow::showProfileAt);
    connect(m_welcomePage, &WelcomePage::profileCreated, this,
            [this](qint64 profileId) { activateProfile(profileId); });
    connect(m_ui->actionNewProfile, &QAction::triggered, this, &MainWindow::newProfile);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    const QList<QAction*> tabActions{m_ui->actionShowToday, m_ui->actionShowDiary,    m_ui->actionShowChart,
                                     m_ui->actionShowPlan,  m_ui->actionShowEvidence, m_ui->actionShowReport};
    for (int index = 0; index < tabActions.size(); ++index) {
        connect(tabActions[index], &QAction::triggered, this, [this, index] { showTab(index); });
    }

    connect(m_ui->mainTabs, &QTabWidget::currentChanged, this, &MainWindow::refreshTab);
    connect(m_dayLogPage, &DayLogPage::diaryChanged, this, [this] {
        markStale({DiaryTab, ChartTab, PlanTab, ReportTab});
        refreshLoggedDays();
    });
    connect(m_planPage, &PlanPage::planChanged, this, [this] { markStale({TodayTab, ReportTab}); });
    connect(m_planPage, &PlanPage::medicationsChanged, this, [this] { markStale({TodayTab, ReportTab}); });
    connect(m_dayLogPage, &DayLogPage::symptomsChanged, this, [this] {
        markStale({DiaryTab, ChartTab, ReportTab});
    });
    connect(m_diaryPage, &DiaryPage::dayActivated, this, &MainWindow::editDay);

    reloadProfiles(std::nullopt);
}

MainWindow::~MainWindow() = default;

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
        reportStorageProblem(tr("The list of profiles could not be read."), error);
    }
}

void MainWindow::reloadProfiles(std::optional<std::int64_t> selected)
{
    const std::vector<Profile> profiles = ProfileRepository(m_database).list();
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
    showProfileAt(m_profileSwitcher->currentIndex());
}

void MainWindow::showProfileAt(int switcherIndex)
{
    if (switcherIndex < 0) {
        return;
    }
    const QString name = m_profileSwitcher->itemText(switcherIndex);
    setWindowTitle(tr("LDN Tracker \u2014 %1").arg(name));
    showTabs();
    m_staleTabs.fill(true);
    refreshLoggedDays();
    refreshTab(m_ui->mainTabs->currentIndex());
}

void MainWindow::markStale(std::initializer_list<Tab> tabs)
{
    for (const Tab tab : tabs) {
        m_staleTabs[static_cast<std::size_t>(tab)] = true;
    }
    refreshTab(m_ui->mainTabs->currentIndex());
}

void MainWindow::refreshTab(int index)
{
    const std::optional<std::int64_t> profileId = activeProfileId();
    if (index < 0 || index >= TabCount || !profileId || !m_staleTabs[static_cast<std::size_t>(index)] ||
        m_ui->pageStack->currentWidget() != m_ui->mainStackPage) {
        return;
    }
    m_staleTabs[static_cast<std::size_t>(index)] = false;
    const QString name = m_profileSwitcher->currentText();
    try {
        switch (static_cast<Tab>(index)) {
        case TodayTab:
            m_dayLogPage->showProfile(*profileId);
            break;
        case DiaryTab:
            m_diaryPage->showDiary(name, ProfileRepository(m_database).symptoms(*profileId),
                                   DiaryRepository(m_database).entries(*profileId), QDate::currentDate());
            break;
        case ChartTab:
            m_chartPage->showProfile(*profileId);
            break;
        case PlanTab:
            m_planPage->showProfile(*profileId);
            break;
        case ReportTab:
            m_reportPage->showProfile(*profileId);
            break;
        case EvidenceTab:
            m_evidencePage->showProfile(*profileId);
            break;
        case TabCount:
            break;
        }
    } catch (const std::exception& error) {
        reportStorageProblem(tr("The diary of %1 could not be read.").arg(name), error);
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
        m_loggedDaysLabel->setText(loggedDaysText(DiaryRepository(m_database).countDays(*profileId)));
    } catch (const std::exception& error) {
        m_loggedDaysLabel->clear();
        reportStorageProblem(tr("The diary could not be read."), error);
    }
}

void MainWindow::editDay(const QDate& date)
{
    m_ui->mainTabs->setCurrentIndex(TodayTab);
    m_dayLogPage->editDate(date);
}

void MainWindow::showWelcome()
{
    m_diaryPage->clear();
    m_dayLogPage->clear();
    m_chartPage->clear();
    m_planPage->clear();
    m_evidencePage->clear();
    m_reportPage->clear();
    m_loggedDaysLabel->clear();
    setWindowTitle(tr("LDN Tracker"));
    m_ui->pageStack->setCurrentWidget(m_ui->welcomeStackPage);
    for (QAction* action : {m_ui->actionShowToday, m_ui->actionShowDiary, m_ui->actionShowChart,
                            m_ui->actionShowPlan, m_ui->actionShowEvidence, m_ui->actionShowReport}) {
        action->setEnabled(false);
    }
    m_welcomePage->reset();
}

void MainWindow::showTabs()
{
    const bool wasWelcome = m_ui->pageStack->currentWidget() == m_ui->welcomeStackPage;
    m_ui->pageStack->setCurrentWidget(m_ui->mainStackPage);
    for (QAction* action : {m_ui->actionShowToday, m_ui->actionShowDiary, m_ui->actionShowChart,
                            m_ui->actionShowPlan, m_ui->actionShowEvidence, m_ui->actionShowReport}) {
        action->setEnabled(true);
    }
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
    // Before the first profile exists the welcome page already is the form for it.
    if (m_ui->pageStack->currentWidget() == m_ui->welcomeStackPage) {
        m_welcomePage->reset();
        return;
    }
    NewProfileDialog dialog(m_database, this);
    if (dialog.exec() == QDialog::Accepted) {
        activateProfile(dialog.createdProfileId());
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
            .arg(QStringLiteral(LDN_VERSION),
                 QDir::toNativeSeparators(QFileInfo(m_database.path()).absoluteFilePath()).toHtmlEscaped()));
}

void MainWindow::reportStorageProblem(const QString& action, const std::exception& error)
{
    const auto* storageError = dynamic_cast<const StorageError*>(&error);
    const QString detail = storageError ? storageError->message() : QString::fromUtf8(error.what());
    QMessageBox::critical(this, tr("LDN Tracker"), QStringLiteral("%1\n\n%2").arg(action, detail));
}

} // namespace ldn
