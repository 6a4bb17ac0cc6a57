#include "storage/db/DataLocation.h"

#include "storage/db/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace ldn {

void DataLocation::applyApplicationNames()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("ldn-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LDN_VERSION));
}

QString DataLocation::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty()) {
        throw StorageError(
            QStringLiteral("No application data folder is available on this system; use --db PATH."));
    }
    return QDir(folder).filePath(QString::fromLatin1(kDatabaseFileName));
}

void DataLocation::ensureFolderFor(const QString& databasePath)
{
    const QFileInfo file(databasePath);
    const QString folder = file.absolutePath();
    if (QFileInfo::exists(folder)) {
        return;
    }
    if (!QDir().mkpath(folder)) {
        throw StorageError(QStringLiteral("Cannot create the folder %1 for the diary.").arg(folder));
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace ldn
