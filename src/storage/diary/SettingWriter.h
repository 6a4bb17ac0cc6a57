#pragma once

#include <QString>

namespace ldn {

class Connection;

// The one place that writes rows of `setting`, the preferences kept in the diary itself. Runs
// inside the caller's transaction.
class SettingWriter {
public:
    explicit SettingWriter(Connection& connection);

    void set(const QString& key, const QString& value);
    void remove(const QString& key);

private:
    Connection& m_connection;
};

} // namespace ldn
