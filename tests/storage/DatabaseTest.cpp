#include "storage/db/Database.h"

#include "storage/db/SchemaMigrator.h"
#include "storage/db/Statement.h"
#include "storage/db/StorageError.h"
#include "storage/diary/ProfileRepository.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace ldn;
using ldn::test::fileHash;
using ldn::test::TemporaryFolder;

namespace {

QString pragmaText(Database& database, const char* pragma)
{
    Statement statement = database.connection().prepare(std::string("PRAGMA ") + pragma);
    REQUIRE(statement.step());
    return statement.text(0);
}

mode_t permissionsOf(const QString& path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

} // namespace

TEST_CASE("A new database is owner-only, in WAL mode, with foreign keys, at the latest schema", "[database]")
{
    TemporaryFolder folder;
    const QString path = folder.file(QStringLiteral("diary.sqlite"));
    {
        Database database = Database::open(path);
        CHECK(permissionsOf(path) == 0600);
        CHECK(pragmaText(database, "journal_mode") == QStringLiteral("wal"));
        CHECK(pragmaText(database, "foreign_keys") == QStringLiteral("1"));
        CHECK(pragmaText(database, "synchronous") == QStringLiteral("2"));
        CHECK(database.schemaVersion() == SchemaMigrator::latestVersion());
        CHECK(pragmaText(database, "application_id").toInt() == SchemaMigrator::kApplicationId);
        CHECK(database.integrityProblems().isEmpty());
        ProfileRepository(database).add(QStringLiteral("Sam"));
        // The write-ahead log exists while the database is open and is owner-only too.
        CHECK(permissionsOf(path + QStringLiteral("-wal")) == 0600);
    }
    Database reopened = Database::open(path);
    CHECK(ProfileRepository(reopened).list().size() == 1);
}

TEST_CASE("A diary copied in with loose permissions is tightened to owner-only", "[database]")
{
    TemporaryFolder folder;
    const QString path = folder.file(QStringLiteral("copied.sqlite"));
    {
        Database::open(path);
    }
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    Database database = Database::open(path);
    CHECK(permissionsOf(path) == 0600);
}

TEST_CASE("A database from a newer version is refused and left untouched", "[database]")
{
    TemporaryFolder folder;
    const QString path = folder.file(QStringLiteral("future.sqlite"));
    {
        Database database = Database::open(path);
        ProfileRepository(database).add(QStringLiteral("Sam"));
        database.connection().execute("PRAGMA user_version = 99");
    }
    const QByteArray before = fileHash(path);
    REQUIRE_FALSE(before.isEmpty());
    try {
        Database::open(path);
        FAIL("a newer database was opened");
    } catch (const NewerSchemaError& error) {
        CHECK(error.kind() == StorageError::Kind::BadData);
        CHECK(error.message().contains(QStringLiteral("newer version")));
        CHECK(error.message().contains(QStringLiteral("schema 99")));
        CHECK(error.message().contains(path));
    }
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_THROWS_AS(Database::open(path, Database::Access::ReadOnly), NewerSchemaError);
    CHECK(fileHash(path) == before);
}

TEST_CASE("Files that are not LDN Tracker diaries are refused untouched", "[database]")
{
    TemporaryFolder folder;
    SECTION("random bytes")
    {
        const QString path = folder.file(QStringLiteral("junk.sqlite"));
        QFile junk(path);
        REQUIRE(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, '\x5a'));
        junk.close();
        const QByteArray before = fileHash(path);
        try {
            Database::open(path);
            FAIL("junk was opened");
        } catch (const StorageError& error) {
            CHECK(error.kind() == StorageError::Kind::BadData);
            CHECK(error.message().contains(QStringLiteral("not an LDN Tracker diary")));
        }
        CHECK(fileHash(path) == before);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = folder.file(QStringLiteral("other.sqlite"));
        {
            Connection other(path, Connection::Mode::ReadWriteCreate);
            other.execute("CREATE TABLE t (x); INSERT INTO t VALUES (1)");
        }
        const QByteArray before = fileHash(path);
        try {
            Database::open(path);
            FAIL("another program's database was opened");
        } catch (const StorageError& error) {
            CHECK(error.message().contains(QStringLiteral("another program")));
        }
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("A read-only database refuses writes and a missing one is not created", "[database]")
{
    TemporaryFolder folder;
    const QString path = folder.file(QStringLiteral("diary.sqlite"));
    {
        Database database = Database::open(path);
        ProfileRepository(database).add(QStringLiteral("Sam"));
    }
    Database readOnly = Database::open(path, Database::Access::ReadOnly);
    CHECK(readOnly.isReadOnly());
    CHECK(ProfileRepository(readOnly).list().size() == 1);
    CHECK_THROWS_AS(ProfileRepository(readOnly).add(QStringLiteral("Alex")), StorageError);
    CHECK(ProfileRepository(readOnly).list().size() == 1);

    const QString missing = folder.file(QStringLiteral("missing.sqlite"));
    CHECK_THROWS_AS(Database::open(missing, Database::Access::ReadOnly), StorageError);
    CHECK_FALSE(QFileInfo::exists(missing));
}

TEST_CASE("The integrity check reports broken foreign keys", "[database]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    CHECK(database.integrityProblems().isEmpty());
    database.connection().execute(
        "PRAGMA foreign_keys = OFF; "
        "INSERT INTO symptom (profile_id, name, higher_is_better) VALUES (42, 'pain', 0); "
        "PRAGMA foreign_keys = ON");
    const QStringList problems = database.integrityProblems();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("symptom")));
}
