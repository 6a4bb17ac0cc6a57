#pragma once

#include <QString>
#include <QTextStream>

#include <memory>

namespace ldn {

class Database;

// What every command gets: where to write, and the diary database (opened on first use so that
// `--help` never creates a file).
class CommandContext {
public:
    CommandContext(QString databasePath, QTextStream& out, QTextStream& err);
    ~CommandContext();

    Database& database();
    const QString& databasePath() const { return m_databasePath; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

private:
    QString m_databasePath;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Database> m_database;
};

} // namespace ldn
