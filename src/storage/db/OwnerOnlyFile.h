#pragma once

#include <QByteArray>
#include <QString>

namespace ldn {

// Writes a file that holds health data (a backup, an export) so that only its owner can read it,
// and atomically: the old file stays whole until the new one is complete on disk.
class OwnerOnlyFile {
public:
    // Throws InputError naming `path` when it cannot be written.
    static void write(const QString& path, const QByteArray& contents);
};

} // namespace ldn
