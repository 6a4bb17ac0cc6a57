#include "storage/db/ReadSnapshot.h"

#include "storage/db/Connection.h"

#include <sqlite3.h>

namespace ldn {

ReadSnapshot::ReadSnapshot(Connection& connection)
    : m_connection(connection)
{
    // Inside a transaction already, the reads share its snapshot; nothing to do.
    if (sqlite3_get_autocommit(connection.handle()) != 0) {
        m_connection.execute("BEGIN DEFERRED");
        m_began = true;
    }
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_began) {
        sqlite3_exec(m_connection.handle(), "COMMIT", nullptr, nullptr, nullptr);
    }
}

} // namespace ldn
