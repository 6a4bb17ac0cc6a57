#include "gui/exchange/ReviewSource.h"

#include "storage/db/Database.h"
#include "storage/db/StorageError.h"
#include "storage/exchange/BackupReviewCopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace ldn {
namespace {

// SQLite's primary result codes, as StorageError carries them (the GUI does not include sqlite3.h).
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCannotOpen = 14;

// A diary in WAL mode needs its "-shm" index file to be read, and SQLite creates it next to the
// diary. In a folder the person may not write to (a read-only share, a CD, another user's folder)
// with no -wal or -shm left there, that fails, although the diary itself is readable. Without a
// -wal file the diary file alone is the whole diary, so a private copy of it is reviewed instead.
bool needsPrivateCopy(const StorageError& error, const QString& path)
{
    const int code = error.sqliteCode() & 0xff;
    return (code == kSqliteReadOnly || code == kSqliteCannotOpen) && QFileInfo::exists(path) &&
           !QFileInfo::exists(path + QStringLiteral("-wal"));
}

// An owner-only folder inside `workFolder` (QTemporaryDir makes it 0700), removed by onClosed
// once the review has closed the database in it.
std::shared_ptr<QTemporaryDir> privateFolderIn(const QString& workFolder, const QString& path)
{
    auto folder =
        std::make_shared<QTemporaryDir>(QDir(workFolder).filePath(QStringLiteral(".review-XXXXXX")));
    if (!folder->isValid()) {
        throw StorageError(QStringLiteral("Cannot make a private folder in %1 to review %2: %3")
                               .arg(workFolder, path, folder->errorString()));
    }
    return folder;
}

ReviewSource openPrivateCopy(const QString& path, const QString& workFolder)
{
    // Owner-only, removed when the review ends (by onClosed, after the copy is closed).
    const std::shared_ptr<QTemporaryDir> folder = privateFolderIn(workFolder, path);
    const QString copy = folder->filePath(QFileInfo(path).fileName());
    if (!QFile::copy(path, copy) ||
        !QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        throw StorageError(QStringLiteral("Cannot make a private copy of %1 to review.").arg(path));
    }
    ReviewSource source;
    source.database = std::make_unique<Database>(Database::open(copy, Database::Access::ReadOnly));
    source.sourceFile = QFileInfo(path).absoluteFilePath();
    source.onClosed = [folder] { folder->remove(); };
    return source;
}

} // namespace

ReviewSource ReviewSource::openDiaryFile(const QString& path, const QString& workFolder)
{
    ReviewSource source;
    try {
        source.database = std::make_unique<Database>(Database::open(path, Database::Access::ReadOnly));
    } catch (const StorageError& error) {
        if (!needsPrivateCopy(error, path)) {
            throw;
        }
        return openPrivateCopy(path, workFolder);
    }
    source.sourceFile = QFileInfo(path).absoluteFilePath();
    return source;
}

ReviewSource ReviewSource::open(const QString& path, const QString& workFolder)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
        // An exported backup is checked whole and imported into a private, owner-only database,
        // which is reviewed read-only and removed (with its folder) when the review ends.
        const std::shared_ptr<QTemporaryDir> folder = privateFolderIn(workFolder, path);
        const QString copy = BackupReviewCopy::create(path, folder->path());
        ReviewSource source;
        source.database = std::make_unique<Database>(Database::open(copy, Database::Access::ReadOnly));
        source.sourceFile = QFileInfo(path).absoluteFilePath();
        source.onClosed = [folder] { folder->remove(); };
        return source;
    }
    return openDiaryFile(path, workFolder);
}

} // namespace ldn
