#pragma once

#include <QByteArray>

#include <memory>

namespace ldn {

class Connection;
class Savepoint;

// A write unit: BEGIN IMMEDIATE on construction (or a savepoint when a transaction is already
// open, so repositories compose), rolled back on destruction unless commit() was called. An
// exception anywhere in a write therefore leaves the database exactly as it was.
class Transaction {
public:
    explicit Transaction(Connection& connection);
    ~Transaction();

    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Connection& m_connection;
    std::unique_ptr<Savepoint> m_nested;
    bool m_done = false;
};

// A named SQLite SAVEPOINT: undone on destruction unless released.
class Savepoint {
public:
    Savepoint(Connection& connection, const QByteArray& name);
    ~Savepoint();

    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;

    void release();

private:
    Connection& m_connection;
    QByteArray m_name;
    bool m_done = false;
};

} // namespace ldn
