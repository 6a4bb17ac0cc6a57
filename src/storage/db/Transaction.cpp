#include "storage/db/Transaction.h"

#include "storage/db/Connection.h"
#include "storage/db/StorageError.h"

#include <sqlite3.h>

namespace ldn {

Transaction::Transaction(Connection& connection)
    : m_connection(connection)
{
    if (sqlite3_get_autocommit(m_connection.handle()) == 0) {
        m_nested = std::make_unique<Savepoint>(m_connection, QByteArrayLiteral("ldn_nested"));
        return;
    }
    // IMMEDIATE takes the write lock now, so a busy database is reported before any work is done.
    m_connection.execute("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done && !m_nested) {
        // Errors are ignored here: a failed ROLLBACK means SQLite already rolled back.
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    if (m_nested) {
        m_nested->release();
    } else {
        m_connection.execute("COMMIT");
    }
    m_done = true;
}

Savepoint::Savepoint(Connection& connection, const QByteArray& name)
    : m_connection(connection)
    , m_name(name)
{
    m_connection.execute(("SAVEPOINT \"" + m_name + "\"").toStdString());
}

Savepoint::~Savepoint()
{
    if (!m_done) {
        const QByteArray undo = "ROLLBACK TO \"" + m_name + "\"; RELEASE \"" + m_name + "\"";
        sqlite3_exec(m_connection.handle(), undo.constData(), nullptr, nullptr, nullptr);
    }
}

void Savepoint::release()
{
    m_connection.execute(("RELEASE \"" + m_name + "\"").toStdString());
    m_done = true;
}

} // namespace ldn
