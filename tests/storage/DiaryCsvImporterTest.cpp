#include "storage/exchange/DiaryCsvImporter.h"

#include "core/base/InputError.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "core/exchange/CsvColumnMapping.h"
#include "core/exchange/DiaryArchive.h"
#include "core/exchange/DiaryCsvWriter.h"
#include "storage/db/Database.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

#include <functional>
#include <map>

using namespace ldn;
using ldn::test::DatabaseSnapshot;
using ldn::test::TemporaryFolder;

namespace {

struct Fixture {
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    std::int64_t profileId = ProfileRepository(database).add(QStringLiteral("Alex"));

    // A diary that already has days, so "unchanged" means something.
    Fixture()
    {
        DemoDiaryGenerator::Settings demo;
        demo.days = 30;
        demo.lastDay = QDate(2024, 6, 30);
        DiaryRepository(database).save(profileId, DemoDiaryGenerator(demo).generate());
    }

    QString file(const QString& name, const QByteArray& content) const
    {
        const QString path = folder.file(name);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(content);
        return path;
    }

    DatabaseSnapshot snapshot() { return DatabaseSnapshot::of(database.connection()); }
};

InputError refusal(const std::function<void()>& run)
{
    try {
        run();
    } catch (const InputError& error) {
        return error;
    }
    FAIL("nothing was refused");
    return InputError(QString(), QString());
}

} // namespace

TEST_CASE("A diary exported to CSV imports into another profile as the same days", "[csv]")
{
    Fixture fixture;
    DemoDiaryGenerator::Settings demo;
    demo.days = 90;
    demo.lastDay = QDate(2025, 3, 31);
    std::vector<DiaryEntry> entries = DemoDiaryGenerator(demo).generate();
    entries[2].note = QStringLiteral("=1+1, \"quoted\"\nnext line");
    ArchivedProfile profile;
    for (const SymptomDefinition& symptom : defaultSymptoms()) {
        profile.symptoms.push_back({symptom, false});
    }
    for (const DiaryEntry& entry : entries) {
        profile.days.push_back({entry, {}});
    }
    const QString path = fixture.file(QStringLiteral("export.csv"), DiaryCsvWriter::write(profile));

    const std::int64_t sam = ProfileRepository(fixture.database).add(QStringLiteral("Sam"));
    const DiaryCsvImporter::FileImport import = DiaryCsvImporter(fixture.database).importFile(path, sam);
    CHECK(import.days == static_cast<int>(entries.size()));
    CHECK(import.dateFormat == CsvDateFormat::Iso);
    CHECK(import.createdSymptoms.empty());
    CHECK(import.ignoredColumns.isEmpty());
    CHECK(DiaryRepository(fixture.database).entries(sam) == entries);
}

TEST_CASE("importFile adds a column of scores as a new symptom and lists what it ignored", "[csv]")
{
    Fixture fixture;
    const QString path = fixture.file(QStringLiteral("mine.csv"), "Date;LDN mg;Pain;Energy;Weather\n"
                                                                  "14/03/2025;1,5;6;4;rain\n"
                                                                  "15/03/2025;1,5;5;;sun\n");
    const DiaryCsvImporter::FileImport import =
        DiaryCsvImporter(fixture.database).importFile(path, fixture.profileId);
    CHECK(import.days == 2);
    CHECK(import.dateFormat == CsvDateFormat::DayMonthYear);
    CHECK(import.createdSymptoms == std::vector<SymptomDefinition>{{QStringLiteral("Energy"), true}});
    CHECK(import.ignoredColumns == QStringList{QStringLiteral("Weather")});
    CHECK(ProfileRepository(fixture.database).symptoms(fixture.profileId).back() ==
          SymptomDefinition{QStringLiteral("Energy"), true});
    const std::vector<DiaryEntry> days =
        DiaryRepository(fixture.database).entries(fixture.profileId, QDate(2025, 3, 14), QDate(2025, 3, 15));
    REQUIRE(days.size() == 2);
    CHECK(days[0].dose == Dose::fromMicrograms(1500));
    CHECK(days[0].symptomScores ==
          std::map<QString, int>{{QStringLiteral("pain"), 6}, {QStringLiteral("Energy"), 4}});
}

