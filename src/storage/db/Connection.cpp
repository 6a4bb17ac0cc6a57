#include "storage/db/Connection.h"

#include "storage/db/Statement.h"
#include "storage/db/StorageError.h"

#include <sqlite3.h>

#include <cerrno>

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
        const QString detail = error ? QString::fromUtf8(error) : QString::fromUtf8(sqlite3_errstr(result));
        sqlite3_free(error);
        const QString plain =
            plainExplanation(sqlite3_extended_errcode(m_handle.get()), sqlite3_system_errno(m_handle.get()));
        throw StorageError(plain.isEmpty() ? QStringLiteral("%1: %2").arg(m_path, detail)
                                           : QStringLiteral("%1: %2 (SQLite: %3)").arg(m_path, plain, detail),
                           result);
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

QString Connection::plainExplanation(int code, int systemError)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return QStringLiteral("the disk is full or a size limit was reached, so the change was not saved");
    case SQLITE_IOERR:
        if (systemError == ENOSPC || systemError == EFBIG || systemError == EDQUOT) {
            return QStringLiteral(
                "the disk is full or a size limit was reached, so the change was not saved");
        }
        return QStringLiteral("the file could not be read or written (a disk or file-system error)");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral(
            "the diary is being changed by another LDN Tracker window or program and stayed "
            "busy; try again in a moment");
    case SQLITE_READONLY:
        return QStringLiteral(
            "the diary is read-only here (file or folder permissions, or opened for review)");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QStringLiteral("the file is damaged");
    case SQLITE_CANTOPEN:
        return QStringLiteral("the file cannot be opened (does the folder exist, and may it be written?)");
    case SQLITE_CONSTRAINT:
        return QStringLiteral("the change breaks a rule of the diary (constraint failed)");
    default:
        return {};
    }
}

void Connection::fail(const QString& context) const
{
    const int code = sqlite3_extended_errcode(m_handle.get());
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_handle.get()));
    const QString plain = plainExplanation(code, sqlite3_system_errno(m_handle.get()));
    // The plain reason first, for the person; SQLite's words and what was being done after it,
    // for whoever helps them.
    const QString message =
        plain.isEmpty() ? QStringLiteral("%1: %2 (%3)").arg(m_path, detail, context)
                        : QStringLiteral("%1: %2 (SQLite: %3, %4)").arg(m_path, plain, detail, context);
    // A damaged file is a problem with the data, like a file of another program (exit code 2), not
    // a failure of the program.
    const int primary = code & 0xff;
    const bool damaged = primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
    throw StorageError(message, code, damaged ? StorageError::Kind::BadData : StorageError::Kind::Failure);
}

} // namespace ldn
