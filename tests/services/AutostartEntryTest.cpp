#include "services/AutostartEntry.h"

#include "support/TestEnvironment.h"

#include <QFile>
#include <QSettings>
#include <catch2/catch.hpp>

using namespace ldn;
using ldn::test::TemporaryFolder;

TEST_CASE("The autostart entry is written while reminders are on and removed with the last",
          "[services][reminders]")
{
    TemporaryFolder folder;
    const AutostartEntry entry(folder.file(QStringLiteral("autostart")), QStringLiteral("io.example.App"));
    CHECK(entry.path() == folder.file(QStringLiteral("autostart/io.example.App.desktop")));
    CHECK_FALSE(entry.exists());

    const QStringList command{QStringLiteral("ldn-tracker"), QStringLiteral("--tray")};
    entry.sync(true, command);
    REQUIRE(entry.exists());
    QFile file(entry.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
    CHECK(text.contains(QStringLiteral("\nExec=ldn-tracker --tray\n")));
    CHECK(text.contains(QStringLiteral("\nType=Application\n")));
    CHECK(text.contains(QStringLiteral("\nIcon=io.example.App\n")));

    // As a desktop reads it: a valid key file.
    QSettings desktop(entry.path(), QSettings::IniFormat);
    desktop.beginGroup(QStringLiteral("Desktop Entry"));
    CHECK(desktop.value(QStringLiteral("Exec")).toString() == QStringLiteral("ldn-tracker --tray"));
    CHECK(desktop.value(QStringLiteral("Terminal")).toString() == QStringLiteral("false"));

    entry.sync(false, command);
    CHECK_FALSE(entry.exists());
    entry.sync(false, command); // nothing there: nothing to do
    CHECK_FALSE(entry.exists());
}

TEST_CASE("Exec arguments are quoted as the desktop entry specification says", "[services][reminders]")
{
    CHECK(AutostartEntry::execLine({QStringLiteral("/usr/bin/ldn-tracker"), QStringLiteral("--tray")}) ==
          QStringLiteral("/usr/bin/ldn-tracker --tray"));
    CHECK(AutostartEntry::execLine({QStringLiteral("ldn-tracker"), QStringLiteral("--db"),
                                    QStringLiteral("/home/kim/My diary/$50 & 100%.sqlite")}) ==
          QStringLiteral("ldn-tracker --db \"/home/kim/My diary/\\\\$50 & 100%%.sqlite\""));
    // A backslash in a quoted argument takes four, a double quote two and its own.
    CHECK(AutostartEntry::execLine({QStringLiteral("a\\b c\"d")}) ==
          QStringLiteral("\"a\\\\\\\\b c\\\\\"d\""));
}
