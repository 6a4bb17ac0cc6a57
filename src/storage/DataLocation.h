#pragma once

#include <QString>

namespace ldn {

// Where a person's diary lives when no --db is given: the platform's application data folder
// (e.g. ~/.local/share/LDN Tracker/ on Linux), created owner-only.
class DataLocation {
public:
    static QString defaultDatabasePath();
    // Creates the folder (and parents) with 0700 permissions if it does not exist yet.
    static void ensureFolderFor(const QString& databasePath);

    static constexpr const char* kDatabaseFileName = "diary.sqlite";
};

} // namespace ldn
