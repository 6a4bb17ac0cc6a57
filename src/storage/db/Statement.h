#pragma once

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

struct sqlite3_stmt;

namespace ldn {

class Connection;

// A prepared statement, finalised when it goes out of scope. Parameters are 1-based as in SQLite;
// columns are 0-based.
class Statement {
public:
    Statement(Connection& connection, std::string_view sql);

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& text);
    Statement& bindNull(int index);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Advances to the next row; false when there are no more.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes, valid until the next step() or reset(); no copy is made.
    std::string_view rawText(int column) const;

private:
    struct Finaliser {
        void operator()(sqlite3_stmt* statement) const;
    };

    Connection* m_connection;
    std::unique_ptr<sqlite3_stmt, Finaliser> m_statement;
};

} // namespace ldn
