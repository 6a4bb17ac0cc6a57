#include "gui/window/DesktopApplication.h"

#include "core/base/InputError.h"
#include "gui/common/MessageStyle.h"
#include "gui/quicklog/QuickLogWindow.h"
#include "gui/reminders/ReminderTray.h"
#include "gui/window/Appearance.h"
#include "gui/window/MainWindow.h"
#include "presentation/Language.h"
#include "presentation/Translations.h"
#include "services/AppSettings.h"
#include "services/DiarySession.h"
#include "services/ExchangeService.h"
#include "services/ProblemText.h"
#include "services/SettingKeys.h"
#include "storage/db/DataLocation.h"
#include "storage/db/Database.h"
#include "storage/db/StorageError.h"
#include "storage/diary/ProfileRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFont>
#include <QIcon>
#include <QMessageBox>
#include <QPixmap>
#include <QRegularExpression>
#include <QScreen>
#include <QStatusBar>
#include <QTextStream>

#include <cstdio>
#include <exception>
#include <optional>
#include <vector>

namespace ldn {
namespace {

// A start-up within this many seconds of the newest backup makes none (about once a day).
constexpr qint64 kDailyBackupSeconds = 20 * 60 * 60;

constexpr const char* kProgramName = "ldn-tracker";

// "1280x800" (also "1280X800"); none for anything else or a size no screen has.
std::optional<QSize> parseSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    constexpr int kSmallest = 200;
    constexpr int kLargest = 16384;
    if (size.width() < kSmallest || size.height() < kSmallest || size.width() > kLargest ||
        size.height() > kLargest) {
        return std::nullopt;
    }
    return size;
}

int exitCodeFor(const StorageError& error)
{
    return error.kind() == StorageError::Kind::BadData ? DesktopApplication::BadData
                                                       : DesktopApplication::Failure;
}

QString exitCodeHelp()
{
    return QStringLiteral(
        "\nExit codes: 0 success, 1 usage error, 2 the diary file cannot be used (damaged,\n"
        "not a diary, or written by a newer version; it was not changed), 3 other failure.\n");
}

// In interactive use the person may have started the program from a menu and never see stderr,
// so the problem is also shown in a window; stderr keeps it for scripts and bug reports.
void reportFailure(const QString& message, bool interactive, QTextStream& err)
{
    err << kProgramName << ": " << message << "\n";
    err.flush();
    if (interactive) {
        QMessageBox box(QMessageBox::Critical, QStringLiteral("LDN Tracker"),
                        QApplication::translate("DesktopApplication", "LDN Tracker cannot open your diary."),
                        QMessageBox::Close);
        box.setInformativeText(message);
        box.exec();
    }
}

// What the window last put on screen: for the offscreen platform, its backing store. Reading that
// rather than rendering the window again with QWidget::grab() keeps the picture exactly what a
// person would see, and keeps a second paint of the whole window out of the start-up time that
// the benchmark reads from --screenshot. Where the platform cannot read the screen back (Wayland,
// for one) it returns nothing or a different size, and the window is rendered again.
QPixmap shownPicture(QWidget& window)
{
    if (QScreen* screen = window.screen(); screen != nullptr) {
        const QPixmap shown = screen->grabWindow(window.winId());
        if (!shown.isNull() && shown.deviceIndependentSize().toSize() == window.size()) {
            return shown;
        }
    }
    return window.grab();
}

// Saves what `window` shows, after layouts and fonts have settled, to `file`.
int savePicture(QWidget& window, const QString& file, QTextStream& err)
{
    // Layouts, fonts and column widths settle over a few passes of the event loop.
    for (int pass = 0; pass < 10; ++pass) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    const QPixmap picture = shownPicture(window);
    // PNG by default; BMP when asked for, so the benchmark times start-up rather than compression.
    const char* format = file.endsWith(QStringLiteral(".bmp"), Qt::CaseInsensitive) ? "BMP" : "PNG";
    if (picture.isNull() || !picture.save(file, format)) {
        err << kProgramName << ": cannot save the screenshot to " << file << "\n";
        return DesktopApplication::Failure;
    }
    return DesktopApplication::Success;
}

// The person a quick log started on its own is for: the one shown last, else the first.
std::optional<std::int64_t> quickLogProfile(const DiarySession& session, const AppSettings& settings)
{
    const std::vector<Profile> profiles = session.profiles().list();
    const qint64 last = settings.value(SettingKeys::lastProfile);
    for (const Profile& profile : profiles) {
        if (profile.id == last) {
            return profile.id;
        }
    }
    if (profiles.empty()) {
        return std::nullopt;
    }
    return profiles.front().id;
}

} // namespace

