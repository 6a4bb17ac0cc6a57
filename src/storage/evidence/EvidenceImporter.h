#pragma once

#include "core/evidence/EvidencePack.h"
#include "core/exchange/EvidenceFileFormat.h"
#include "core/exchange/ReferenceReadResult.h"
#include "storage/evidence/EvidenceRepository.h"

#include <QString>

#include <optional>
#include <vector>

namespace ldn {

class Database;

// A file read and checked, nothing written yet: what the import dialog lists before the person
// confirms.
struct EvidenceFileRead {
    QString fileName; // the name alone, as messages show it
    EvidenceFileFormat format = EvidenceFileFormat::CslJson;
    ReferenceReadResult references;   // reference files (CSL-JSON, RIS, MEDLINE)
    std::optional<EvidencePack> pack; // an evidence pack

    // References or pack entries read from the file (skipped records included).
    int records() const;
};

// What `evidence import FILE` did.
struct EvidenceFileImport {
    EvidenceFileFormat format = EvidenceFileFormat::CslJson;
    int records = 0; // references or pack entries read from the file
    EvidenceImportResult result;
    std::vector<ReferenceIssue> skipped;   // records not imported, and why
    std::vector<ReferenceIssue> shortened; // records imported with a field shortened or left out
};

// Reads reference files (CSL-JSON, RIS, MEDLINE) and evidence packs into the person's own entries,
// and writes their entries out as an evidence pack.
//
// A reference file imports every record that can be a source and lists the others (FILE:LINE and
// why); in strict mode any such record refuses the whole file, and a file in which no record can
// be taken is always refused. An evidence pack is read and checked whole. The writing is one
// transaction, so a refused file changes nothing.
class EvidenceImporter {
public:
    explicit EvidenceImporter(Database& database);

    // Reads and checks `path` without writing. Throws InputError for a file that cannot be read, is
    // not a reference file or pack, holds no record that can be imported, or (when `strict`) holds
    // any record that cannot be imported whole.
    static EvidenceFileRead readFile(const QString& path, bool strict = false);
    // Writes what readFile read, in one transaction.
    EvidenceFileImport write(const EvidenceFileRead& read);
    // readFile, then write.
    EvidenceFileImport importFile(const QString& path, bool strict = false);
    // Writes the person's own entries as an evidence pack, replacing `path` atomically. Returns the
    // pack written.
    EvidencePack exportFile(const QString& path);

private:
    Database& m_database;
};

} // namespace ldn
