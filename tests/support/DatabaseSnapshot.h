#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>

namespace ldn {
class Connection;
}

namespace ldn::test {

// The logical content of a database: each table's row count and a checksum over its rows in
// primary-key order. Two snapshots are equal exactly when no row was added, lost or changed.
struct DatabaseSnapshot {
    std::map<QString, qint64> rowCounts;
    std::map<QString, QByteArray> checksums;
    std::map<QString, QStringList> columns; // of each table, as read

    // With `sameColumnsAs`, each table's checksum covers only the columns that snapshot read, so a
    // table that a migration gave new columns still compares with its older self.
    static DatabaseSnapshot of(Connection& connection, const DatabaseSnapshot* sameColumnsAs = nullptr);
    friend bool operator==(const DatabaseSnapshot&, const DatabaseSnapshot&) = default;
};

QByteArray fileHash(const QString& path);

} // namespace ldn::test