DesktopApplication::DesktopApplication(int& argc, char** argv)
    : m_argc(argc)
    , m_argv(argv)
{
    for (int index = 1; index < argc; ++index) {
        m_rawArguments << QString::fromLocal8Bit(argv[index]);
    }
    static const QStringList kNoWindowOptions{QStringLiteral("--screenshot"),
                                              QStringLiteral("--help"),
                                              QStringLiteral("-h"),
                                              QStringLiteral("-?"),
                                              QStringLiteral("--help-all"),
                                              QStringLiteral("--version"),
                                              QStringLiteral("-v")};
    for (const QString& argument : m_rawArguments) {
        if (kNoWindowOptions.contains(argument) || argument.startsWith(QStringLiteral("--screenshot="))) {
            m_needsNoWindow = true;
        }
    }
}

DesktopApplication::~DesktopApplication() = default;

void DesktopApplication::applyInterfaceFont()
{
    QFont font = QGuiApplication::font();
    font.setStyleStrategy(QFont::PreferNoShaping);
    // QGuiApplication's setFont, not QApplication's: that one would also drop the fonts a desktop
    // theme gives menus, tooltips and the like.
    QGuiApplication::setFont(font);
}

void DesktopApplication::applyDesktopIdentity()
{
    QGuiApplication::setDesktopFileName(QStringLiteral(LDN_APP_ID));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/ldn/icons/" LDN_APP_ID ".svg")));
}

