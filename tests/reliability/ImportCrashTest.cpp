#include "KilledRun.h"
#include "core/exchange/DiaryArchiveJson.h"
#include "core/exchange/DiaryCsvWriter.h"
#include "storage/db/Database.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/exchange/DiaryArchiveReader.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <catch2/catch.hpp>

#include <random>

using namespace ldn;
using ldn::test::adjustedKillWindow;
using ldn::test::DatabaseSnapshot;
using ldn::test::Outcome;
using ldn::test::runAndMaybeKill;
using ldn::test::TemporaryFolder;

// An import killed at any moment leaves all of the file in the diary or none of it: never half a
// profile, never some of a spreadsheet's days.

namespace {

constexpr int kKillsPerFormat = 40;
constexpr int kDays = 730;

void writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(contents) == contents.size());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct Prepared {
    QString base;   // the diary before any import: one person, a week of entries
    QString backup; // a two-year diary of "Imported" as a JSON backup
    QString csv;    // the same diary as a spreadsheet
    std::vector<DiaryEntry> entries;
    int baseDays = 0;
};

Prepared prepare(const TemporaryFolder& folder)
{
    Prepared prepared;
    prepared.base = folder.file(QStringLiteral("base.sqlite"));
    prepared.backup = folder.file(QStringLiteral("backup.json"));
    prepared.csv = folder.file(QStringLiteral("diary.csv"));
    const QString source = folder.file(QStringLiteral("source.sqlite"));
    {
        Database database = Database::open(source);
        DemoDiaryWriter(database).write({QStringLiteral("Imported"), kDays, 11, QDate(2026, 6, 30)});
        const DiaryArchive archive = DiaryArchiveReader(database).readProfile(QStringLiteral("Imported"));
        writeFile(prepared.backup, DiaryArchiveJson::write(archive));
        writeFile(prepared.csv, DiaryCsvWriter::write(archive.profiles.front()));
        prepared.entries = DiaryRepository(database).entries(
            ProfileRepository(database).require(QStringLiteral("Imported"), {}).id);
    }
    {
        Database database = Database::open(prepared.base);
        ProfileRepository(database).add(QStringLiteral("Sam"));
        prepared.baseDays =
            DemoDiaryWriter(database).write({QStringLiteral("Sam"), 7, 2, QDate(2026, 11, 1)});
        database.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    return prepared;
}

// Runs `arguments` on fresh copies of the base diary, killing most runs part-way, and hands each
// resulting database to `check`.
template <typename Check>
void killRepeatedly(const TemporaryFolder& folder, const Prepared& prepared,
                    std::vector<std::string> arguments, Check&& check)
{
    const QString diary = folder.file(QStringLiteral("diary.sqlite"));
    const QByteArray base = readFile(prepared.base);
    const auto freshCopy = [&] {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            QFile::remove(diary + QLatin1String(suffix));
        }
        writeFile(diary, base);
        QFile::setPermissions(diary, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    };
    arguments.insert(arguments.begin(),
                     {ldn::test::builtProgram(QStringLiteral("ldn-tracker-cli")).toStdString(), "--db",
                      diary.toStdString()});

    freshCopy();
    const auto started = std::chrono::steady_clock::now();
    REQUIRE(runAndMaybeKill(arguments, std::chrono::seconds(60)).exitCode == 0);
    const auto oneImport =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);

    std::mt19937 random(20261122);
    // Up to 1.3 times one import: most runs die part-way, some finish, a few die just after commit;
    // the window follows the machine when it slows down or speeds up.
    long window = static_cast<long>(oneImport.count() * 13 / 10);
    int kills = 0;
    int completed = 0;
    for (int attempt = 0; kills < kKillsPerFormat && attempt < kKillsPerFormat * 3; ++attempt) {
        freshCopy();
        const Outcome outcome = runAndMaybeKill(
            arguments, std::chrono::microseconds(std::uniform_int_distribution<long>(0, window)(random)));
        if (outcome.finished) {
            REQUIRE(outcome.exitCode == 0);
            ++completed;
        } else {
            ++kills;
        }
        Database database = Database::open(diary);
        REQUIRE(database.integrityProblems().isEmpty());
        check(database, outcome.finished);
        window = adjustedKillWindow(window, attempt + 1, completed);
    }
    INFO("kills " << kills << ", completed imports " << completed);
    CHECK(kills >= kKillsPerFormat);
}

} // namespace

TEST_CASE("A backup import killed at any moment leaves all of it or none of it", "[reliability][crash]")
{
    TemporaryFolder folder;
    const Prepared prepared = prepare(folder);
    DatabaseSnapshot before;
    {
        Database base = Database::open(prepared.base);
        before = DatabaseSnapshot::of(base.connection());
    }
    int whole = 0;
    killRepeatedly(folder, prepared, {"import", prepared.backup.toStdString()},
                   [&](Database& database, bool finished) {
                       const std::optional<Profile> imported =
                           ProfileRepository(database).findByName(QStringLiteral("Imported"));
                       if (!imported) {
                           CHECK_FALSE(finished);
                           CHECK(DatabaseSnapshot::of(database.connection()) == before);
                           return;
                       }
                       ++whole;
                       CHECK(DiaryRepository(database).entries(imported->id) == prepared.entries);
                   });
    CHECK(whole > 0);
}

TEST_CASE("A spreadsheet import killed at any moment adds every day or none", "[reliability][crash]")
{
    TemporaryFolder folder;
    const Prepared prepared = prepare(folder);
    killRepeatedly(
        folder, prepared, {"import", prepared.csv.toStdString(), "--profile", "Sam", "--confirm-dose"},
        [&](Database& database, bool finished) {
            const std::int64_t sam = ProfileRepository(database).findByName(QStringLiteral("Sam"))->id;
            const int days = DiaryRepository(database).countDays(sam);
            const int all = prepared.baseDays + static_cast<int>(prepared.entries.size());
            if (finished) {
                CHECK(days == all);
            } else {
                CHECK((days == prepared.baseDays || days == all));
            }
        });
}
