#pragma once

#include "core/diary/Profile.h"

#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace ldn {

class Database;
class DiarySession;

// What every command gets: where to write, and the diary database (opened on first use so that
// `--help` never creates a file).
class CommandContext {
public:
    CommandContext(QString databasePath, QTextStream& out, QTextStream& err);
    ~CommandContext();

    Database& database();
    // The diary's use cases and reads (opened on first use, like the database).
    DiarySession& session();
    // The profile named by --profile: a missing option is a usage error, an unknown name bad input.
    Profile requireProfile(const std::optional<QString>& name, const QString& command);
    const QString& databasePath() const { return m_databasePath; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

private:
    QString m_databasePath;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DiarySession> m_session;
};

} // namespace ldn