void DesktopApplication::choosePlatform() const
{
    if (m_needsNoWindow && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        !m_rawArguments.contains(QStringLiteral("-platform"))) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

bool DesktopApplication::hasDisplay() const
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // Without a display Qt would abort with a platform-plugin error; say what to do instead.
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
        m_rawArguments.contains(QStringLiteral("-platform"))) {
        return true;
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

int DesktopApplication::run()
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    choosePlatform();
    if (!hasDisplay()) {
        err << kProgramName
            << ": no display found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from a desktop "
               "session, or use --screenshot FILE to save a picture of the window.\n";
        return Failure;
    }

    m_application = std::make_unique<QApplication>(m_argc, m_argv);
    applyInterfaceFont();
    // The same identity as the command-line tool, so both find the same diary by default.
    DataLocation::applyApplicationNames();
    // No application display name: X11 and Wayland append it to every window title that does not
    // end with it, which made "LDN Tracker \u2014 Sam \u2014 LDN Tracker". The windows name the
    // program themselves, and the desktop entry (applyDesktopIdentity) names it to the shell.
    applyDesktopIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("LDN Tracker: a private low-dose naltrexone diary that stays on this computer."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("db"), QStringLiteral("The diary database (default: the application data folder)."),
        QStringLiteral("PATH"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG picture of the main window (or, with --quick-log, of the quick log) to "
                       "FILE and exit, without showing it, at the "
                       "size a first start opens at on this screen (or --size)."),
        QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QStringLiteral("Open the window (or take the screenshot) at WIDTHxHEIGHT logical pixels, e.g. "
                       "1280x800, instead of the remembered or first-start size."),
        QStringLiteral("WxH"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QStringLiteral("Light or dark for this run: light, dark or system (as the desktop is). Without it, "
                       "the choice of View > Appearance."),
        QStringLiteral("THEME"));
    const QCommandLineOption tabOption(
        QStringLiteral("tab"),
        QStringLiteral("With --screenshot: the tab to show (today, diary, chart, plan, evidence, report)."),
        QStringLiteral("NAME"), QStringLiteral("today"));
    const QCommandLineOption reviewOption(
        QStringLiteral("review"),
        QStringLiteral("Open another person's diary FILE read-only for review, on top of your own diary."),
        QStringLiteral("FILE"));
    parser.addOption(databaseOption);
    parser.addOption(reviewOption);
    parser.addOption(screenshotOption);
    parser.addOption(tabOption);
    parser.addOption(sizeOption);
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("The language for this run: de, en-GB or en-US. Without it, the choice of View > "
                       "Language, or the desktop's language (British English when it is one LDN Tracker "
                       "does not speak)."),
        QStringLiteral("LANG"));
    parser.addOption(themeOption);
    parser.addOption(languageOption);
    const QCommandLineOption quickLogOption(
        QStringLiteral("quick-log"), QStringLiteral("Open only the quick log: tonight's dose and a few "
                                                    "scores for the person shown last (or --profile) "
                                                    "(with --screenshot, a picture of it)."));
    const QCommandLineOption trayOption(
        QStringLiteral("tray"),
        QStringLiteral("Start in the system tray, without the window, when a nightly reminder is on (as "
                       "the login autostart entry does)."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("With --quick-log: whose day to log (a profile's name, in any case)."),
        QStringLiteral("NAME"));
    parser.addOption(quickLogOption);
    parser.addOption(profileOption);
    parser.addOption(trayOption);

    if (!parser.parse(QCoreApplication::arguments())) {
        err << kProgramName << ": " << parser.errorText() << "; see " << kProgramName << " --help\n";
        return UsageProblem;
    }
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        out << parser.helpText() << exitCodeHelp();
        return Success;
    }
    if (parser.isSet(versionOption)) {
        out << kProgramName << " " << LDN_VERSION << "\n";
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << kProgramName << ": unexpected argument \"" << parser.positionalArguments().constFirst()
            << "\"; see " << kProgramName << " --help\n";
        return UsageProblem;
    }
    Options options;
    options.databasePath = parser.value(databaseOption);
    options.screenshotFile = parser.value(screenshotOption);
    options.reviewFile = parser.value(reviewOption);
    if (parser.isSet(reviewOption) && options.reviewFile.isEmpty()) {
        err << kProgramName << ": --review needs a file name\n";
        return UsageProblem;
    }
    if (parser.isSet(screenshotOption) && options.screenshotFile.isEmpty()) {
        err << kProgramName << ": --screenshot needs a file name\n";
        return UsageProblem;
    }
    options.screenshotTab = MainWindow::tabNamed(parser.value(tabOption));
    if (options.screenshotTab < 0) {
        QStringList names;
        for (int tab = 0; tab < MainWindow::TabCount; ++tab) {
            names << MainWindow::tabName(tab);
        }
        err << kProgramName << ": --tab must be one of " << names.join(QStringLiteral(", ")) << "\n";
        return UsageProblem;
    }
    if (parser.isSet(sizeOption)) {
        const std::optional<QSize> size = parseSize(parser.value(sizeOption));
        if (!size) {
            err << kProgramName
                << ": --size must be WIDTHxHEIGHT in pixels, each 200 to 16384, e.g. 1280x800 (got \""
                << parser.value(sizeOption) << "\")\n";
            return UsageProblem;
        }
        options.size = *size;
    }
    if (parser.isSet(themeOption)) {
        options.theme = parser.value(themeOption);
        if (!Appearance::themeNamed(options.theme)) {
            err << kProgramName << ": --theme must be light, dark or system (got \"" << options.theme
                << "\")\n";
            return UsageProblem;
        }
    }
    options.quickLog = parser.isSet(quickLogOption);
    options.profileName = parser.value(profileOption);
    if (parser.isSet(profileOption) && !options.quickLog) {
        err << kProgramName << ": --profile goes with --quick-log\n";
        return UsageProblem;
    }
    options.inTray = parser.isSet(trayOption);
    if (parser.isSet(languageOption)) {
        const std::optional<Language> language = languageFromTag(parser.value(languageOption));
        if (!language) {
            err << kProgramName << ": --language must be one of " << languageTags().join(QStringLiteral(", "))
                << " (got \"" << parser.value(languageOption) << "\")\n";
            return UsageProblem;
        }
        options.language = *language;
    }
    // Before the diary opens, so that a message about it is in the person's language; the choice
    // kept in the settings follows once they can be read.
    Translations::install(options.language.value_or(languageFromEnvironment()));
    const bool interactive = !parser.isSet(screenshotOption);

    try {
        QString path = options.databasePath;
        if (path.isEmpty()) {
            path = DataLocation::defaultDatabasePath();
            DataLocation::ensureFolderFor(path);
        }
        Database database = Database::open(path);
        DiarySession session(database);
        AppSettings settings(session, AppSettings::defaultComputerFile());
        applyTheme(settings, options);
        applyLanguage(settings, options);
        if (!interactive) {
            // A picture of the window changes nothing: not the profile shown last, not the window's
            // place, not the diary file.
            settings.keepChangesUnsaved();
        }
        if (options.quickLog) {
            return runQuickLog(session, settings, options, err);
        }
        if (!interactive) {
            return takeScreenshot(session, settings, options, err);
        }
        MainWindow window(session, settings);
        if (options.size.isValid()) {
            window.restorePlacementAtSize(options.size);
        } else {
            window.restorePlacement();
        }
        // Started at login by the autostart entry: the window stays closed, the tray waits.
        const auto* tray = window.findChild<ReminderTray*>();
        if (!options.inTray || tray == nullptr || !tray->keepsRunningInTray()) {
            window.show();
        }
        try {
            // Once a day, at start-up: a copy of the whole diary in the backups folder beside it.
            const QString backup = session.exchangeService().backUp(kDailyBackupSeconds);
            if (!backup.isEmpty()) {
                window.statusBar()->showMessage(
                    QApplication::translate("DesktopApplication", "Today's backup: %1")
                        .arg(QDir::toNativeSeparators(backup)),
                    8000);
            }
        } catch (const StorageError& error) {
            err << kProgramName << ": the daily backup was not made: " << error.message() << "\n";
            err.flush();
            window.statusBar()->showMessage(
                QApplication::translate("DesktopApplication", "The daily backup was not made: %1")
                    .arg(error.message()));
        }
        if (!options.reviewFile.isEmpty()) {
            try {
                window.openReviewFile(options.reviewFile);
            } catch (const std::exception& error) {
                // The own diary is open; say why the other one is not, and carry on.
                const QString detail = ProblemText::of(error);
                err << kProgramName << ": cannot review " << options.reviewFile << ": " << detail << "\n";
                err.flush();
                QMessageBox::warning(
                    &window, QStringLiteral("LDN Tracker"), // untranslated: the program's name
                    QApplication::translate("DesktopApplication", "%1 cannot be opened for review.\n\n%2")
                        .arg(options.reviewFile, detail));
            }
        }
        return QApplication::exec();
    } catch (const StorageError& error) {
        reportFailure(error.message(), interactive, err);
        return exitCodeFor(error);
    } catch (const std::exception& error) {
        reportFailure(ProblemText::of(error), interactive, err);
        return Failure;
    }
}

