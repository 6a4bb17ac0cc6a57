#pragma once

#include <QDate>
#include <QString>

#include <cstdint>

namespace ldn {

class Database;

// Puts a generated demo diary into a profile, creating the profile if needed, all in one
// transaction. Refuses a profile that already has diary days so real entries are never mixed
// with or overwritten by synthetic ones.
class DemoDiaryWriter {
public:
    struct Request {
        QString profileName;
        int days = 120;
        std::uint64_t seed = 1;
        QDate lastDay;
    };

    explicit DemoDiaryWriter(Database& database);

    // Returns the number of logged days written.
    int write(const Request& request);

private:
    Database& m_database;
};

} // namespace ldn
