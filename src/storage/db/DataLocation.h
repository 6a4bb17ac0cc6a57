#pragma once

#include <QString>

namespace ldn {

// Where a person's diary lives when no --db is given: the platform's application data folder
// (e.g. ~/.local/share/LDN Tracker/ on Linux), created owner-only.
class DataLocation {
public:
    // Both executables call this before anything else so they agree on the data folder
    // (~/.local/share/ldn-tracker on Linux) and the name people see.
    static void applyApplicationNames();
    static QString defaultDatabasePath();
    // Creates the folder (and parents) with 0700 permissions if it does not exist yet.
    static void ensureFolderFor(const QString& databasePath);

    static constexpr const char* kDatabaseFileName = "diary.sqlite";
};

} // namespace ldn