void DesktopApplication::applyTheme(const AppSettings& settings, const Options& options)
{
    const QString chosen = options.theme.isEmpty() ? settings.value(SettingKeys::theme) : options.theme;
    Appearance::apply(Appearance::themeNamed(chosen).value_or(Appearance::Theme::System));
}

void DesktopApplication::applyLanguage(const AppSettings& settings, const Options& options)
{
    if (options.language) {
        return;
    }
    const std::optional<Language> chosen = languageFromTag(settings.value(SettingKeys::language));
    if (chosen && *chosen != Translations::current()) {
        Translations::install(*chosen);
    }
}

int DesktopApplication::takeScreenshot(DiarySession& session, AppSettings& settings, const Options& options,
                                       QTextStream& err) const
{
    const QString& file = options.screenshotFile;
    MainWindow window(session, settings);
    // Never the remembered size or place: what a first start would show on this screen, or --size.
    window.resize(options.size.isValid() ? options.size : window.firstStartSize());
    window.show();
    if (!options.reviewFile.isEmpty()) {
        try {
            window.openReviewFile(options.reviewFile);
        } catch (const StorageError& error) {
            err << kProgramName << ": cannot review " << options.reviewFile << ": " << error.message()
                << "\n";
            return exitCodeFor(error);
        } catch (const InputError& error) {
            err << kProgramName << ": cannot review " << options.reviewFile << ": " << error.message()
                << "\n";
            return BadData;
        }
    }
    window.showTab(options.screenshotTab);
    return savePicture(window, file, err);
}

int DesktopApplication::runQuickLog(DiarySession& session, AppSettings& settings, const Options& options,
                                    QTextStream& err) const
{
    std::optional<std::int64_t> profileId;
    if (!options.profileName.isEmpty()) {
        const std::optional<Profile> named = session.profiles().findByName(options.profileName);
        if (!named) {
            QStringList names;
            for (const Profile& profile : session.profiles().list()) {
                names << profile.name;
            }
            err << kProgramName << ": --profile: there is no profile called \"" << options.profileName
                << "\" (the diary has: " << names.join(QStringLiteral(", ")) << ")\n";
            return UsageProblem;
        }
        profileId = named->id;
    } else {
        profileId = quickLogProfile(session, settings);
    }
    if (!profileId) {
        err << kProgramName << ": the diary has no profile yet; start LDN Tracker and create one first\n";
        return UsageProblem;
    }
    if (session.isReadOnly()) {
        err << kProgramName << ": the diary is read-only, so nothing can be logged\n";
        return Failure;
    }
    QuickLogWindow quickLog(session, *profileId, QuickLogDay::dayAt(QDateTime::currentDateTime()));
    if (options.size.isValid()) {
        quickLog.resize(options.size);
    }
    quickLog.show();
    if (!options.screenshotFile.isEmpty()) {
        return savePicture(quickLog, options.screenshotFile, err);
    }
    return QApplication::exec();
}

} // namespace ldn
