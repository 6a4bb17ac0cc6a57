#pragma once

#include <string_view>
#include <vector>

namespace ldn {

class Connection;

// Numbered, ordered schema migrations. The schema version lives in PRAGMA user_version; each
// migration runs in its own transaction together with the version bump, so a crash leaves the
// file at one released version or the next, never between.
//
// A released migration is never edited: tests compare each one against a fixture of that version.
class SchemaMigrator {
public:
    struct Migration {
        int version;
        std::string_view description;
        std::string_view sql;
    };

    // Identifies the file as ours in the SQLite header ("LDNT").
    static constexpr int kApplicationId = 0x4C444E54;

    static const std::vector<Migration>& migrations();
    static int latestVersion();

    static int currentVersion(Connection& connection);
    static int applicationId(Connection& connection);

    // Brings the database up to `targetVersion` (default: the latest). The caller has already
    // refused newer files.
    static void migrate(Connection& connection, int targetVersion = 0);
};

} // namespace ldn
