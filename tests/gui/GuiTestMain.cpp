#define CATCH_CONFIG_RUNNER
#include "gui/window/DesktopApplication.h"

#include <QApplication>
#include <catch2/catch.hpp>

// Widgets need a QApplication; ldn_add_test_suite sets QT_QPA_PLATFORM=offscreen, so no display
// is needed.
int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LDN Tracker Tests"));
    QApplication::setApplicationName(QStringLiteral("LDN Tracker Tests"));
    // The windows under test draw text as the program's do.
    ldn::DesktopApplication::applyInterfaceFont();
    return Catch::Session().run(argc, argv);
}
