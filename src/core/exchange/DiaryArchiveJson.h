#pragma once

#include "core/exchange/DiaryArchive.h"

#include <QByteArray>
#include <QString>

namespace ldn {

// Reads and writes full backups (docs/formats.md, "Backups"). Reading checks the whole file before
// anything is used: format name and version, every field's type and value, real dates, possible
// doses, scores against the profile's own symptoms, no repeated day, profile or key. The first
// problem is an InputError at "FILE:LINE: profiles[N].days[M]: FIELD".
class DiaryArchiveJson {
public:
    static constexpr const char* kFormat = "ldn-tracker-backup";
    static constexpr int kFormatVersion = 1;
    // Larger than a lifetime of daily entries by far; anything bigger is not one of our backups.
    static constexpr qint64 kMaximumFileBytes = 256LL * 1024 * 1024;

    static DiaryArchive parse(const QByteArray& text, const QString& fileName);
    static QByteArray write(const DiaryArchive& archive);
};

} // namespace ldn
