#include "storage/exchange/BackupReviewCopy.h"

#include "storage/db/Database.h"
#include "storage/exchange/DiaryArchiveImporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ldn {

QString BackupReviewCopy::create(const QString& backupPath, const QString& folder)
{
    QString path =
        QDir(folder).filePath(QFileInfo(backupPath).completeBaseName() + QStringLiteral(".sqlite"));
    for (int suffix = 2; QFileInfo::exists(path); ++suffix) {
        path = QDir(folder).filePath(
            QStringLiteral("%1-%2.sqlite").arg(QFileInfo(backupPath).completeBaseName()).arg(suffix));
    }
    try {
        Database database = Database::open(path);
        DiaryArchiveImporter(database).importFile(backupPath);
    } catch (...) {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            QFile::remove(path + QLatin1String(suffix));
        }
        throw;
    }
    return path;
}

} // namespace ldn
