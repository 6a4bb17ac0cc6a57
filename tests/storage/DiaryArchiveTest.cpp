#include "core/base/InputError.h"
#include "core/exchange/DiaryArchiveJson.h"
#include "core/trial/BlindedAllocation.h"
#include "core/trial/UnblindingCode.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/Transaction.h"
#include "storage/diary/AnnotationRepository.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/evidence/EvidenceImporter.h"
#include "storage/exchange/BackupReviewCopy.h"
#include "storage/exchange/DiaryArchiveImporter.h"
#include "storage/exchange/DiaryArchiveReader.h"
#include "storage/plan/MedicationRepository.h"
#include "storage/plan/TitrationRepository.h"
#include "storage/trial/TrialRepository.h"
#include "storage/trial/TrialWriter.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace ldn;
using ldn::test::DatabaseSnapshot;
using ldn::test::TemporaryFolder;
using ldn::test::testData;

namespace {

// A diary with something in every table a backup carries: two people, a demo diary with scores,
// side effects, events and notes, an own symptom, a diagnosis date, a plan with adjustments and
// an ended plan, medicines, carer notes, own evidence entries and a setting.
void fillEverything(Database& database)
{
    DemoDiaryWriter(database).write({QStringLiteral("Robin"), 200, 7, QDate(2026, 6, 30)});
    ProfileRepository profiles(database);
    const std::int64_t robin = profiles.findByName(QStringLiteral("Robin"))->id;
    profiles.addSymptom(robin, {QStringLiteral("Tinnitus"), false});
    const std::int64_t jo =
        profiles.add(QStringLiteral("Jo"),
                     {QStringLiteral("Fibromyalgia"), QStringLiteral("Hidradenitis of the left knee")});
    database.connection()
        .prepare("UPDATE profile_condition SET diagnosed_on = '2019-04-02' WHERE profile_id = ?1")
        .bind(1, jo)
        .run();

    DiaryEntry day;
    day.date = QDate(2026, 7, 1);
    day.dose = Dose::fromMicrograms(0);
    day.note = QStringLiteral("Baseline, \"no LDN\" yet — ça va");
    day.symptomScores = {{QStringLiteral("Tinnitus"), 4}};
    DiaryRepository(database).save(robin, day);
    DiaryEntry missed;
    missed.date = QDate(2026, 7, 2);
    missed.status = DoseStatus::Missed;
    DiaryRepository(database).save(robin, missed);

    TitrationRepository plans(database);
    plans.setPlan(jo, TitrationPlan::fromTemplate(TitrationPlan::Template::Sensitive, QDate(2026, 1, 1)));
    const std::int64_t current =
        plans.setPlan(jo, TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, QDate(2026, 3, 1)));
    plans.addAdjustment(current, {QDate(2026, 3, 20), TitrationAdjustment::Kind::StepDown,
                                  Dose::fromMicrograms(750), QStringLiteral("vivid dreams")});
    plans.addAdjustment(current, {QDate(2026, 4, 5), TitrationAdjustment::Kind::Resume, std::nullopt, {}});

    MedicationRepository(database).add(jo, {0,
                                            QStringLiteral("Levothyroxine"),
                                            QStringLiteral("75 micrograms"),
                                            QDate(2020, 1, 1),
                                            {},
                                            QStringLiteral("mornings")});
    MedicationRepository(database).add(
        robin, {0, QStringLiteral("Tramadol"), {}, QDate(2025, 1, 1), QDate(2025, 2, 1), {}});

    Annotation note;
    note.day = QDate(2026, 6, 3);
    note.authorName = QStringLiteral("Sam");
    note.body = QStringLiteral("Slept all afternoon after the appointment");
    AnnotationRepository(database).add(robin, note);
    Annotation general;
    general.author = Annotation::Author::Patient;
    general.body = QStringLiteral("Liquid only from June");
    AnnotationRepository(database).add(robin, general);

