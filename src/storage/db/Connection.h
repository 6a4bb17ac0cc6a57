#pragma once

#include <QString>

#include <cstdint>
#include <memory>
#include <string_view>

struct sqlite3;

namespace ldn {

class Statement;

// Owns one SQLite connection; closing happens in the destructor, whatever path is taken out.
class Connection {
public:
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };

    Connection(const QString& path, Mode mode);

    Connection(Connection&&) noexcept = default;
    Connection& operator=(Connection&&) noexcept = default;

    // Runs one or more statements that return no rows.
    void execute(std::string_view sql);
    Statement prepare(std::string_view sql);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_handle.get(); }

    // Builds a StorageError from the connection's last error: a plain reason first, then SQLite's
    // message and what was being done (`context`).
    [[noreturn]] void fail(const QString& context) const;
    // What an SQLite error means for the person, or nothing when there is no plainer way to say it.
    static QString plainExplanation(int code, int systemError);

private:
    struct Closer {
        void operator()(sqlite3* handle) const;
    };

    std::unique_ptr<sqlite3, Closer> m_handle;
    QString m_path;
    Mode m_mode;
};

} // namespace ldn
