#pragma once

#include "core/exchange/DiaryArchive.h"

#include <QString>

#include <cstdint>

namespace ldn {

class Database;

// Reads everything stored about one person, or the whole database, into a DiaryArchive: the
// source for backups and for the CSV and FHIR exports. Reads inside one transaction, so the
// archive is a consistent moment even while another program writes.
class DiaryArchiveReader {
public:
    explicit DiaryArchiveReader(Database& database);

    // Throws InputError naming `field` when there is no such profile.
    DiaryArchive readProfile(const QString& profileName, const QString& field = QStringLiteral("--profile"));
    DiaryArchive readDatabase();

private:
    ArchivedProfile readProfileData(std::int64_t profileId);

    Database& m_database;
};

} // namespace ldn
