#include "core/demo/DemoDiaryGenerator.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/StorageError.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <catch2/catch.hpp>

using namespace ldn;
using ldn::test::DatabaseSnapshot;
using ldn::test::TemporaryFolder;

// When the disk fills up, a write fails with a message that says so, and nothing saved before is
// lost. Tests run as root, where a read-only folder does not stop writes, so the disk is made
// "full" with SQLite's page limit (in-process) and with a real file-size limit (the CLI).

TEST_CASE("A write to a full database fails clearly and leaves the saved diary whole", "[reliability][disk]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DemoDiaryWriter(database).write({QStringLiteral("Sam"), 60, 3, QDate(2026, 5, 31)});
    const DatabaseSnapshot before = DatabaseSnapshot::of(database.connection());

    Statement pages = database.connection().prepare("PRAGMA page_count");
    REQUIRE(pages.step());
    database.connection().execute("PRAGMA max_page_count = " + std::to_string(pages.int64(0)));

    // A year of new days needs more pages than the file may have.
    DemoDiaryGenerator::Settings settings;
    settings.days = 365;
    settings.lastDay = QDate(2025, 12, 31);
    const std::vector<DiaryEntry> year = DemoDiaryGenerator(settings).generate();
    const std::int64_t profile = ProfileRepository(database).require(QStringLiteral("Sam"), {}).id;
    try {
        DiaryRepository(database).save(profile, year);
        FAIL("a full database accepted a year of days");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(QStringLiteral("full")));
        CHECK(error.kind() == StorageError::Kind::Failure);
    }
    CHECK(DatabaseSnapshot::of(database.connection()) == before);
    CHECK(database.integrityProblems().isEmpty());
}

TEST_CASE("The CLI past a file-size limit says the disk is full, exits 3, and keeps what was saved",
          "[reliability][disk]")
{
    TemporaryFolder folder;
    const QString db = folder.file(QStringLiteral("diary.sqlite"));
    const QString cli = ldn::test::builtProgram(QStringLiteral("ldn-tracker-cli"));
    REQUIRE(ldn::test::runProgram(cli, {QStringLiteral("--db"), db, QStringLiteral("demo"),
                                        QStringLiteral("--profile"), QStringLiteral("Sam"),
                                        QStringLiteral("--days"), QStringLiteral("30")})
                .exitCode == 0);
    DatabaseSnapshot before;
    {
        Database database = Database::open(db);
        before = DatabaseSnapshot::of(database.connection());
    }

    // 64 KiB: the existing file is read, but a thousand new days cannot be written.
    const QString script = QStringLiteral("ulimit -f 64; exec \"$0\" \"$@\"");
    const ldn::test::ProcessResult full = ldn::test::runProgram(
        QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script, cli, QStringLiteral("--db"), db,
                                    QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("Jo"),
                                    QStringLiteral("--days"), QStringLiteral("1000")});
    CHECK(full.exitCode == 3);
    CHECK(full.err.contains(QStringLiteral("full")));
    CHECK(full.err.contains(db));

    Database database = Database::open(db);
    CHECK(database.integrityProblems().isEmpty());
    CHECK(DatabaseSnapshot::of(database.connection()) == before);
}
