#include "services/AppSettings.h"

#include "services/DiarySession.h"
#include "services/SettingKeys.h"
#include "storage/db/Database.h"
#include "storage/diary/SettingRepository.h"
#include "support/TestEnvironment.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace ldn;
using ldn::test::TemporaryFolder;

TEST_CASE("Preferences have their defaults until set, and keep their type", "[services][settings]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    const QString computerFile = folder.file(QStringLiteral("ldn-tracker.conf"));
    AppSettings settings(session, computerFile);
    QSignalSpy changed(&settings, &AppSettings::changed);

    CHECK(settings.value(SettingKeys::lastProfile) == 0);
    CHECK(settings.value(SettingKeys::lastTab).isEmpty());
    CHECK(settings.value(SettingKeys::windowGeometry).isEmpty());

    settings.setValue(SettingKeys::lastProfile, qint64(42));
    settings.setValue(SettingKeys::windowGeometry, QByteArray("\x01\x02\x00\xff", 4));
    settings.setValue(SettingKeys::lastTab, QStringLiteral("chart"));
    CHECK(settings.value(SettingKeys::lastProfile) == 42);
    CHECK(settings.value(SettingKeys::windowGeometry) == QByteArray("\x01\x02\x00\xff", 4));
    REQUIRE(changed.count() == 3);
    CHECK(changed.at(0).at(0).toString() == QStringLiteral("gui.last_profile"));

    // A diary preference is kept in the diary, where the same diary on another computer finds it;
    // this computer's preferences are in the file given, and nowhere else.
    CHECK(SettingRepository(database).value(QStringLiteral("gui.last_profile")) == QStringLiteral("42"));
    CHECK(QFileInfo(settings.computerFile()).absoluteFilePath() ==
          QFileInfo(computerFile).absoluteFilePath());
    AppSettings again(session, computerFile);
    CHECK(again.value(SettingKeys::lastTab) == QStringLiteral("chart"));
    CHECK(again.value(SettingKeys::lastProfile) == 42);

    settings.reset(SettingKeys::lastTab);
    CHECK(settings.value(SettingKeys::lastTab).isEmpty());
}

TEST_CASE("A diary open read-only keeps no preference, and the real settings file is never the test's",
          "[services][settings]")
{
    TemporaryFolder folder;
    const QString path = folder.file(QStringLiteral("diary.sqlite"));
    {
        Database created = Database::open(path);
    }
    Database readOnly = Database::open(path, Database::Access::ReadOnly);
    DiarySession session(readOnly);
    AppSettings settings(session, folder.file(QStringLiteral("ldn-tracker.conf")));
    settings.setValue(SettingKeys::lastProfile, qint64(7));
    CHECK(settings.value(SettingKeys::lastProfile) == 0);

    // The test runner points XDG_CONFIG_HOME into the build tree, so even the default file is
    // never a person's real one; tests pass their own file anyway.
    const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    REQUIRE_FALSE(configHome.isEmpty());
    CHECK(AppSettings::defaultComputerFile().startsWith(configHome));
    CHECK(AppSettings::defaultComputerFile().endsWith(QStringLiteral("ldn-tracker/ldn-tracker.conf")));
}

TEST_CASE("Changes kept unsaved are read back in this run and reach neither the diary nor the file",
          "[services][settings]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    const QString computerFile = folder.file(QStringLiteral("ldn-tracker.conf"));
    {
        AppSettings saved(session, computerFile);
        saved.setValue(SettingKeys::lastTab, QStringLiteral("plan"));
    }
    AppSettings settings(session, computerFile);
    settings.keepChangesUnsaved();
    QSignalSpy changed(&settings, &AppSettings::changed);
    CHECK(settings.value(SettingKeys::lastTab) == QStringLiteral("plan"));
    settings.setValue(SettingKeys::lastProfile, qint64(5));
    settings.setValue(SettingKeys::lastTab, QStringLiteral("chart"));
    CHECK(settings.value(SettingKeys::lastProfile) == 5);
    CHECK(settings.value(SettingKeys::lastTab) == QStringLiteral("chart"));
    CHECK(changed.count() == 2);

    CHECK_FALSE(SettingRepository(database).value(QStringLiteral("gui.last_profile")).has_value());
    AppSettings again(session, computerFile);
    CHECK(again.value(SettingKeys::lastTab) == QStringLiteral("plan"));
    CHECK(again.value(SettingKeys::lastProfile) == 0);
}
