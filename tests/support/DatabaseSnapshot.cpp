#include "support/DatabaseSnapshot.h"

#include "storage/db/Connection.h"
#include "storage/db/Statement.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringList>
#include <sqlite3.h>

namespace ldn::test {

DatabaseSnapshot DatabaseSnapshot::of(Connection& connection, const DatabaseSnapshot* sameColumnsAs)
{
    DatabaseSnapshot snapshot;
    QStringList tables;
    Statement list = connection.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (list.step()) {
        tables << list.text(0);
    }
    for (const QString& table : tables) {
        // SELECT * ... ORDER BY every column is stable whatever the table's key.
        QStringList columns;
        Statement info =
            connection.prepare(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table).toStdString());
        while (info.step()) {
            columns << QStringLiteral("\"%1\"").arg(info.text(1));
        }
        if (sameColumnsAs && sameColumnsAs->columns.count(table) == 1) {
            columns = sameColumnsAs->columns.at(table);
        }
        snapshot.columns[table] = columns;
        Statement rows = connection.prepare(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %1")
                                                .arg(columns.join(QLatin1Char(',')), table)
                                                .toStdString());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 count = 0;
        while (rows.step()) {
            for (int column = 0; column < columns.size(); ++column) {
                hash.addData(rows.isNull(column) ? QByteArrayLiteral("\x01NULL")
                                                 : rows.text(column).toUtf8());
                hash.addData(QByteArrayView("\x00", 1));
            }
            ++count;
        }
        snapshot.rowCounts[table] = count;
        snapshot.checksums[table] = hash.result().toHex();
    }
    return snapshot;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace ldn::test