    // Two trials: one stopped early with the person's own stopping rule, one running.
    Trial stopped;
    stopped.protocol.start = QDate(2026, 1, 10);
    stopped.protocol.outcomes = {QStringLiteral("Tinnitus"), QStringLiteral("pain")};
    stopped.protocol.smallestChange = 1.5;
    stopped.protocol.stopRules = {QStringLiteral("if the ringing gets louder")};
    stopped.protocol.reviewOn = QDate(2026, 4, 18);
    stopped.reviewWeeks = 12;
    stopped.stoppedOn = QDate(2026, 2, 1);
    stopped.stopReason = QStringLiteral("moved abroad");
    Trial running;
    running.protocol.start = QDate(2026, 5, 1);
    running.protocol.outcomes = {QStringLiteral("fatigue")};
    running.protocol.baselineDays = 0;
    running.protocol.reviewOn = QDate(2026, 8, 1);
    running.reviewWeeks = 13;
    // A blinded trial, still sealed: the backup must carry it sealed as it is stored.
    Trial blinded;
    blinded.protocol.start = QDate(2026, 9, 1);
    blinded.protocol.outcomes = {QStringLiteral("pain")};
    blinded.protocol.baselineDays = 0;
    BlindedDesign design;
    design.pairs = 3;
    design.periodDays = 10;
    design.washoutDays = 3;
    design.ldnDose = Dose::fromMicrograms(4500);
    blinded.protocol.blinded = design;
    blinded.protocol.reviewOn = QDate(2026, 10, 30);
    blinded.reviewWeeks = 0;
    blinded.sealed = SealedAllocation::seal(BlindedAllocation::draw(3), UnblindingCode::generate());
    {
        Transaction transaction(database.connection());
        TrialWriter(database.connection()).insert(robin, stopped);
        TrialWriter(database.connection()).insert(robin, running);
        TrialWriter(database.connection()).insert(robin, blinded);
        transaction.commit();
    }

    EvidenceImporter(database).importFile(testData(QStringLiteral("evidence/zotero-export.json")));
    database.connection().prepare("INSERT INTO setting (key, value) VALUES ('carer.name', 'Sam')").run();
}

// Two reads of the same data differ only in when they were made: the archive's time and the
// sentence of the own-evidence pack that says when it was exported (a second apart when the
// clock ticks between the two reads).
DiaryArchive withoutExportTime(DiaryArchive archive)
{
    archive.exportedAt = {};
    if (archive.ownEvidence) {
        archive.ownEvidence->erase("description");
    }
    return archive;
}

} // namespace

