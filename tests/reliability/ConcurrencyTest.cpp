#include "storage/db/Database.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "support/TestEnvironment.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace ldn;
using ldn::test::TemporaryFolder;

// Two programs (two windows, or a window and a script) writing one diary at once: SQLite's
// locking serialises them, every write either succeeds or says the diary was busy, and the file
// stays sound.
TEST_CASE("Many writers at once on one diary all succeed and corrupt nothing", "[reliability][concurrency]")
{
    TemporaryFolder folder;
    const std::string db = folder.file(QStringLiteral("diary.sqlite")).toStdString();
    const std::string cli = ldn::test::builtProgram(QStringLiteral("ldn-tracker-cli")).toStdString();
    {
        Database database = Database::open(QString::fromStdString(db));
        ProfileRepository(database).add(QStringLiteral("Sam"));
    }
    constexpr int kWriters = 4;
    constexpr int kWritesEach = 15;
    std::vector<pid_t> children;
    for (int writer = 0; writer < kWriters; ++writer) {
        const pid_t child = fork();
        if (child == 0) {
            const int null = open("/dev/null", O_WRONLY);
            dup2(null, STDOUT_FILENO);
            dup2(null, STDERR_FILENO);
            int failures = 0;
            for (int write = 0; write < kWritesEach; ++write) {
                const QDate day = QDate(2021, 1, 1).addDays(writer * 100 + write);
                const std::string date = day.toString(Qt::ISODate).toStdString();
                const std::string command = cli + " --db '" + db + "' log --profile Sam --date " + date +
                                            " --dose 1.5 --score pain=" + std::to_string(write % 11);
                if (std::system(command.c_str()) != 0) {
                    ++failures;
                }
            }
            _exit(failures);
        }
        REQUIRE(child > 0);
        children.push_back(child);
    }
    for (const pid_t child : children) {
        int status = 0;
        waitpid(child, &status, 0);
        CHECK(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0); // no writer was refused: the busy timeout absorbed the contention
    }

    Database database = Database::open(QString::fromStdString(db));
    CHECK(database.integrityProblems().isEmpty());
    const std::int64_t profile = ProfileRepository(database).require(QStringLiteral("Sam"), {}).id;
    CHECK(DiaryRepository(database).countDays(profile) == kWriters * kWritesEach);
}

TEST_CASE("A writer waits for a busy diary, and says so clearly when it stays busy",
          "[reliability][concurrency]")
{
    TemporaryFolder folder;
    const QString db = folder.file(QStringLiteral("diary.sqlite"));
    const QString cli = ldn::test::builtProgram(QStringLiteral("ldn-tracker-cli"));
    Database holder = Database::open(db);
    ProfileRepository(holder).add(QStringLiteral("Sam"));
    const QStringList log{QStringLiteral("--db"),       db,
                          QStringLiteral("log"),        QStringLiteral("--profile"),
                          QStringLiteral("Sam"),        QStringLiteral("--date"),
                          QStringLiteral("2021-03-01"), QStringLiteral("--dose"),
                          QStringLiteral("3")};

    // Another window holds the write lock for longer than the busy timeout (5 s).
    holder.connection().execute("BEGIN IMMEDIATE");
    const ldn::test::ProcessResult busy = ldn::test::runProgram(cli, log);
    holder.connection().execute("ROLLBACK");
    CHECK(busy.exitCode == 3);
    CHECK(busy.err.contains(QStringLiteral("busy")));
    CHECK(busy.err.contains(QStringLiteral("try again")));
    const std::int64_t profile = ProfileRepository(holder).require(QStringLiteral("Sam"), {}).id;
    CHECK(DiaryRepository(holder).countDays(profile) == 0);

    // Released in time, the same write goes through.
    CHECK(ldn::test::runProgram(cli, log).exitCode == 0);
    CHECK(DiaryRepository(holder).countDays(profile) == 1);
    CHECK(holder.integrityProblems().isEmpty());
}