TEST_CASE("A failed import leaves the database exactly as it was", "[csv]")
{
    Fixture fixture;
    DiaryCsvImporter importer(fixture.database);
    const DatabaseSnapshot before = fixture.snapshot();

    DiaryEntry day;
    day.date = QDate(2025, 3, 1);
    day.dose = Dose::fromMicrograms(1500);
    day.symptomScores = {{QStringLiteral("energy"), 4}};
    DiaryEntry bad = day;
    bad.date = QDate(2025, 3, 2);
    bad.symptomScores = {{QStringLiteral("stamina"), 4}}; // no such symptom: refused after "energy" was added

    SECTION("an entry the diary refuses, after a new symptom was written")
    {
        CHECK_THROWS_AS(importer.write(fixture.profileId, {{QStringLiteral("energy"), true}}, {day, bad}),
                        InputError);
    }
    SECTION("a new symptom the profile already has, after another was written")
    {
        CHECK_THROWS_AS(importer.write(fixture.profileId,
                                       {{QStringLiteral("energy"), true}, {QStringLiteral("Pain"), false}},
                                       {day}),
                        InputError);
    }
    SECTION("a day the diary already has, from the command line")
    {
        const QString logged =
            DiaryRepository(fixture.database).entries(fixture.profileId).back().date.toString(Qt::ISODate);
        const QString path =
            fixture.file(QStringLiteral("again.csv"),
                         "date,dose_mg,Energy\n2025-03-01,1.5,4\n" + logged.toUtf8() + ",3,5\n");
        const InputError error = refusal([&] { importer.importFile(path, fixture.profileId); });
        CHECK(error.location() == QStringLiteral("again.csv:3: date"));
        CHECK(
            error.problem() ==
            QStringLiteral("%1 is already in the diary; an import never replaces a logged day").arg(logged));
    }
    SECTION("a dose above 10 mg nobody confirmed")
    {
        const QString path = fixture.file(QStringLiteral("dose.csv"), "date,dose_mg\n2025-03-01,45\n");
        const InputError error = refusal([&] { importer.importFile(path, fixture.profileId); });
        CHECK(error.message() ==
              QStringLiteral("dose.csv:2: dose_mg: 45 mg is outside the usual LDN range of 0.1 to "
                             "10 mg (full-dose naltrexone is 50 mg); confirm it is right "
                             "(confirm unusual doses to import them)"));
        CHECK(fixture.snapshot() == before);
        CHECK(importer.importFile(path, fixture.profileId, std::nullopt, true).days == 1);
        return;
    }
    SECTION("dates that could be day or month first, until the format is given")
    {
        const QString path = fixture.file(QStringLiteral("dates.csv"), "Date,Dose (mg)\n01/03/2025,1.5\n"
                                                                       "02/03/2025,1.5\n");
        const InputError error = refusal([&] { importer.importFile(path, fixture.profileId); });
        CHECK(error.location() == QStringLiteral("dates.csv:2: Date"));
        CHECK(error.problem().contains(QStringLiteral("day first or month first")));
        CHECK(fixture.snapshot() == before);
        CHECK(importer.importFile(path, fixture.profileId, CsvDateFormat::MonthDayYear).days == 2);
        CHECK(DiaryRepository(fixture.database)
                  .entries(fixture.profileId, QDate(2025, 1, 3), QDate(2025, 1, 3))
                  .size() == 1);
        return;
    }
    CHECK(fixture.snapshot() == before);
}

