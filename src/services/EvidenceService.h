#pragma once

#include "core/evidence/EvidenceClaim.h"
#include "core/evidence/EvidenceSource.h"
#include "storage/evidence/EvidenceImporter.h"
#include "storage/evidence/EvidencePackInstaller.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <utility>

namespace ldn {

class DiarySession;

// The person's own part of the evidence library: entries they add or edit, reference files they
// import, the bundled pack installed on first use, and their entries exported as a pack.
class EvidenceService {
public:
    explicit EvidenceService(DiarySession& session);

    // Saves a source with an optional finding about it, both checked before either is written.
    // `sourceId`/`claimId` 0: a new one. Returns the ids stored.
    std::pair<std::int64_t, std::int64_t> saveOwnEntry(const EvidenceSource& source, std::int64_t sourceId,
                                                       const std::optional<EvidenceClaim>& claim,
                                                       std::int64_t claimId);
    // A reference file or pack, read and written in one go (`strict`: refused whole when any record
    // cannot be taken as it is).
    EvidenceFileImport importFile(const QString& path, bool strict = false);
    // Writes a file read (and shown to the person) before: EvidenceImporter::readFile.
    EvidenceFileImport importRead(const EvidenceFileRead& read);
    EvidencePack exportFile(const QString& path);
    // Installs or upgrades the bundled pack when it is missing or older; a read-only diary is shown
    // as it is.
    EvidencePackInstallResult installBundled();

private:
    DiarySession& m_session;
};

} // namespace ldn
