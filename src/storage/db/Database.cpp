#include "storage/db/Database.h"

#include "storage/db/SchemaMigrator.h"
#include "storage/db/Statement.h"
#include "storage/db/StorageError.h"

#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

#include <csignal>
#include <mutex>

namespace ldn {
namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Creating the empty file ourselves, with 0600 from the first moment, means no other user can
// ever open it; SQLite gives the -wal and -shm files the same mode as the database file.
void createOwnerOnlyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
        throw StorageError(QStringLiteral("Cannot create %1: %2").arg(path, file.errorString()));
    }
}

// Reads only; nothing in the file changes until we know the file is ours and not too new.
void refuseForeignOrNewer(Connection& connection)
{
    int tables = 0;
    try {
        Statement count = connection.prepare("SELECT count(*) FROM sqlite_schema");
        count.step();
        tables = count.integer(0);
    } catch (const StorageError& error) {
        if ((error.sqliteCode() & 0xff) == SQLITE_NOTADB) {
            throw StorageError(QStringLiteral("%1 is not an LDN Tracker diary (not an SQLite database).")
                                   .arg(connection.path()),
                               error.sqliteCode(), StorageError::Kind::BadData);
        }
        throw;
    }
    const int applicationId = SchemaMigrator::applicationId(connection);
    if (tables > 0 && applicationId != SchemaMigrator::kApplicationId) {
        throw StorageError(
            QStringLiteral(
                "%1 is an SQLite database of another program, not an LDN Tracker diary; it was not changed.")
                .arg(connection.path()),
            0, StorageError::Kind::BadData);
    }
    const int version = SchemaMigrator::currentVersion(connection);
    if (version > SchemaMigrator::latestVersion()) {
        throw NewerSchemaError(connection.path(), version, SchemaMigrator::latestVersion());
    }
}

// A file-size limit (ulimit -f) or a quota is reported to a process that writes past it as
// SIGXFSZ, which kills it mid-write. Ignored, the write fails with EFBIG instead, SQLite rolls
// the transaction back and reports "database or disk is full", and the person is told.
void letWritesFailInsteadOfKilling()
{
    static std::once_flag once;
    std::call_once(once, [] { std::signal(SIGXFSZ, SIG_IGN); });
}

} // namespace

Database::Database(Connection connection)
    : m_connection(std::move(connection))
{}

Database Database::open(const QString& path, Access access)
{
    letWritesFailInsteadOfKilling();
    const bool exists = QFileInfo::exists(path);
    if (access == Access::ReadOnly) {
        if (!exists) {
            throw StorageError(QStringLiteral("%1 does not exist.").arg(path));
        }
        Connection connection(path, Connection::Mode::ReadOnly);
        refuseForeignOrNewer(connection);
        if (SchemaMigrator::currentVersion(connection) < SchemaMigrator::latestVersion()) {
            throw StorageError(
                QStringLiteral("%1 uses an older diary format and cannot be upgraded while opened "
                               "read-only. Open it normally once to upgrade it.")
                    .arg(path));
        }
        connection.execute("PRAGMA foreign_keys = ON; PRAGMA query_only = ON");
        return Database(std::move(connection));
    }

    if (!exists) {
        createOwnerOnlyFile(path);
    }
    Connection connection(path, Connection::Mode::ReadWrite);
    refuseForeignOrNewer(connection);
    if (exists) {
        // Tighten a diary that was copied in with looser permissions; it holds health data.
        QFile::setPermissions(path, kOwnerOnly);
    }
    // FULL sync: a transaction reported committed survives power loss, not only a crash.
    connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON");
    SchemaMigrator::migrate(connection);
    return Database(std::move(connection));
}

int Database::schemaVersion()
{
    return SchemaMigrator::currentVersion(m_connection);
}

QStringList Database::integrityProblems()
{
    QStringList problems;
    Statement integrity = m_connection.prepare("PRAGMA integrity_check");
    while (integrity.step()) {
        const QString line = integrity.text(0);
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    Statement foreignKeys = m_connection.prepare("PRAGMA foreign_key_check");
    while (foreignKeys.step()) {
        problems << QStringLiteral("row %1 of table %2 refers to a missing row in %3")
                        .arg(foreignKeys.int64(1))
                        .arg(foreignKeys.text(0), foreignKeys.text(2));
    }
    return problems;
}

} // namespace ldn
