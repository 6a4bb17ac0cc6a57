#pragma once

#include "storage/db/Connection.h"

#include <QString>
#include <QStringList>

namespace ldn {

// The diary database of one user: opened, checked to be ours, configured (WAL, foreign keys,
// full sync) and migrated to the latest schema. Creating it makes an owner-only (0600) file.
class Database {
public:
    enum class Access { ReadWrite, ReadOnly };

    static Database open(const QString& path, Access access = Access::ReadWrite);

    Connection& connection() { return m_connection; }
    const QString& path() const { return m_connection.path(); }
    bool isReadOnly() const { return m_connection.isReadOnly(); }
    int schemaVersion();

    // SQLite's integrity and foreign-key checks; an empty list means the file is sound.
    QStringList integrityProblems();

private:
    explicit Database(Connection connection);

    Connection m_connection;
};

} // namespace ldn
