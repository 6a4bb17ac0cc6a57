#pragma once

#include "core/exchange/DiaryArchive.h"

#include <QString>
#include <QStringList>

namespace ldn {

class Database;

// What an import added.
struct DiaryArchiveImportResult {
    QStringList profiles; // names as stored
    int days = 0;
};

// Writes a backup into the database: new profiles with everything they had, and for a
// whole-database backup the person's own conditions, evidence entries and settings. It is one
// transaction: any problem (a profile name already taken, a broken evidence section) leaves the
// database exactly as it was. Existing profiles are never merged into or overwritten.
class DiaryArchiveImporter {
public:
    explicit DiaryArchiveImporter(Database& database);

    // `renameTo` imports a one-profile backup under another name (to keep both, or to review it).
    DiaryArchiveImportResult import(const DiaryArchive& archive, const QString& renameTo = {});
    // Reads and checks the file whole (DiaryArchiveJson) before writing anything.
    DiaryArchiveImportResult importFile(const QString& path, const QString& renameTo = {});

private:
    void importProfile(const ArchivedProfile& profile, const QString& name, const QString& location);

    Database& m_database;
};

} // namespace ldn