TEST_CASE("A whole-diary backup imported into an empty database gives back exactly the same data",
          "[archive]")
{
    TemporaryFolder folder;
    Database original = Database::open(folder.file(QStringLiteral("original.sqlite")));
    fillEverything(original);
    const DiaryArchive exported = DiaryArchiveReader(original).readDatabase();
    REQUIRE(exported.profiles.size() == 2);
    REQUIRE(exported.profiles[0].days.size() > 150);
    REQUIRE(exported.ownEvidence.has_value());
    REQUIRE(exported.profiles[0].trials.size() == 3);
    CHECK(exported.profiles[0].trials[0].protocol.outcomes ==
          QStringList{QStringLiteral("Tinnitus"), QStringLiteral("pain")});
    CHECK(exported.profiles[0].trials[0].stopReason == QStringLiteral("moved abroad"));
    CHECK(exported.profiles[1].trials.empty());

    const QByteArray text = DiaryArchiveJson::write(exported);
    CHECK(text.contains("\"trials\""));
    // The blinded trial travels sealed: its scrambled allocation, never the code or the arms.
    const Trial& blinded = exported.profiles[0].trials[2];
    REQUIRE(blinded.isSealed());
    const SealedAllocation::Contents contents = blinded.sealed->open();
    CHECK(text.contains(blinded.sealed->scrambled.toUtf8()));
    CHECK_FALSE(text.contains(contents.code.text().toUtf8()));
    CHECK_FALSE(text.contains(contents.code.text().remove(QLatin1Char('-')).toUtf8()));
    CHECK_FALSE(text.contains(
        (QStringLiteral(";") + contents.allocation.toLetters() + QStringLiteral(";")).toUtf8()));
    CHECK_FALSE(text.contains("\"arm\""));
    const DiaryArchive parsed = DiaryArchiveJson::parse(text, QStringLiteral("backup.json"));
    CHECK(parsed == exported);

    Database copy = Database::open(folder.file(QStringLiteral("copy.sqlite")));
    const DiaryArchiveImportResult result = DiaryArchiveImporter(copy).import(parsed);
    CHECK(result.profiles == QStringList{QStringLiteral("Robin"), QStringLiteral("Jo")});
    const DiaryArchive again = DiaryArchiveReader(copy).readDatabase();
    CHECK(withoutExportTime(again) == withoutExportTime(exported));
    const QByteArray textBefore = DiaryArchiveJson::write(withoutExportTime(exported));
    const QByteArray textAgain = DiaryArchiveJson::write(withoutExportTime(again));
    CHECK(textAgain == textBefore);

    // The same through the repositories the app reads with, as a second opinion.
    const std::int64_t robinBefore = ProfileRepository(original).findByName(QStringLiteral("Robin"))->id;
    const std::int64_t robinAfter = ProfileRepository(copy).findByName(QStringLiteral("Robin"))->id;
    CHECK(DiaryRepository(copy).entries(robinAfter) == DiaryRepository(original).entries(robinBefore));
    const std::int64_t joAfter = ProfileRepository(copy).findByName(QStringLiteral("Jo"))->id;
    const std::int64_t joBefore = ProfileRepository(original).findByName(QStringLiteral("Jo"))->id;
    std::vector<TitrationPlan> plansBefore = TitrationRepository(original).history(joBefore);
    std::vector<TitrationPlan> plansAfter = TitrationRepository(copy).history(joAfter);
    REQUIRE(plansAfter.size() == 2);
    for (std::size_t i = 0; i < plansAfter.size(); ++i) {
        plansBefore[i].id = plansAfter[i].id = 0;
    }
    CHECK(plansAfter == plansBefore);
    std::vector<Trial> trialsBefore = TrialRepository(original).list(robinBefore);
    std::vector<Trial> trialsAfter = TrialRepository(copy).list(robinAfter);
    REQUIRE(trialsAfter.size() == 3);
    CHECK(trialsAfter[2].isSealed());
    CHECK(trialsAfter[2].sealed->open().code == blinded.sealed->open().code);
    for (std::size_t i = 0; i < trialsAfter.size(); ++i) {
        trialsBefore[i].id = trialsAfter[i].id = 0;
        trialsBefore[i].profileId = trialsAfter[i].profileId = 0;
    }
    CHECK(trialsAfter == trialsBefore);
    CHECK(copy.integrityProblems().isEmpty());
}

TEST_CASE("A backup without trials still reads; a bad or blinded trial is refused by field",
          "[archive][trial]")
{
    TemporaryFolder folder;
    Database source = Database::open(folder.file(QStringLiteral("source.sqlite")));
    fillEverything(source);
    const DiaryArchive archive = DiaryArchiveReader(source).readProfile(QStringLiteral("Robin"));
    nlohmann::json json = nlohmann::json::parse(DiaryArchiveJson::write(archive).toStdString());
    REQUIRE(json["profiles"][0].contains("trials"));

    nlohmann::json older = json;
    older["profiles"][0].erase("trials");
    const DiaryArchive read =
        DiaryArchiveJson::parse(QByteArray::fromStdString(older.dump()), QStringLiteral("older.json"));
    CHECK(read.profiles[0].trials.empty());
    CHECK(read.profiles[0].days == archive.profiles[0].days);

    const auto refusal = [&](const char* key, const nlohmann::json& value) -> QString {
        nlohmann::json bad = json;
        bad["profiles"][0]["trials"][0][key] = value;
        try {
            DiaryArchiveJson::parse(QByteArray::fromStdString(bad.dump()), QStringLiteral("bad.json"));
        } catch (const InputError& error) {
            return error.message();
        }
        return QStringLiteral("accepted");
    };
    CHECK(refusal("kind", "blinded").contains(QStringLiteral("trials[0]: blinded")));
    CHECK(refusal("kind", "double-blind").contains(QStringLiteral("is not one of open, blinded")));
    // A blinded trial whose sealed allocation was tampered with is refused, not opened wrongly.
    nlohmann::json sealed;
    for (const nlohmann::json& trial : json["profiles"][0]["trials"]) {
        if (trial["kind"] == "blinded") {
            sealed = trial;
        }
    }
    REQUIRE(sealed.contains("blinded"));
    const auto blindedRefusal = [&](const char* key, const nlohmann::json& value) -> QString {
        nlohmann::json bad = json;
        nlohmann::json trial = sealed;
        trial["blinded"][key] = value;
        bad["profiles"][0]["trials"] = nlohmann::json::array({trial});
        try {
            DiaryArchiveJson::parse(QByteArray::fromStdString(bad.dump()), QStringLiteral("bad.json"));
        } catch (const InputError& error) {
            return error.message();
        }
        return QStringLiteral("accepted");
    };
    CHECK(blindedRefusal("pairs", 1).contains(QStringLiteral("pairs")));
    CHECK(blindedRefusal("pairs", 4).contains(QStringLiteral("does not fit 4 pairs")));
    CHECK(blindedRefusal("washout_days", 9).contains(QStringLiteral("washout_days")));
    CHECK(blindedRefusal("seal_key", "AAAA").contains(QStringLiteral("sealed allocation")));
    CHECK(blindedRefusal("sealed_allocation", "x").contains(QStringLiteral("sealed allocation")));
    CHECK(refusal("outcomes", nlohmann::json::array({"hiccups"})).contains(QStringLiteral("hiccups")));
    CHECK(refusal("mid", 0).contains(QStringLiteral("mid")));
    CHECK(refusal("review_on", "2025-01-01").contains(QStringLiteral("review_on")));
    CHECK(refusal("baseline_days", 400).contains(QStringLiteral("baseline_days")));
}