TEST_CASE("Every malformed CSV in tests/data/bad/csv is refused at FILE:LINE and changes nothing", "[csv]")
{
    Fixture fixture;
    DiaryCsvImporter importer(fixture.database);
    const DatabaseSnapshot before = fixture.snapshot();

    // Where each problem is; files added later only need to be refused at some line.
    const std::map<QString, QString> expected{
        {QStringLiteral("absurd-dose-2000mg.csv"), QStringLiteral("absurd-dose-2000mg.csv:3: dose_mg")},
        {QStringLiteral("ambiguous-dates.csv"), QStringLiteral("ambiguous-dates.csv:2: Date")},
        {QStringLiteral("dose-not-a-number.csv"), QStringLiteral("dose-not-a-number.csv:3: dose_mg")},
        {QStringLiteral("duplicate-day.csv"), QStringLiteral("duplicate-day.csv:2: date")},
        {QStringLiteral("empty.csv"), QStringLiteral("empty.csv:1")},
        {QStringLiteral("extra-cells-unquoted-comma.csv"),
         QStringLiteral("extra-cells-unquoted-comma.csv:3")},
        {QStringLiteral("header-only.csv"), QStringLiteral("header-only.csv:1")},
        {QStringLiteral("huge-field.csv"), QStringLiteral("huge-field.csv:3")},
        {QStringLiteral("impossible-date.csv"), QStringLiteral("impossible-date.csv:3: date")},
        {QStringLiteral("invalid-utf8-latin1.csv"), QStringLiteral("invalid-utf8-latin1.csv:3")},
        {QStringLiteral("missed-with-dose.csv"), QStringLiteral("missed-with-dose.csv:3: dose_mg")},
        {QStringLiteral("negative-dose.csv"), QStringLiteral("negative-dose.csv:3: dose_mg")},
        {QStringLiteral("no-date-column.csv"), QStringLiteral("no-date-column.csv:1")},
        {QStringLiteral("no-dose-not-missed.csv"), QStringLiteral("no-dose-not-missed.csv:3: dose_mg")},
        {QStringLiteral("score-above-10.csv"), QStringLiteral("score-above-10.csv:3: pain")},
        {QStringLiteral("side-effect-severity-above-3.csv"),
         QStringLiteral("side-effect-severity-above-3.csv:3: side_effects")},
        {QStringLiteral("too-many-columns.csv"), QStringLiteral("too-many-columns.csv:1")},
        {QStringLiteral("unknown-formulation.csv"), QStringLiteral("unknown-formulation.csv:3: formulation")},
        {QStringLiteral("unterminated-quote.csv"), QStringLiteral("unterminated-quote.csv:3")},
    };
    const QDir folder(ldn::test::testData(QStringLiteral("bad/csv")));
    const QStringList files = folder.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    CHECK(files.size() >= static_cast<qsizetype>(expected.size()));
    for (const QString& name : files) {
        INFO(name.toStdString());
        const InputError error =
            refusal([&] { importer.importFile(folder.filePath(name), fixture.profileId); });
        INFO(error.message().toStdString());
        CHECK(QRegularExpression(QStringLiteral("^%1:\\d+(: |$)").arg(QRegularExpression::escape(name)))
                  .match(error.location())
                  .hasMatch());
        CHECK_FALSE(error.problem().isEmpty());
        if (const auto found = expected.find(name); found != expected.end()) {
            CHECK(error.location() == found->second);
        }
        CHECK(fixture.snapshot() == before);
    }
}

TEST_CASE("A file over the size limit is refused before it is read", "[csv]")
{
    TemporaryFolder folder;
    QFile big(folder.file(QStringLiteral("big.csv")));
    REQUIRE(big.open(QIODevice::WriteOnly));
    REQUIRE(big.resize(CsvTable::kMaximumBytes + 1)); // sparse: no 20 MB written
    big.close();
    const InputError error = refusal([&] { DiaryCsvImporter::readTable(big.fileName()); });
    CHECK(error.location() == QStringLiteral("big.csv:1"));
    CHECK(error.problem().contains(QStringLiteral("at most 20 MB")));

    const InputError missing =
        refusal([&] { DiaryCsvImporter::readTable(folder.file(QStringLiteral("missing.csv"))); });
    CHECK(missing.problem().startsWith(QStringLiteral("cannot read the file")));
}
