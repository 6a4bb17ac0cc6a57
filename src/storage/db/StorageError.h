#pragma once

#include <QString>

#include <stdexcept>

namespace ldn {

// A failure to read or write the diary database. The message is meant for a person: it says
// what failed and where (the file, the SQLite error).
class StorageError : public std::runtime_error {
public:
    // BadData: the file itself is the problem (not ours, damaged, too new); Failure: anything else
    // (permissions, disk full, a busy lock).
    enum class Kind { Failure, BadData };

    explicit StorageError(const QString& message, int sqliteCode = 0, Kind kind = Kind::Failure);

    QString message() const { return QString::fromUtf8(what()); }
    int sqliteCode() const { return m_sqliteCode; }
    Kind kind() const { return m_kind; }

private:
    int m_sqliteCode;
    Kind m_kind;
};

// The file was written by a newer LDN Tracker. It is refused untouched rather than guessed at.
class NewerSchemaError : public StorageError {
public:
    NewerSchemaError(const QString& path, int fileVersion, int supportedVersion);
};

} // namespace ldn
