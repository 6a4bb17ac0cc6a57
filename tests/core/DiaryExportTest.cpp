#include "core/exchange/DiaryExport.h"

#include "core/exchange/DiaryArchiveJson.h"
#include "core/exchange/DiaryCsvWriter.h"

#include <QTimeZone>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <stdexcept>

using namespace ldn;

namespace {

ArchivedProfile person(const QString& name)
{
    ArchivedProfile profile;
    profile.name = name;
    profile.createdAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), QTimeZone::utc());
    profile.symptoms.push_back({{QStringLiteral("pain"), false}, false});
    ArchivedDay day;
    day.entry.date = QDate(2026, 2, 1);
    day.entry.status = DoseStatus::Taken;
    day.entry.dose = Dose::fromMicrograms(1500);
    day.entry.symptomScores = {{QStringLiteral("pain"), 6}};
    day.updatedAt = QDateTime(QDate(2026, 2, 1), QTime(22, 0), QTimeZone::utc());
    profile.days.push_back(day);
    return profile;
}

} // namespace

TEST_CASE("Exports are named as on the command line and written by the format's own writer", "[export]")
{
    CHECK(DiaryExport::formatNamed(QStringLiteral("json")) == DiaryExport::Format::Backup);
    CHECK(DiaryExport::formatNamed(QStringLiteral("csv")) == DiaryExport::Format::Spreadsheet);
    CHECK(DiaryExport::formatNamed(QStringLiteral("fhir")) == DiaryExport::Format::Fhir);
    CHECK_FALSE(DiaryExport::formatNamed(QStringLiteral("JSON")));
    CHECK_FALSE(DiaryExport::formatNamed(QStringLiteral("xml")));
    CHECK_FALSE(DiaryExport::needsOneProfile(DiaryExport::Format::Backup));
    CHECK(DiaryExport::needsOneProfile(DiaryExport::Format::Spreadsheet));
    CHECK(DiaryExport::needsOneProfile(DiaryExport::Format::Fhir));

    DiaryArchive archive;
    archive.scope = DiaryArchive::Scope::Profile;
    archive.exportedAt = QDateTime(QDate(2026, 2, 2), QTime(8, 0), QTimeZone::utc());
    archive.schemaVersion = 1;
    archive.profiles.push_back(person(QStringLiteral("Robin")));

    CHECK(DiaryExport::contents(archive, DiaryExport::Format::Backup) == DiaryArchiveJson::write(archive));
    CHECK(DiaryExport::contents(archive, DiaryExport::Format::Spreadsheet) ==
          DiaryCsvWriter::write(archive.profiles.front()));
    const QByteArray fhir = DiaryExport::contents(archive, DiaryExport::Format::Fhir);
    CHECK(fhir.endsWith('\n'));
    const nlohmann::json bundle = nlohmann::json::parse(fhir.toStdString());
    CHECK(bundle.at("resourceType") == "Bundle");

    // A spreadsheet or FHIR file is one person's: a whole-diary archive of two is refused, not
    // silently cut to the first.
    archive.scope = DiaryArchive::Scope::Database;
    archive.profiles.push_back(person(QStringLiteral("Kim")));
    CHECK_THROWS_AS(DiaryExport::contents(archive, DiaryExport::Format::Spreadsheet), std::invalid_argument);
    CHECK_THROWS_AS(DiaryExport::contents(archive, DiaryExport::Format::Fhir), std::invalid_argument);
    CHECK_NOTHROW(DiaryExport::contents(archive, DiaryExport::Format::Backup));
}
