#include "storage/Connection.h"

#include "storage/Statement.h"
#include "storage/StorageError.h"

#include <sqlite3.h>

namespace ldn {

namespace {
constexpr int kBusyTimeoutMilliseconds = 5000;
}

void Connection::Closer::operator()(sqlite3* handle) const
{
    // Statements are finalised by their own owners first, so a plain close succeeds.
    sqlite3_close_v2(handle);
}

Connection::Connection(const QString& path, Mode mode)
    : m_path(path)
    , m_mode(mode)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3* raw = nullptr;
    const QByteArray encoded = path.toUtf8();
    const int result = sqlite3_open_v2(encoded.constData(), &raw, flags, nullptr);
    m_handle.reset(raw);
    if (result != SQLITE_OK) {
        const QString reason = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QStringLiteral("out of memory");
        throw StorageError(QStringLiteral("Cannot open %1: %2").arg(path, reason), result);
    }
    sqlite3_busy_timeout(raw, kBusyTimeoutMilliseconds);
}

void Connection::execute(std::string_view sql)
{
    const std::string text(sql);
    char* error = nullptr;
    const int result = sqlite3_exec(m_handle.get(), text.c_str(), nullptr, nullptr, &error);
    if (result != SQLITE_OK) {
        const QString message = error ? QString::fromUtf8(error) : QString::fromUtf8(sqlite3_errstr(result));
        sqlite3_free(error);
        throw StorageError(QStringLiteral("%1: %2").arg(m_path, message), result);
    }
}

Statement Connection::prepare(std::string_view sql)
{
    return Statement(*this, sql);
}

std::int64_t Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_handle.get());
}

int Connection::changes() const
{
    return sqlite3_changes(m_handle.get());
}

void Connection::fail(const QString& context) const
{
    throw StorageError(
        QStringLiteral("%1: %2: %3").arg(m_path, context, QString::fromUtf8(sqlite3_errmsg(m_handle.get()))),
        sqlite3_extended_errcode(m_handle.get()));
}

} // namespace ldn
