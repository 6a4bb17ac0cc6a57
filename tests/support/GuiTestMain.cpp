#define CATCH_CONFIG_RUNNER
#include <QGuiApplication>
#include <catch2/catch.hpp>

// Suites that paint (PDF reports) need a QGuiApplication for fonts, but no widgets.
int main(int argc, char* argv[])
{
    QGuiApplication application(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("LDN Tracker Tests"));
    QGuiApplication::setApplicationName(QStringLiteral("LDN Tracker Tests"));
    return Catch::Session().run(argc, argv);
}
