#pragma once

#include "core/evidence/EvidencePack.h"

#include <QString>

namespace ldn {

class Database;

// What installing a pack did.
struct EvidencePackInstallResult {
    bool changed = false;    // false: this version or a newer one was already installed
    int previousVersion = 0; // 0: the pack was not installed before
    int version = 0;         // the version installed now
    int added = 0;
    int updated = 0;
    int removed = 0;
    int keptUserEdits = 0; // bundled entries the person edited, left as they are
};

// Installs or upgrades an evidence pack in one transaction. Bundled entries are matched by their
// stable key, so nothing is ever duplicated:
// - a newer pack version rewrites the bundled entries it still contains, adds new ones and
//   removes the ones it dropped; an equal or older version changes nothing;
// - entries the person edited (user_modified) are left exactly as they are; a dropped entry that
//   the person edited or still uses (in a profile, or cited by their own claim) becomes theirs
//   instead of being deleted;
// - the person's own entries are never touched, except that a condition they created with a
//   name the pack also uses ("fibromyalgia", "CFS/ME") is adopted by the pack's condition, keeping
//   the profiles that use it and the old name as a synonym.
// Database::open never installs a pack; the CLI and the GUI call installBundled() when the
// evidence library is first used.
class EvidencePackInstaller {
public:
    // The pack compiled into the application (resources/evidence/ldn-evidence-pack.json).
    static QString bundledResourcePath();

    // Installs the compiled-in pack. Throws StorageError when this build has no bundled pack. On a
    // read-only database nothing is written and the result says which version is there.
    static EvidencePackInstallResult installBundled(Database& database);
    // Reads, checks and installs a pack file.
    static EvidencePackInstallResult installFile(Database& database, const QString& path);
    static EvidencePackInstallResult install(Database& database, const EvidencePack& pack);
};

} // namespace ldn
