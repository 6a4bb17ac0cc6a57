#include "storage/db/StoredValue.h"

#include "storage/db/Connection.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "support/TestEnvironment.h"

#include <catch2/catch.hpp>

using namespace ldn;
using ldn::test::TemporaryFolder;

namespace {

// One row of text (or NULL) from a real SQLite statement, as the repositories read it.
struct StoredRow {
    explicit StoredRow(Database& database, const char* sql)
        : statement(database.connection().prepare(sql))
    {
        REQUIRE(statement.step());
    }
    Statement statement;
};

} // namespace

TEST_CASE("Stored dates, clock times and timestamps are read from their digits, and anything else "
          "through Qt's ISO parsing",
          "[storage]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));

    SECTION("the forms the schema stores")
    {
        StoredRow row(database, "SELECT '2026-02-28', '07:05', '2026-11-22T23:59:58Z', NULL");
        CHECK(StoredValue::date(row.statement, 0) == QDate(2026, 2, 28));
        CHECK(StoredValue::clockTime(row.statement, 1) == QTime(7, 5));
        CHECK(StoredValue::timestamp(row.statement, 2) ==
              QDateTime(QDate(2026, 11, 22), QTime(23, 59, 58), Qt::UTC));
        CHECK_FALSE(StoredValue::date(row.statement, 3).isValid());
        CHECK_FALSE(StoredValue::clockTime(row.statement, 3).isValid());
        CHECK_FALSE(StoredValue::timestamp(row.statement, 3).isValid());
    }
    SECTION("impossible values in the stored form are invalid, not wrapped into another day")
    {
        StoredRow row(database, "SELECT '2026-02-30', '24:10', '2026-13-01T10:00:00Z', '2026-0a-01'");
        CHECK_FALSE(StoredValue::date(row.statement, 0).isValid());
        CHECK_FALSE(StoredValue::clockTime(row.statement, 1).isValid());
        CHECK_FALSE(StoredValue::timestamp(row.statement, 2).isValid());
        CHECK_FALSE(StoredValue::date(row.statement, 3).isValid());
    }
    SECTION("other ISO forms (an older or hand-edited database) still read")
    {
        StoredRow row(database, "SELECT '07:05:30', '2026-11-22T10:00:00.250Z', '2026-11-22T11:00:00+01:00'");
        CHECK(StoredValue::clockTime(row.statement, 0) == QTime(7, 5, 30));
        CHECK(StoredValue::timestamp(row.statement, 1) ==
              QDateTime(QDate(2026, 11, 22), QTime(10, 0, 0, 250), Qt::UTC));
        const QDateTime offset = StoredValue::timestamp(row.statement, 2);
        CHECK(offset == QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
        CHECK(offset.timeSpec() == Qt::UTC);
    }
}
