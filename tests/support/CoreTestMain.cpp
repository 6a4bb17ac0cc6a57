#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>

// Suites without widgets run under a QCoreApplication, as the command-line tool does.
int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LDN Tracker Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("LDN Tracker Tests"));
    return Catch::Session().run(argc, argv);
}
