#include "storage/db/Transaction.h"

#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/StorageError.h"
#include "support/TestEnvironment.h"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace ldn;
using ldn::test::TemporaryFolder;

namespace {

int settingCount(Connection& connection)
{
    Statement count = connection.prepare("SELECT count(*) FROM setting");
    REQUIRE(count.step());
    return count.integer(0);
}

void addSetting(Connection& connection, const QString& key)
{
    connection.prepare("INSERT INTO setting (key, value) VALUES (?1, 'v')").bind(1, key).run();
}

} // namespace

TEST_CASE("A transaction left without commit rolls back", "[transaction]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    Connection& connection = database.connection();
    try {
        Transaction transaction(connection);
        addSetting(connection, QStringLiteral("a"));
        throw std::runtime_error("interrupted");
    } catch (const std::runtime_error&) {
    }
    CHECK(settingCount(connection) == 0);

    {
        Transaction transaction(connection);
        addSetting(connection, QStringLiteral("a"));
        transaction.commit();
    }
    CHECK(settingCount(connection) == 1);
}

TEST_CASE("Nested transactions become savepoints and undo only their own part", "[transaction]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    Connection& connection = database.connection();
    {
        Transaction outer(connection);
        addSetting(connection, QStringLiteral("outer"));
        {
            Transaction inner(connection);
            addSetting(connection, QStringLiteral("inner"));
        } // not committed: only the inner row goes
        {
            Savepoint savepoint(connection, "kept");
            addSetting(connection, QStringLiteral("kept"));
            savepoint.release();
        }
        outer.commit();
    }
    CHECK(settingCount(connection) == 2);

    {
        Transaction outer(connection);
        {
            Transaction inner(connection);
            addSetting(connection, QStringLiteral("inner-2"));
            inner.commit();
        }
    } // outer not committed: the committed inner part goes with it
    CHECK(settingCount(connection) == 2);
}

TEST_CASE("Constraint violations surface as storage errors naming the file", "[transaction]")
{
    TemporaryFolder folder;
    const QString path = folder.file(QStringLiteral("diary.sqlite"));
    Database database = Database::open(path);
    try {
        database.connection().execute("INSERT INTO diary_day (profile_id, day, status, updated_at) "
                                      "VALUES (1, '2025-02-30', 'taken', 'now')");
        FAIL("an impossible row was stored");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(path));
        CHECK(error.message().contains(QStringLiteral("constraint failed")));
    }
}
