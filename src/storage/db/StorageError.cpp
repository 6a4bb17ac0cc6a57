#include "storage/db/StorageError.h"

namespace ldn {

StorageError::StorageError(const QString& message, int sqliteCode, Kind kind)
    : std::runtime_error(message.toStdString())
    , m_sqliteCode(sqliteCode)
    , m_kind(kind)
{}

NewerSchemaError::NewerSchemaError(const QString& path, int fileVersion, int supportedVersion)
    : StorageError(
          QStringLiteral("%1 was written by a newer version of LDN Tracker (schema %2; this version "
                         "understands up to %3). Update LDN Tracker to open it; the file was not changed.")
              .arg(path)
              .arg(fileVersion)
              .arg(supportedVersion),
          0, Kind::BadData)
{}

} // namespace ldn
