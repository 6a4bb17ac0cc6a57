#include "storage/db/Statement.h"

#include "storage/db/Connection.h"

#include <sqlite3.h>

namespace ldn {

void Statement::Finaliser::operator()(sqlite3_stmt* statement) const
{
    sqlite3_finalize(statement);
}

Statement::Statement(Connection& connection, std::string_view sql)
    : m_connection(&connection)
{
    sqlite3_stmt* raw = nullptr;
    const int result =
        sqlite3_prepare_v3(connection.handle(), sql.data(), static_cast<int>(sql.size()), 0, &raw, nullptr);
    m_statement.reset(raw);
    if (result != SQLITE_OK) {
        connection.fail(QStringLiteral("preparing \"%1\"")
                            .arg(QString::fromUtf8(sql.data(), static_cast<qsizetype>(sql.size()))));
    }
}

Statement& Statement::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(m_statement.get(), index, value) != SQLITE_OK) {
        m_connection->fail(QStringLiteral("binding parameter %1").arg(index));
    }
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (sqlite3_bind_double(m_statement.get(), index, value) != SQLITE_OK) {
        m_connection->fail(QStringLiteral("binding parameter %1").arg(index));
    }
    return *this;
}

Statement& Statement::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    if (sqlite3_bind_text64(m_statement.get(), index, utf8.constData(),
                            static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT,
                            SQLITE_UTF8) != SQLITE_OK) {
        m_connection->fail(QStringLiteral("binding parameter %1").arg(index));
    }
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_statement.get(), index) != SQLITE_OK) {
        m_connection->fail(QStringLiteral("binding parameter %1").arg(index));
    }
    return *this;
}

bool Statement::step()
{
    const int result = sqlite3_step(m_statement.get());
    if (result == SQLITE_ROW) {
        return true;
    }
    if (result == SQLITE_DONE) {
        return false;
    }
    // The statement's opening words say which write failed without burying the reason.
    const QString sql = QString::fromUtf8(sqlite3_sql(m_statement.get())).simplified();
    m_connection->fail(
        QStringLiteral("while running %1").arg(sql.size() > 48 ? sql.left(48) + QStringLiteral("…") : sql));
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_statement.get());
    sqlite3_clear_bindings(m_statement.get());
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement.get(), column);
}

int Statement::integer(int column) const
{
    return sqlite3_column_int(m_statement.get(), column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement.get(), column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement.get(), column));
    const int size = sqlite3_column_bytes(m_statement.get(), column);
    return QString::fromUtf8(data, size);
}

std::string_view Statement::rawText(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement.get(), column));
    const int size = sqlite3_column_bytes(m_statement.get(), column);
    return data ? std::string_view(data, static_cast<std::size_t>(size)) : std::string_view();
}

} // namespace ldn
