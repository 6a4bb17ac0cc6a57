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
        // Also a titration plan, other medicines and a carer's notes, as the demo a person opens
        // has (ProfileService::createDemo); only for a profile the writer creates. Off, the diary
        // days alone, which is what tests and the benchmark build on.
        bool withPlanMedicinesAndNotes = false;
    };

    explicit DemoDiaryWriter(Database& database);

    // Returns the number of logged days written.
    int write(const Request& request);

private:
    Database& m_database;
};

} // namespace ldn
