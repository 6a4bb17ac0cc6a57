#include "CliRun.h"
#include "storage/db/Database.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/exchange/DatabaseBackup.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace ldn;
using ldn::test::CliRun;
using ldn::test::DatabaseSnapshot;
using ldn::test::TemporaryFolder;

namespace {

mode_t permissionsOf(const QString& path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

DatabaseSnapshot snapshotOf(const QString& path)
{
    Database database = Database::open(path);
    return DatabaseSnapshot::of(database.connection());
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("export and import move a diary between databases, owner-only", "[cli][exchange]")
{
    TemporaryFolder folder;
    const QString source = folder.file(QStringLiteral("source.sqlite"));
    REQUIRE(CliRun::on(source, {QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("Alex"),
                                QStringLiteral("--days"), QStringLiteral("90")})
                .code == 0);

    const QString backup = folder.file(QStringLiteral("alex.json"));
    const CliRun exported = CliRun::on(source, {QStringLiteral("export"), QStringLiteral("--profile"),
                                                QStringLiteral("Alex"), QStringLiteral("--format"),
                                                QStringLiteral("json"), QStringLiteral("--out"), backup});
    REQUIRE(exported.code == 0);
    CHECK(exported.out.contains(QStringLiteral("Exported 1 profile, ")));
    CHECK(permissionsOf(backup) == 0600);
    CHECK(contentsOf(backup).contains("\"format\": \"ldn-tracker-backup\""));

    for (const char* format : {"csv", "fhir"}) {
        const QString out = folder.file(QStringLiteral("alex.") + QLatin1String(format));
        REQUIRE(CliRun::on(source,
                           {QStringLiteral("export"), QStringLiteral("--profile"), QStringLiteral("Alex"),
                            QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--out"), out})
                    .code == 0);
        CHECK(permissionsOf(out) == 0600);
        CHECK(QFileInfo(out).size() > 1000);
    }

    const QString target = folder.file(QStringLiteral("target.sqlite"));
    const CliRun imported = CliRun::on(target, {QStringLiteral("import"), backup});
    REQUIRE(imported.code == 0);
    CHECK(imported.out.contains(QStringLiteral("Imported 1 profile (Alex) with ")));
    {
        Database a = Database::open(source);
        Database b = Database::open(target);
        CHECK(DiaryRepository(b).entries(ProfileRepository(b).findByName(QStringLiteral("Alex"))->id) ==
              DiaryRepository(a).entries(ProfileRepository(a).findByName(QStringLiteral("Alex"))->id));
    }

    SECTION("importing it again is refused whole; under another name it is added")
    {
        const DatabaseSnapshot before = snapshotOf(target);
        const CliRun again = CliRun::on(target, {QStringLiteral("import"), backup});
        CHECK(again.code == 2);
        CHECK(again.err.contains(QStringLiteral("alex.json:")));
        CHECK(again.err.contains(QStringLiteral("already has a profile called \"Alex\"")));
        CHECK(snapshotOf(target) == before);
        CHECK(CliRun::on(target, {QStringLiteral("import"), backup, QStringLiteral("--profile"),
                                  QStringLiteral("Alex 2024")})
                  .code == 0);
    }

    SECTION("a CSV export comes back in through import --format csv")
    {
        const QString csv = folder.file(QStringLiteral("alex.csv"));
        REQUIRE(CliRun::on(target, {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Bea")})
                    .code == 0);
        const CliRun fromCsv = CliRun::on(target, {QStringLiteral("import"), csv, QStringLiteral("--profile"),
                                                   QStringLiteral("Bea"), QStringLiteral("--confirm-dose")});
        INFO(fromCsv.err.toStdString());
        REQUIRE(fromCsv.code == 0);
        CHECK(fromCsv.out.contains(QStringLiteral(" days into \"Bea\"")));
    }
}

TEST_CASE("export and import explain what is missing or wrong", "[cli][exchange]")
{
    TemporaryFolder folder;
    const QString diary = folder.file(QStringLiteral("diary.sqlite"));
    REQUIRE(
        CliRun::on(diary, {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Alex")}).code ==
        0);
    const QString out = folder.file(QStringLiteral("x.csv"));
    CHECK(CliRun::on(diary, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--out"), out})
              .code == 1);
    CHECK(
        CliRun::on(diary, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml"),
                           QStringLiteral("--out"), out, QStringLiteral("--profile"), QStringLiteral("Alex")})
            .code == 1);
    const CliRun unknown = CliRun::on(diary, {QStringLiteral("export"), QStringLiteral("--format"),
                                              QStringLiteral("json"), QStringLiteral("--out"), out,
                                              QStringLiteral("--profile"), QStringLiteral("Nobody")});
    CHECK(unknown.code == 2);
    CHECK_FALSE(QFileInfo::exists(out));
    const CliRun missing =
        CliRun::on(diary, {QStringLiteral("import"), folder.file(QStringLiteral("nope.json"))});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("nope.json")));
}

TEST_CASE("backup keeps the newest copies and restore brings one back, saving the present first",
          "[cli][backup]")
{
    TemporaryFolder folder;
    const QString diary = folder.file(QStringLiteral("diary.sqlite"));
    REQUIRE(CliRun::on(diary, {QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("Alex"),
                               QStringLiteral("--days"), QStringLiteral("30")})
                .code == 0);
    const DatabaseSnapshot thirtyDays = snapshotOf(diary);

    const CliRun first = CliRun::on(diary, {QStringLiteral("backup")});
    REQUIRE(first.code == 0);
    const QString backupFolder = DatabaseBackup::defaultFolderFor(diary);
    std::vector<BackupFile> backups = DatabaseBackup::list(backupFolder);
    REQUIRE(backups.size() == 1);
    CHECK(permissionsOf(backups[0].path) == 0600);
    CHECK(permissionsOf(backupFolder) == 0700);
    CHECK(first.out.contains(backups[0].path));
    CHECK_FALSE(QFileInfo::exists(backups[0].path + QStringLiteral("-wal")));

    REQUIRE(
        CliRun::on(diary, {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Bea")}).code ==
        0);
    CHECK_FALSE(snapshotOf(diary) == thirtyDays);

    const CliRun restored = CliRun::on(diary, {QStringLiteral("restore"), backups[0].path});
    INFO(restored.err.toStdString());
    REQUIRE(restored.code == 0);
    CHECK(snapshotOf(diary) == thirtyDays);
    backups = DatabaseBackup::list(backupFolder);
    REQUIRE(backups.size() == 2); // the state before the restore was kept
    {
        Database before = Database::open(backups[0].path, Database::Access::ReadOnly);
        CHECK(ProfileRepository(before).findByName(QStringLiteral("Bea")).has_value());
    }

    for (int i = 0; i < 3; ++i) {
        REQUIRE(CliRun::on(diary, {QStringLiteral("backup"), QStringLiteral("--keep"), QStringLiteral("2")})
                    .code == 0);
    }
    CHECK(DatabaseBackup::list(backupFolder).size() == 2);

    SECTION("a file that is not a diary is refused and the diary is unchanged")
    {
        const QString junk = folder.file(QStringLiteral("junk.sqlite"));
        QFile file(junk);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const CliRun refused = CliRun::on(diary, {QStringLiteral("restore"), junk});
        CHECK(refused.code == 2);
        CHECK(refused.err.contains(QStringLiteral("not an LDN Tracker diary")));
        CHECK(snapshotOf(diary) == thirtyDays);
    }
}
