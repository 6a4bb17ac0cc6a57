#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace ldn {

class Database;

// Another person's diary, opened read-only for review in the main window (MainWindow::startReview):
// the database to read, and what the person is told about it. A diary file is opened as it is; an
// exported backup is first imported into a private temporary database, which `onClosed` removes
// once the review has closed it.
struct ReviewSource {
    std::unique_ptr<Database> database; // opened with Database::Access::ReadOnly
    QString sourceFile;                 // what the person chose: shown in the banner and title
    QString displayName;                // whose diary ("Kim"); empty: the name of the profile shown
    std::function<void()> onClosed;     // runs after the review has closed `database`

    // Opens the diary file at `path` read-only. Throws StorageError when it cannot be read (not a
    // diary, damaged, written by a newer version, or in an older format that would need upgrading).
    // A diary SQLite cannot open in place because its folder is read-only (WAL mode needs a -shm
    // file beside the diary) and that has no -wal file is reviewed from a private, owner-only
    // temporary copy, removed when the review ends; the banner still names the original file.
    // `workFolder` is where a private copy may be made: the folder of the person's own diary, so
    // that nothing of the reviewed diary is written outside the data folder.
    static ReviewSource openDiaryFile(const QString& path, const QString& workFolder);
    // What File > Open diary for review opens: a diary file, or an exported backup (.json).
    // Throws StorageError or InputError naming the file.
    static ReviewSource open(const QString& path, const QString& workFolder);
};

} // namespace ldn
