#pragma once

#include "core/exchange/DiaryArchive.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ldn {

// The bytes of an export in each format the app writes, from an archive read out of the diary.
// The command line and the File menu both export through this, so a file is the same whichever
// wrote it.
class DiaryExport {
public:
    enum class Format {
        Backup,      // ldn-tracker-backup JSON, of one profile or the whole diary
        Spreadsheet, // CSV, one row per day (one profile)
        Fhir,        // a FHIR R4 Bundle (one profile)
    };

    // "json", "csv" or "fhir", as the command line names them.
    static std::optional<Format> formatNamed(const QString& name);
    // Whether the format holds one person only (the archive's first profile).
    static bool needsOneProfile(Format format) { return format != Format::Backup; }
    static QByteArray contents(const DiaryArchive& archive, Format format);
};

} // namespace ldn
