#pragma once

#include "core/diary/DiaryEntry.h"
#include "core/diary/SymptomDefinition.h"
#include "core/exchange/CsvDateFormat.h"
#include "storage/exchange/DiaryArchiveImporter.h"
#include "storage/exchange/DiaryCsvImporter.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace ldn {

class DiarySession;

// Whole diaries and spreadsheets in and out of the diary: importing a backup or a spreadsheet,
// making a backup, and restoring one. An import writes all of a file or none of it.
class ExchangeService {
public:
    explicit ExchangeService(DiarySession& session);

    // A JSON backup as new profiles (`renameTo`: a new name for a one-person backup).
    DiaryArchiveImportResult importBackup(const QString& path, const QString& renameTo = {});
    // A spreadsheet the person mapped in the import dialog: new symptoms and the days, all or none.
    void importSpreadsheetDays(std::int64_t profileId, const std::vector<SymptomDefinition>& newSymptoms,
                               const std::vector<DiaryEntry>& entries);
    // The command line's automatic spreadsheet import (DiaryCsvImporter::importFile), with
    // everything the import dialog can say (--map, --scale, directions, dates).
    DiaryCsvImporter::FileImport importSpreadsheet(const QString& path, std::int64_t profileId,
                                                   const CsvImportChoices& choices, bool confirmUnusualDoses);

    // A rotating backup in the diary's backup folder (see DatabaseBackup); "" when none was due.
    QString backUp(qint64 minimumAgeSeconds = 0, int keep = 0);
    // A copy of the diary at `path`.
    void backUpTo(const QString& path);
    // Replaces the whole diary with a backup after saving the present state as a backup, whose
    // path it returns. On any failure the diary is unchanged.
    QString restore(const QString& backupPath);
    QString backupFolder() const;

private:
    DiarySession& m_session;
};

} // namespace ldn
