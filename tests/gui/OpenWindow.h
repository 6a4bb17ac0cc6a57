#pragma once

#include "gui/window/MainWindow.h"
#include "services/AppSettings.h"
#include "services/DiarySession.h"

#include <QTemporaryDir>

namespace ldn::test {

// The main window on a diary as the desktop program opens it: the diary's session, and this
// computer's preferences in a file of the test's own, so no test reads or writes the real one.
struct OpenWindow {
    explicit OpenWindow(Database& database)
        : session(database)
        , settings(session, settingsFolder.filePath(QStringLiteral("ldn-tracker.conf")))
        , window(session, settings)
    {}

    QTemporaryDir settingsFolder;
    DiarySession session;
    AppSettings settings;
    MainWindow window;
};

} // namespace ldn::test
