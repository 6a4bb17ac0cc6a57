#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace ldn {

class Database;

// One backup file in the backup folder.
struct BackupFile {
    QString path;
    QDateTime madeAt; // UTC, from the file name
    qint64 bytes = 0;
};

// Copies of the diary made with SQLite's online backup API: consistent even while the diary is
// being written, owner-only, and written to a temporary name first so a half-made backup never
// looks like a real one. Rotating backups live in one folder (by default "backups" beside the
// diary) named ldn-tracker-YYYYMMDD-HHMMSS.sqlite, newest kept.
class DatabaseBackup {
public:
    static constexpr int kDefaultKeep = 7;

    // The folder rotating backups of the diary at `databasePath` go to.
    static QString defaultFolderFor(const QString& databasePath);

    // Copies the open database to `targetPath` (replaced atomically). Throws StorageError.
    static void copyTo(Database& database, const QString& targetPath);

    // Makes a backup in `folder` unless one was made less than `minimumAge` ago (0: always), then
    // deletes all but the newest `keep`. Returns the new backup's path, or "" when none was due.
    static QString makeRotating(Database& database, const QString& folder, qint64 minimumAgeSeconds = 0,
                                int keep = kDefaultKeep);

    // Backups in `folder`, newest first.
    static std::vector<BackupFile> list(const QString& folder);

    // Replaces the whole content of the open database with the backup at `backupPath`, after
    // checking the backup is a sound LDN Tracker diary this version can read, and after saving
    // the current state as a backup in `safetyFolder` (so a restore can itself be undone).
    // Returns the path of that safety backup. Throws StorageError (BadData for a bad backup);
    // on any failure the open database is unchanged.
    static QString restore(Database& database, const QString& backupPath, const QString& safetyFolder);
};

} // namespace ldn
