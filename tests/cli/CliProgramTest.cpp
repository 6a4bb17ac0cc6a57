#include "storage/db/Connection.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace ldn::test;

// These run the built ldn-tracker-cli binary, as a person or a script would.

namespace {

ProcessResult cli(const QStringList& arguments, const QStringList& environment = {})
{
    return runProgram(builtProgram(QStringLiteral("ldn-tracker-cli")), arguments, environment);
}

mode_t permissionsOf(const QString& path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return 0;
    }
    return info.st_mode & 0777;
}

} // namespace

TEST_CASE("--help lists every subcommand and --version prints the version", "[cli][program]")
{
    const ProcessResult help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char* command :
         {"profile", "log", "plan", "symptom", "med", "analyze", "report", "evidence", "demo", "check"}) {
        CHECK(help.out.contains(QStringLiteral("\n  %1 ").arg(QString::fromLatin1(command))));
    }
    CHECK(help.out.contains(QStringLiteral("--db PATH")));

    const ProcessResult commandHelp = cli({QStringLiteral("demo"), QStringLiteral("--help")});
    CHECK(commandHelp.exitCode == 0);
    CHECK(commandHelp.out.contains(QStringLiteral("demo --profile NAME --days N [--seed S]")));

    const ProcessResult version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out == QStringLiteral("ldn-tracker-cli " LDN_VERSION "\n"));

    const ProcessResult nothing = cli({});
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.err.contains(QStringLiteral("Usage:")));
}

TEST_CASE("Without --db the diary goes to the application data folder, owner-only", "[cli][program]")
{
    TemporaryFolder home;
    const QStringList environment{QStringLiteral("XDG_DATA_HOME=") + home.path()};
    const ProcessResult added =
        cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Sam")}, environment);
    REQUIRE(added.exitCode == 0);
    const QString folder = QDir(home.path()).filePath(QStringLiteral("ldn-tracker"));
    const QString database = QDir(folder).filePath(QStringLiteral("diary.sqlite"));
    CHECK(QFileInfo::exists(database));
    CHECK(permissionsOf(database) == 0600);
    CHECK(permissionsOf(folder) == 0700);

    const ProcessResult listed = cli({QStringLiteral("profile"), QStringLiteral("list")}, environment);
    CHECK(listed.out == QStringLiteral("Sam: 0 days logged\n"));
}

TEST_CASE("Bad input exits 2, failures exit 3, and neither changes the database", "[cli][program]")
{
    TemporaryFolder folder;
    const QString db = folder.file(QStringLiteral("diary.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("profile"), QStringLiteral("add"),
                 QStringLiteral("Sam")})
                .exitCode == 0);
    const QByteArray before = fileHash(db);

    const ProcessResult duplicate = cli({QStringLiteral("--db"), db, QStringLiteral("profile"),
                                         QStringLiteral("add"), QStringLiteral("sam")});
    CHECK(duplicate.exitCode == 2);
    CHECK(duplicate.err.contains(QStringLiteral("profile name: a profile called \"Sam\" already exists")));
    CHECK(fileHash(db) == before);

    const QString unwritable = QStringLiteral("/proc/ldn-tracker-test/diary.sqlite");
    const ProcessResult failure = cli({QStringLiteral("--db"), unwritable, QStringLiteral("check")});
    CHECK(failure.exitCode == 3);
    CHECK(failure.err.contains(unwritable));
}

TEST_CASE("A diary from a newer version is refused with exit 2 and left as it was", "[cli][program]")
{
    TemporaryFolder folder;
    const QString db = folder.file(QStringLiteral("diary.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).exitCode == 0);
    {
        ldn::Connection connection(db, ldn::Connection::Mode::ReadWrite);
        connection.execute("PRAGMA user_version = 7");
    }
    const QByteArray before = fileHash(db);
    const ProcessResult refused =
        cli({QStringLiteral("--db"), db, QStringLiteral("profile"), QStringLiteral("list")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("newer version of LDN Tracker")));
    CHECK(fileHash(db) == before);
}

TEST_CASE("A damaged diary is refused with exit 2 and left as it was", "[cli][program]")
{
    TemporaryFolder folder;
    const QString db = folder.file(QStringLiteral("diary.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--profile"),
                 QStringLiteral("Sam"), QStringLiteral("--days"), QStringLiteral("60")})
                .exitCode == 0);
    {
        // Half the file gone, as after a failing disk or an interrupted copy: the header is sound,
        // the schema pages are not.
        QFile file(db);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.resize(file.size() / 2));
    }
    const QByteArray before = fileHash(db);
    const ProcessResult refused =
        cli({QStringLiteral("--db"), db, QStringLiteral("profile"), QStringLiteral("list")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("the file is damaged")));
    CHECK(fileHash(db) == before);
}

TEST_CASE("The built tool carries the bundled evidence pack", "[cli][program][evidence]")
{
    TemporaryFolder folder;
    const QString db = folder.file(QStringLiteral("diary.sqlite"));
    const ProcessResult found = cli({QStringLiteral("--db"), db, QStringLiteral("evidence"),
                                     QStringLiteral("search"), QStringLiteral("NCT04270877")});
    CHECK(found.exitCode == 0);
    CHECK(found.out.contains(QStringLiteral("FINAL")));
    const ProcessResult condition = cli({QStringLiteral("--db"), db, QStringLiteral("evidence"),
                                         QStringLiteral("condition"), QStringLiteral("Crohn's disease")});
    CHECK(condition.exitCode == 0);
    CHECK(condition.out.contains(QStringLiteral("clinical response")));
    CHECK(condition.err.isEmpty());
}
