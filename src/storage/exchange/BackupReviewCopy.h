#pragma once

#include <QString>

namespace ldn {

// Review mode reads a diary database; a JSON backup someone sent is not one. This turns the backup
// into a private database (owner-only, in a folder the caller owns and deletes afterwards) that
// can then be opened read-only like any other diary. The backup is checked whole first, so a bad
// file is refused with FILE:LINE before anything is made.
class BackupReviewCopy {
public:
    // Returns the path of the new database in `folder`. Throws InputError or StorageError.
    static QString create(const QString& backupPath, const QString& folder);
};

} // namespace ldn