TEST_CASE("One profile exports alone and can be imported under another name", "[archive]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    fillEverything(database);
    const DiaryArchive robin = DiaryArchiveReader(database).readProfile(QStringLiteral("robin"));
    REQUIRE(robin.profiles.size() == 1);
    CHECK(robin.profiles[0].name == QStringLiteral("Robin"));
    CHECK_FALSE(robin.ownEvidence.has_value());
    const QByteArray text = DiaryArchiveJson::write(robin);
    CHECK_FALSE(text.contains("own_evidence"));

    const DatabaseSnapshot before = DatabaseSnapshot::of(database.connection());
    CHECK_THROWS_WITH(DiaryArchiveImporter(database).import(robin),
                      Catch::Contains("already has a profile called \"Robin\""));
    CHECK(DatabaseSnapshot::of(database.connection()) == before);

    DiaryArchiveImporter(database).import(DiaryArchiveJson::parse(text, QStringLiteral("robin.json")),
                                          QStringLiteral("Robin (copy)"));
    DiaryArchive copy = DiaryArchiveReader(database).readProfile(QStringLiteral("Robin (copy)"));
    copy.profiles[0].name = QStringLiteral("Robin");
    CHECK(copy.profiles[0] == robin.profiles[0]);
}

TEST_CASE("A backup with a problem names the file, line and field, and imports nothing", "[archive]")
{
    TemporaryFolder folder;
    Database source = Database::open(folder.file(QStringLiteral("source.sqlite")));
    DemoDiaryWriter(source).write({QStringLiteral("Alex"), 20, 3, QDate(2026, 2, 20)});
    const QByteArray good = DiaryArchiveJson::write(DiaryArchiveReader(source).readDatabase());
    const auto lineOf = [&](const QByteArray& needle) {
        const qsizetype at = good.indexOf(needle);
        REQUIRE(at >= 0);
        return good.left(at).count('\n') + 1;
    };

    struct Case {
        const char* what;
        QByteArray text;
        QString expected;
    };
    const qsizetype secondDay = good.indexOf("\"date\": \"2026-02-02\"");
    REQUIRE(secondDay > 0);
    QByteArray duplicateDay = good;
    duplicateDay.replace("\"date\": \"2026-02-02\"", "\"date\": \"2026-02-01\"");
    QByteArray impossibleDate = good;
    impossibleDate.replace("\"date\": \"2026-02-03\"", "\"date\": \"2026-02-30\"");
    QByteArray negativeDose = good;
    negativeDose.replace(
        good.mid(good.indexOf("\"dose_ug\":"),
                 good.indexOf('\n', good.indexOf("\"dose_ug\":")) - good.indexOf("\"dose_ug\":")),
        "\"dose_ug\": -500,");
    QByteArray newer = good;
    newer.replace("\"format_version\": 1", "\"format_version\": 2");
    QByteArray wrongType = good;
    wrongType.replace("\"status\": \"taken\"", "\"status\": 1");
    QByteArray duplicateKey = good;
    duplicateKey.replace("\"scope\": \"database\"", "\"scope\": \"database\", \"scope\": \"profile\"");

    const std::vector<Case> cases = {
        {"duplicate day", duplicateDay,
         QStringLiteral("backup.json:%1: profiles[0].days[1]: date: 2026-02-01 appears twice")
             .arg(lineOf("\"date\": \"2026-02-02\""))},
        {"impossible date", impossibleDate,
         QStringLiteral("backup.json:%1: profiles[0].days[2]: date").arg(lineOf("\"date\": \"2026-02-03\""))},
        {"negative dose", negativeDose, QStringLiteral("dose_ug: a dose cannot be negative (got -500)")},
        {"newer format", newer,
         QStringLiteral("backup.json:3: format_version: the backup was written by a newer")},
        {"wrong type", wrongType, QStringLiteral("status: must be a string (got a number)")},
        {"duplicate key", duplicateKey, QStringLiteral("backup.json:4: the key \"scope\" appears twice")},
        {"truncated", good.left(good.size() / 2), QStringLiteral("not valid JSON")},
        {"empty", QByteArray(), QStringLiteral("backup.json:1: the file is empty")},
        {"not a backup", QByteArray("{\"format\": \"ldn-evidence-pack\"}"),
         QStringLiteral("backup.json:1: format: this is not an LDN Tracker backup")},
        {"deep nesting", QByteArray(100000, '[') + QByteArray(100000, ']'),
         QStringLiteral("backup.json:1: objects and arrays are nested more than")},
    };

    Database target = Database::open(folder.file(QStringLiteral("target.sqlite")));
    ProfileRepository(target).add(QStringLiteral("Kim"));
    const DatabaseSnapshot before = DatabaseSnapshot::of(target.connection());
    for (const Case& bad : cases) {
        INFO(bad.what);
        const QString path = folder.file(QStringLiteral("backup.json"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bad.text);
        file.close();
        try {
            DiaryArchiveImporter(target).importFile(path);
            FAIL("the import was accepted");
        } catch (const InputError& error) {
            CHECK_THAT(error.message().toStdString(), Catch::Contains(bad.expected.toStdString()));
        }
        CHECK(DatabaseSnapshot::of(target.connection()) == before);
    }
}

TEST_CASE("A JSON backup becomes a private database that opens read-only for review", "[archive][review]")
{
    TemporaryFolder folder;
    Database source = Database::open(folder.file(QStringLiteral("source.sqlite")));
    DemoDiaryWriter(source).write({QStringLiteral("Alex"), 30, 3, QDate(2026, 2, 20)});
    const DiaryArchive archive = DiaryArchiveReader(source).readProfile(QStringLiteral("Alex"));
    const QString backup = folder.file(QStringLiteral("alex.json"));
    {
        QFile file(backup);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(DiaryArchiveJson::write(archive));
    }
    QDir(folder.path()).mkdir(QStringLiteral("review"));
    const QString copy = BackupReviewCopy::create(backup, folder.file(QStringLiteral("review")));
    Database review = Database::open(copy, Database::Access::ReadOnly);
    CHECK(review.isReadOnly());
    CHECK(DiaryArchiveReader(review).readProfile(QStringLiteral("Alex")).profiles == archive.profiles);
    CHECK_THROWS(ProfileRepository(review).add(QStringLiteral("Intruder")));

    QFile broken(folder.file(QStringLiteral("broken.json")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"ldn-tracker-backup\",");
    broken.close();
    CHECK_THROWS_AS(BackupReviewCopy::create(broken.fileName(), folder.file(QStringLiteral("review"))),
                    InputError);
    CHECK(QDir(folder.file(QStringLiteral("review")))
              .entryList({QStringLiteral("*.sqlite")}, QDir::Files)
              .size() == 1);
}
