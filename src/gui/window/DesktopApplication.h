#pragma once

#include "presentation/Language.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QApplication;
class QTextStream;

namespace ldn {

class AppSettings;
class DiarySession;

// Everything the desktop program does between main() and its exit code: the command line, the
// Qt application object, opening the diary (with a clear message, never a crash, when that
// fails), and either the interactive window or a one-off screenshot.
class DesktopApplication {
public:
    // Same meanings as the command-line tool's exit codes.
    enum ExitCode { Success = 0, UsageProblem = 1, BadData = 2, Failure = 3 };

    DesktopApplication(int& argc, char** argv);
    ~DesktopApplication();

    DesktopApplication(const DesktopApplication&) = delete;
    DesktopApplication& operator=(const DesktopApplication&) = delete;

    int run();

    // Latin text in the window is drawn without OpenType shaping (kerning and ligatures), as the
    // GP report already is; scripts that need shaping, such as Arabic or Devanagari, keep it.
    // Shaping every label was about 7% of the work of showing the window. Call once the
    // QApplication exists, before any widget.
    static void applyInterfaceFont();

    // The installed desktop entry's id as the windows' desktop file name, which Wayland shells use
    // to find the entry (and its icon and name), and the app's icon on every window. Call once the
    // QApplication exists.
    static void applyDesktopIdentity();

private:
    struct Options {
        QString databasePath;
        QString screenshotFile;
        int screenshotTab = 0;            // MainWindow::Tab
        QString reviewFile;               // another person's diary, opened read-only for review
        QSize size;                       // --size; invalid: as a first start would, or as last time
        QString theme;                    // --theme; empty: the one chosen in the View menu
        std::optional<Language> language; // --language; none: the View menu's choice, else the system's
        bool quickLog = false;            // --quick-log: only the quick log
        QString profileName; // --profile, with --quick-log: whose day (empty: the one shown last)
        bool inTray = false; // --tray: start hidden in the tray when a reminder is on
    };

    // Before QApplication exists: a screenshot, --help or --version needs no display, so the
    // offscreen platform is chosen unless the environment already names one.
    void choosePlatform() const;
    bool hasDisplay() const;
    int takeScreenshot(DiarySession& session, AppSettings& settings, const Options& options,
                       QTextStream& err) const;
    // --quick-log: the quick log on its own (or its picture, with --screenshot).
    int runQuickLog(DiarySession& session, AppSettings& settings, const Options& options,
                    QTextStream& err) const;
    // The theme of --theme, else the one remembered; applied before any window exists.
    static void applyTheme(const AppSettings& settings, const Options& options);
    // The language of --language, else the one chosen in View > Language when it is not "system";
    // applied before any window exists.
    static void applyLanguage(const AppSettings& settings, const Options& options);

    int& m_argc;
    char** m_argv;
    QStringList m_rawArguments;
    bool m_needsNoWindow = false;
    std::unique_ptr<QApplication> m_application;
};

} // namespace ldn
