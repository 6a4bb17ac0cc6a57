#pragma once

#include "core/exchange/EvidenceFileFormat.h"
#include "storage/evidence/EvidenceRepository.h"

#include <QString>

namespace ldn {

class Database;

// What `evidence import FILE` did.
struct EvidenceFileImport {
    EvidenceFileFormat format = EvidenceFileFormat::CslJson;
    int records = 0; // references or pack entries read from the file
    EvidenceImportResult result;
};

// Reads reference files (CSL-JSON, RIS) and evidence packs into the person's own entries, and
// writes their entries out as an evidence pack. A file is read and checked whole before anything
// is written, and written in one transaction, so a bad file changes nothing.
class EvidenceImporter {
public:
    explicit EvidenceImporter(Database& database);

    EvidenceFileImport importFile(const QString& path);
    // Writes the person's own entries as an evidence pack, replacing `path` atomically. Returns the
    // pack written.
    EvidencePack exportFile(const QString& path);

private:
    Database& m_database;
};

} // namespace ldn
