#include "gui/exchange/DataExchangeMenu.h"

#include "OpenWindow.h"
#include "core/exchange/DiaryArchiveJson.h"
#include "gui/window/MainWindow.h"
#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/exchange/DatabaseBackup.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <catch2/catch.hpp>

#include <sys/stat.h>

namespace ldn::test {
namespace {

mode_t permissionsOf(const QString& path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The File menu exports, imports, backs up and restores the diary", "[gui][exchange]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DemoDiaryWriter(database).write({QStringLiteral("Kim"), 60, 5, QDate::currentDate()});
    OpenWindow windowOpened(database);
    MainWindow& window = windowOpened.window;
    window.show();
    DataExchangeMenu* menu = window.dataExchange();
    REQUIRE(menu);
    const QList<QAction*> fileActions = window.menuBar()->actions().first()->menu()->actions();
    CHECK(fileActions.contains(menu->exportProfileAction()));
    CHECK(fileActions.contains(menu->importBackupAction()));
    CHECK(fileActions.contains(menu->restoreAction()));

    const QString backup = folder.file(QStringLiteral("kim.json"));
    REQUIRE(menu->exportTo(DataExchangeMenu::ExportFormat::ProfileBackup, backup));
    CHECK(permissionsOf(backup) == 0600);
    const DiaryArchive archive = DiaryArchiveJson::parse(contentsOf(backup), QStringLiteral("kim.json"));
    REQUIRE(archive.profiles.size() == 1);
    CHECK(archive.profiles[0].name == QStringLiteral("Kim"));
    for (const auto format :
         {DataExchangeMenu::ExportFormat::Spreadsheet, DataExchangeMenu::ExportFormat::Fhir,
          DataExchangeMenu::ExportFormat::DiaryBackup}) {
        const QString path = folder.file(QStringLiteral("export-%1").arg(static_cast<int>(format)));
        REQUIRE(menu->exportTo(format, path));
        CHECK(permissionsOf(path) == 0600);
    }
    CHECK(contentsOf(folder.file(QStringLiteral("export-2")))
              .startsWith("\xEF\xBB\xBF"
                          "date,dose_mg"));
    CHECK(contentsOf(folder.file(QStringLiteral("export-3"))).contains("\"resourceType\": \"Bundle\""));

    SECTION("a backup of the same person imports under the new name the person gives")
    {
        // The name is taken; the dialog asking for another is answered by renaming the file's
        // profile instead, which is the same import path.
        DiaryArchive renamed = archive;
        renamed.profiles[0].name = QStringLiteral("Kim (2025)");
        const QString other = folder.file(QStringLiteral("kim-2025.json"));
        QFile file(other);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(DiaryArchiveJson::write(renamed));
        file.close();
        REQUIRE(menu->importBackup(other));
        auto* switcher = window.findChild<QComboBox*>(QStringLiteral("profileSwitcher"));
        REQUIRE(switcher);
        CHECK(switcher->count() == 2);
        CHECK(window.activeProfileName() == QStringLiteral("Kim (2025)"));
        const std::int64_t copy = ProfileRepository(database).require(QStringLiteral("Kim (2025)"), {}).id;
        const std::int64_t original = ProfileRepository(database).require(QStringLiteral("Kim"), {}).id;
        CHECK(DiaryRepository(database).entries(copy) == DiaryRepository(database).entries(original));
    }

    SECTION("back up now, change the diary, restore: the diary is as it was, and the change is kept aside")
    {
        const DatabaseSnapshot before = DatabaseSnapshot::of(database.connection());
        const QString made = menu->backUpNow();
        REQUIRE_FALSE(made.isEmpty());
        CHECK(permissionsOf(made) == 0600);
        ProfileRepository(database).add(QStringLiteral("Robin"));
        window.reloadDiary(std::nullopt);
        REQUIRE(menu->restoreFrom(made, true));
        CHECK(DatabaseSnapshot::of(database.connection()) == before);
        auto* switcher = window.findChild<QComboBox*>(QStringLiteral("profileSwitcher"));
        REQUIRE(switcher);
        CHECK(switcher->count() == 1);
        CHECK(DatabaseBackup::list(DatabaseBackup::defaultFolderFor(database.path())).size() == 2);
    }

    SECTION("imports and restores are disabled while reviewing another diary")
    {
        const QString other = folder.file(QStringLiteral("other.sqlite"));
        {
            Database otherDatabase = Database::open(other);
            DemoDiaryWriter(otherDatabase).write({QStringLiteral("Jo"), 10, 2, QDate::currentDate()});
        }
        window.openReviewFile(other);
        CHECK_FALSE(menu->importBackupAction()->isEnabled());
        CHECK_FALSE(menu->restoreAction()->isEnabled());
        CHECK(menu->exportProfileAction()->isEnabled());
        const QString reviewed = folder.file(QStringLiteral("jo.json"));
        REQUIRE(menu->exportTo(DataExchangeMenu::ExportFormat::ProfileBackup, reviewed));
        CHECK(contentsOf(reviewed).contains("\"name\": \"Jo\""));
        window.closeReview();
        CHECK(menu->importBackupAction()->isEnabled());
    }
}

} // namespace ldn::test
