#include "storage/exchange/DatabaseBackup.h"

#include "storage/db/Database.h"
#include "storage/db/SchemaMigrator.h"
#include "storage/db/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace ldn {
namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

struct SqliteCloser {
    void operator()(sqlite3* handle) const { sqlite3_close_v2(handle); }
};
using SqliteHandle = std::unique_ptr<sqlite3, SqliteCloser>;

const QRegularExpression& backupName()
{
    static const QRegularExpression pattern(QStringLiteral("^ldn-tracker-(\\d{8}-\\d{6})(-\\d+)?\\.sqlite$"));
    return pattern;
}

QString sqliteMessage(sqlite3* handle, int code)
{
    return handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(code));
}

// Runs one whole online backup from `source` to `target`; SQLite restarts it by itself if the
// source is written meanwhile through the same connection.
void runBackup(sqlite3* target, sqlite3* source, const QString& what)
{
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup) {
        throw StorageError(QStringLiteral("Cannot %1: %2").arg(what, sqliteMessage(target, SQLITE_ERROR)),
                           sqlite3_errcode(target));
    }
    int code = SQLITE_OK;
    do {
        code = sqlite3_backup_step(backup, -1);
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
            sqlite3_sleep(50);
        }
    } while (code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(backup);
    if (code != SQLITE_DONE || finished != SQLITE_OK) {
        const int failure = code != SQLITE_DONE ? code : finished;
        throw StorageError(
            QStringLiteral("Cannot %1: %2").arg(what, QString::fromUtf8(sqlite3_errstr(failure))), failure);
    }
}

QString uniqueBackupPath(const QString& folder, const QDateTime& now)
{
    const QString stamp = now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QDir(folder).filePath(QStringLiteral("ldn-tracker-%1.sqlite").arg(stamp));
    for (int suffix = 2; QFileInfo::exists(path); ++suffix) {
        path = QDir(folder).filePath(QStringLiteral("ldn-tracker-%1-%2.sqlite").arg(stamp).arg(suffix));
    }
    return path;
}

} // namespace

QString DatabaseBackup::defaultFolderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

void DatabaseBackup::copyTo(Database& database, const QString& targetPath)
{
    const QString temporary = targetPath + QStringLiteral(".partial");
    QFile::remove(temporary);
    {
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
            throw StorageError(QStringLiteral("Cannot create %1: %2").arg(temporary, file.errorString()));
        }
    }
    try {
        sqlite3* raw = nullptr;
        const int opened = sqlite3_open_v2(QFile::encodeName(temporary).constData(), &raw,
                                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, nullptr);
        SqliteHandle target(raw);
        if (opened != SQLITE_OK) {
            throw StorageError(
                QStringLiteral("Cannot open %1: %2").arg(temporary, sqliteMessage(raw, opened)), opened);
        }
        runBackup(target.get(), database.connection().handle(),
                  QStringLiteral("back up the diary to %1").arg(targetPath));
        // The copy is a single file: a backup should not depend on a -wal file beside it.
        char* error = nullptr;
        if (sqlite3_exec(target.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, &error) !=
            SQLITE_OK) {
            const QString message = QString::fromUtf8(error);
            sqlite3_free(error);
            throw StorageError(QStringLiteral("Cannot finish the backup %1: %2").arg(targetPath, message));
        }
    } catch (...) {
        QFile::remove(temporary);
        throw;
    }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(targetPath).constData()) !=
        0) {
        QFile::remove(temporary);
        throw StorageError(QStringLiteral("Cannot write the backup %1.").arg(targetPath));
    }
}

QString DatabaseBackup::makeRotating(Database& database, const QString& folder, qint64 minimumAgeSeconds,
                                     int keep)
{
    if (!QDir().mkpath(folder)) {
        throw StorageError(QStringLiteral("Cannot create the backup folder %1.").arg(folder));
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<BackupFile> existing = list(folder);
    if (minimumAgeSeconds > 0 && !existing.empty() &&
        existing.front().madeAt.secsTo(now) < minimumAgeSeconds) {
        return {};
    }
    const QString path = uniqueBackupPath(folder, now);
    copyTo(database, path);
    existing = list(folder);
    for (std::size_t i = static_cast<std::size_t>(std::max(keep, 1)); i < existing.size(); ++i) {
        QFile::remove(existing[i].path);
    }
    return path;
}

std::vector<BackupFile> DatabaseBackup::list(const QString& folder)
{
    std::vector<BackupFile> backups;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("ldn-tracker-*.sqlite")}, QDir::Files);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch match = backupName().match(file.fileName());
        if (!match.hasMatch()) {
            continue;
        }
        QDateTime madeAt = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        madeAt.setTimeSpec(Qt::UTC);
        // Two backups in one second are numbered -2, -3...; the number orders them.
        const int sequence = match.captured(2).isEmpty() ? 1 : match.captured(2).mid(1).toInt();
        backups.push_back({file.absoluteFilePath(), madeAt.addMSecs(sequence), file.size()});
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupFile& a, const BackupFile& b) { return a.madeAt > b.madeAt; });
    return backups;
}

QString DatabaseBackup::restore(Database& database, const QString& backupPath, const QString& safetyFolder)
{
    if (database.isReadOnly()) {
        throw StorageError(QStringLiteral("This diary is open read-only; it cannot be restored over."));
    }
    Database backup = Database::open(backupPath, Database::Access::ReadOnly);
    const QStringList problems = backup.integrityProblems();
    if (!problems.isEmpty()) {
        throw StorageError(
            QStringLiteral("%1 is damaged and was not restored: %2").arg(backupPath, problems.first()), 0,
            StorageError::Kind::BadData);
    }
    const QString safety = makeRotating(database, safetyFolder, 0, kDefaultKeep + 1);
    runBackup(database.connection().handle(), backup.connection().handle(),
              QStringLiteral("restore the diary from %1").arg(backupPath));
    // The copied pages carry the backup's settings; put back the ones this diary relies on.
    database.connection().execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON");
    SchemaMigrator::migrate(database.connection());
    return safety;
}

} // namespace ldn
