#include "storage/db/Connection.h"
#include "storage/db/Database.h"
#include "storage/db/SchemaMigrator.h"
#include "storage/db/Statement.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace ldn;
using ldn::test::DatabaseSnapshot;
using ldn::test::TemporaryFolder;

// Each released schema version N has tests/data/migrations/schema-vN.sql: a dump of a diary at
// that version with rows in every table. Upgrading it must keep every row, and the fixture pins
// the migration: if a released migration is edited, its fixture no longer matches.

namespace {

QString fixturePath(int version)
{
    return ldn::test::testData(QStringLiteral("migrations/schema-v%1.sql").arg(version));
}

void loadFixture(int version, const QString& databasePath)
{
    QFile fixture(fixturePath(version));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    Connection connection(databasePath, Connection::Mode::ReadWriteCreate);
    connection.execute(fixture.readAll().toStdString());
}

QStringList schemaOf(Connection& connection)
{
    Statement select = connection.prepare(
        "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name");
    QStringList schema;
    while (select.step()) {
        schema << select.text(0);
    }
    return schema;
}

} // namespace

TEST_CASE("Every released schema version has a fixture", "[migration]")
{
    for (const SchemaMigrator::Migration& migration : SchemaMigrator::migrations()) {
        INFO("schema version " << migration.version);
        CHECK(QFile::exists(fixturePath(migration.version)));
    }
}

TEST_CASE("Each migration still creates exactly the schema of its released fixture", "[migration]")
{
    for (const SchemaMigrator::Migration& migration : SchemaMigrator::migrations()) {
        INFO("schema version " << migration.version);
        TemporaryFolder folder;
        const QString fixtureDb = folder.file(QStringLiteral("fixture.sqlite"));
        loadFixture(migration.version, fixtureDb);
        Connection fixture(fixtureDb, Connection::Mode::ReadOnly);
        CHECK(SchemaMigrator::currentVersion(fixture) == migration.version);

        Connection fresh(folder.file(QStringLiteral("fresh.sqlite")), Connection::Mode::ReadWriteCreate);
        SchemaMigrator::migrate(fresh, migration.version);
        CHECK(SchemaMigrator::currentVersion(fresh) == migration.version);
        CHECK(schemaOf(fresh) == schemaOf(fixture));
    }
}

TEST_CASE("Upgrading every fixture to the latest version loses nothing", "[migration]")
{
    for (const SchemaMigrator::Migration& migration : SchemaMigrator::migrations()) {
        INFO("from schema version " << migration.version);
        TemporaryFolder folder;
        const QString path = folder.file(QStringLiteral("old.sqlite"));
        loadFixture(migration.version, path);
        DatabaseSnapshot before;
        {
            Connection old(path, Connection::Mode::ReadOnly);
            before = DatabaseSnapshot::of(old);
        }
        for (const auto& [table, rows] : before.rowCounts) {
            INFO("table " << table.toStdString());
            CHECK(rows > 0); // a fixture with an empty table would prove nothing about that table
        }

        Database upgraded = Database::open(path);
        CHECK(upgraded.schemaVersion() == SchemaMigrator::latestVersion());
        CHECK(upgraded.integrityProblems().isEmpty());
        // Columns a later migration added are left out; the rows must be the same in all the others.
        const DatabaseSnapshot after = DatabaseSnapshot::of(upgraded.connection(), &before);
        for (const auto& [table, rows] : before.rowCounts) {
            INFO("table " << table.toStdString());
            REQUIRE(after.rowCounts.count(table) == 1);
            CHECK(after.rowCounts.at(table) == rows);
            CHECK(after.checksums.at(table) == before.checksums.at(table));
        }
    }
}

TEST_CASE("Migrations are numbered in order without gaps", "[migration]")
{
    int expected = 1;
    for (const SchemaMigrator::Migration& migration : SchemaMigrator::migrations()) {
        CHECK(migration.version == expected++);
        CHECK_FALSE(migration.description.empty());
    }
}
