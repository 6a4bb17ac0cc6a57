#include "core/trial/SealedAllocation.h"
#include "core/trial/TrialArm.h"
#include "core/trial/UnblindingCode.h"
#include "storage/db/Connection.h"
#include "storage/db/Statement.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace ldn;
using namespace ldn::test;

// A blinded trial (issue 19) through the built ldn-tracker-cli binary on a real diary: started
// from the stable dose of a demo diary, its allocation sealed in the database file, never shown
// by `trial show`, and every refusal leaving the diary as it was.

namespace {

class BlindedDiary {
public:
    BlindedDiary()
        : m_path(m_folder.file(QStringLiteral("diary.sqlite")))
    {
        // 90 days of a demo diary ending today, at a stable 4.5 mg for its last weeks.
        REQUIRE(run({QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("Sam"),
                     QStringLiteral("--days"), QStringLiteral("90"), QStringLiteral("--seed"),
                     QStringLiteral("5")})
                    .exitCode == 0);
    }

    ProcessResult run(const QStringList& arguments)
    {
        return runProgram(builtProgram(QStringLiteral("ldn-tracker-cli")),
                          QStringList{QStringLiteral("--db"), m_path} + arguments);
    }

    ProcessResult trial(const QString& action, const QStringList& extra = {})
    {
        return run(
            QStringList{QStringLiteral("trial"), action, QStringLiteral("--profile"), QStringLiteral("Sam")} +
            extra);
    }

    // `trial start --blinded` for pain with these design options.
    ProcessResult startBlinded(const QStringList& design)
    {
        return trial(QStringLiteral("start"), QStringList{QStringLiteral("--outcome"), QStringLiteral("pain"),
                                                          QStringLiteral("--blinded")} +
                                                  design);
    }

    DatabaseSnapshot snapshot()
    {
        Connection connection(m_path, Connection::Mode::ReadOnly);
        return DatabaseSnapshot::of(connection);
    }

    // The stored row as it is, read with plain SQL: what an accidental look would see.
    SealedAllocation storedSeal()
    {
        Connection connection(m_path, Connection::Mode::ReadOnly);
        Statement select =
            connection.prepare("SELECT sealed_allocation, seal_key FROM trial WHERE kind = 'blinded'");
        REQUIRE(select.step());
        return SealedAllocation{select.text(0), select.text(1)};
    }

    QByteArray fileBytes()
    {
        QFile file(m_path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    QString path() const { return m_path; }

private:
    TemporaryFolder m_folder;
    QString m_path;
};

QString daysFromToday(int days)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}

const QStringList kDesign{QStringLiteral("--pairs"),        QStringLiteral("4"),
                          QStringLiteral("--period-days"),  QStringLiteral("10"),
                          QStringLiteral("--washout-days"), QStringLiteral("3"),
                          QStringLiteral("--ldn-dose"),     QStringLiteral("4.5"),
                          QStringLiteral("--review-weeks"), QStringLiteral("2")};

} // namespace

TEST_CASE("trial start --blinded seals the allocation; trial show lists periods and never an arm",
          "[cli][trial][blinded]")
{
    BlindedDiary diary;
    const ProcessResult started = diary.startBlinded(kDesign);
    INFO(started.err.toStdString());
    REQUIRE(started.exitCode == 0);
    CHECK(started.out.contains(QStringLiteral("Started a blinded trial of LDN for Sam")));
    // K = 4: the smallest possible p-value, explained in words.
    CHECK(started.out.contains(QStringLiteral("smallest possible p-value is 0.125")));
    CHECK(started.out.contains(QStringLiteral("Use 5 or more pairs")));

    const ProcessResult shown = diary.trial(QStringLiteral("show"), {QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    const nlohmann::json json = nlohmann::json::parse(shown.out.toStdString());
    CHECK(json["kind"] == "blinded");
    const nlohmann::json& blinded = json["blinded"];
    CHECK(blinded["sealed"] == true);
    CHECK(blinded["pairs"] == 4);
    CHECK(blinded["ldn_dose_mg"] == 4.5);
    CHECK(blinded["position"] == "period 1 of 8");
    CHECK(blinded["smallest_possible_p"] == 0.125);
    const nlohmann::json& periods = blinded["periods"];
    REQUIRE(periods.size() == 8);
    for (std::size_t i = 0; i < periods.size(); ++i) {
        INFO(periods[i].dump());
        CHECK(periods[i].size() == 3); // index, start, end: no arm
        CHECK(periods[i]["index"] == i + 1);
        CHECK(periods[i]["start"] == daysFromToday(static_cast<int>(10 * i)).toStdString());
        CHECK(periods[i]["end"] == daysFromToday(static_cast<int>(10 * i + 9)).toStdString());
    }
    // The review counts from the end of the last period (day 80) plus the review weeks.
    CHECK(json["review_on"] == daysFromToday(79 + 14).toStdString());
    CHECK_FALSE(shown.out.contains(QStringLiteral("\"arm\"")));
    CHECK_FALSE(shown.out.contains(QStringLiteral("placebo\"")));

    const ProcessResult words = diary.trial(QStringLiteral("show"));
    REQUIRE(words.exitCode == 0);
    CHECK(words.out.contains(QStringLiteral("Now: Period 1 of 8")));
    CHECK(words.out.contains(
        QStringLiteral("period 8 of 8 (pair 4): %1 to %2").arg(daysFromToday(70), daysFromToday(79))));
    CHECK(words.out.contains(QStringLiteral("accidental look")));

    // A glance at the database file shows neither the arms nor the code.
    const SealedAllocation::Contents contents = diary.storedSeal().open();
    REQUIRE(contents.allocation.pairs() == 4);
    const QByteArray file = diary.fileBytes();
    CHECK_FALSE(file.contains(contents.code.text().toUtf8()));
    CHECK_FALSE(file.contains(contents.code.text().remove(QLatin1Char('-')).toUtf8()));
    CHECK_FALSE(
        file.contains((QLatin1Char(';') + contents.allocation.toLetters() + QLatin1Char(';')).toUtf8()));

    // Before unblinding there is no verdict; ending early keeps the seal.
    const ProcessResult verdict = diary.trial(QStringLiteral("verdict"), {QStringLiteral("--json")});
    CHECK(verdict.exitCode == 2);
    CHECK(verdict.err.contains(QStringLiteral("still blinded")));
    REQUIRE(diary.trial(QStringLiteral("stop"), {QStringLiteral("--reason"), QStringLiteral("a flare")})
                .exitCode == 0);
    const ProcessResult afterStop = diary.trial(QStringLiteral("show"), {QStringLiteral("--json")});
    const nlohmann::json stopped = nlohmann::json::parse(afterStop.out.toStdString());
    CHECK(stopped["blinded"]["sealed"] == true);
    CHECK(stopped["stopped_on"] == daysFromToday(0).toStdString());
    CHECK_FALSE(afterStop.out.contains(QStringLiteral("\"arm\"")));
    CHECK(diary.storedSeal().open().allocation == contents.allocation);
    CHECK(diary.trial(QStringLiteral("verdict"), {QStringLiteral("--json")}).exitCode == 2);
}

TEST_CASE("trial start --blinded refuses what the issue refuses, says why and changes nothing",
          "[cli][trial][blinded]")
{
    BlindedDiary diary;
    // An open trial in the past that ends 20 days ago: a blinded one starting then overlaps.
    REQUIRE(diary
                .trial(QStringLiteral("start"), {QStringLiteral("--outcome"), QStringLiteral("fatigue"),
                                                 QStringLiteral("--baseline-days"), QStringLiteral("0"),
                                                 QStringLiteral("--review-weeks"), QStringLiteral("1"),
                                                 QStringLiteral("--start"), daysFromToday(-30)})
                .exitCode == 0);
    const DatabaseSnapshot before = diary.snapshot();

    struct Refusal {
        QStringList design;
        int exitCode;
        QString says;
    };
    const std::vector<Refusal> refusals{
        // The diary shows 4.5 mg, not 3 mg, on its last 14 logged days.
        {{QStringLiteral("--ldn-dose"), QStringLiteral("3")}, 2, QStringLiteral("ldn-dose")},
        // Too few logged days before a start 80 days ago.
        {{QStringLiteral("--ldn-dose"), QStringLiteral("4.5"), QStringLiteral("--start"), daysFromToday(-85)},
         2,
         QStringLiteral("ldn-dose")},
        {{QStringLiteral("--ldn-dose"), QStringLiteral("4.5"), QStringLiteral("--pairs"),
          QStringLiteral("1")},
         2,
         QStringLiteral("pairs")},
        {{QStringLiteral("--ldn-dose"), QStringLiteral("4.5"), QStringLiteral("--period-days"),
          QStringLiteral("9"), QStringLiteral("--washout-days"), QStringLiteral("7")},
         2,
         QStringLiteral("period-days")},
        {{QStringLiteral("--ldn-dose"), QStringLiteral("4.5"), QStringLiteral("--start"), daysFromToday(-25)},
         2,
         QStringLiteral("start")},
        {{QStringLiteral("--pairs"), QStringLiteral("4")}, 1, QStringLiteral("--ldn-dose MG is required")},
        {{QStringLiteral("--ldn-dose"), QStringLiteral("4.5"), QStringLiteral("--baseline-days"),
          QStringLiteral("14")},
         1,
         QStringLiteral("no baseline")},
    };
    for (const Refusal& refusal : refusals) {
        INFO(refusal.design.join(QLatin1Char(' ')).toStdString());
        const ProcessResult result = diary.startBlinded(refusal.design);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == refusal.exitCode);
        CHECK(result.err.contains(refusal.says));
    }
    // Without the development switch (a patient's machine), a blinded trial cannot start until a
    // day can be logged as a trial capsule.
    const ProcessResult unfinished =
        runProgram(builtProgram(QStringLiteral("ldn-tracker-cli")),
                   {QStringLiteral("--db"), diary.path(), QStringLiteral("trial"), QStringLiteral("start"),
                    QStringLiteral("--profile"), QStringLiteral("Sam"), QStringLiteral("--outcome"),
                    QStringLiteral("pain"), QStringLiteral("--blinded"), QStringLiteral("--ldn-dose"),
                    QStringLiteral("4.5")},
                   {QStringLiteral("LDN_TRACKER_UNFINISHED_BLINDED_TRIAL=")});
    CHECK(unfinished.exitCode == 2);
    CHECK(unfinished.err.contains(QStringLiteral("blinded trials are not available yet")));
    CHECK(diary.snapshot() == before);

    // The design options without --blinded would silently start an open trial: refused.
    const ProcessResult notBlinded =
        diary.trial(QStringLiteral("start"),
                    {QStringLiteral("--outcome"), QStringLiteral("pain"), QStringLiteral("--pairs"),
                     QStringLiteral("5"), QStringLiteral("--start"), daysFromToday(200)});
    CHECK(notBlinded.exitCode == 1);
    CHECK(notBlinded.err.contains(QStringLiteral("add --blinded")));
    CHECK(diary.snapshot() == before);

    // An opioid on the medicine list: no trial.
    REQUIRE(diary
                .run({QStringLiteral("med"), QStringLiteral("add"), QStringLiteral("--profile"),
                      QStringLiteral("Sam"), QStringLiteral("--name"), QStringLiteral("Tramadol"),
                      QStringLiteral("--started"), daysFromToday(-400)})
                .exitCode == 0);
    const DatabaseSnapshot withOpioid = diary.snapshot();
    const ProcessResult opioid = diary.startBlinded({QStringLiteral("--ldn-dose"), QStringLiteral("4.5")});
    CHECK(opioid.exitCode == 2);
    CHECK(opioid.err.contains(QStringLiteral("Tramadol is an opioid")));
    CHECK(diary.snapshot() == withOpioid);
}

TEST_CASE("trial pharmacy-sheet writes the arms, dose, capsules and code as JSON and a one-page PDF, "
          "again and again",
          "[cli][trial][blinded]")
{
    BlindedDiary diary;
    REQUIRE(diary.startBlinded(kDesign).exitCode == 0);
    const SealedAllocation::Contents sealed = diary.storedSeal().open();
    TemporaryFolder folder;

    const QString json = folder.file(QStringLiteral("sheet.json"));
    const ProcessResult written =
        diary.trial(QStringLiteral("pharmacy-sheet"), {QStringLiteral("--out"), json});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.contains(QStringLiteral("not to Sam")));
    // Owner-only, like every file with health data.
    const QFileDevice::Permissions others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    CHECK((QFile(json).permissions() & others) == QFileDevice::Permissions());
    QFile jsonFile(json);
    REQUIRE(jsonFile.open(QIODevice::ReadOnly));
    const nlohmann::json sheet = nlohmann::json::parse(jsonFile.readAll().toStdString());
    CHECK(sheet["code"] == sealed.code.text().toStdString());
    CHECK(sheet["ldn_dose_mg"] == 4.5);
    CHECK(sheet["capsules_per_period"] == 10);
    const nlohmann::json& periods = sheet["periods"];
    REQUIRE(periods.size() == 8);
    for (std::size_t i = 0; i < periods.size(); ++i) {
        CHECK(periods[i]["index"] == i + 1);
        CHECK(periods[i]["start"] == daysFromToday(static_cast<int>(10 * i)).toStdString());
        CHECK(periods[i]["end"] == daysFromToday(static_cast<int>(10 * i + 9)).toStdString());
        const std::string arm = armKey(sealed.allocation.armOfPeriod(static_cast<int>(i) + 1)).toStdString();
        CHECK(periods[i]["arm"] == arm);
    }
    // Each pair: one LDN period and one placebo period.
    for (std::size_t pair = 0; pair < 4; ++pair) {
        CHECK(periods[2 * pair]["arm"] != periods[2 * pair + 1]["arm"]);
    }

    const QString pdf = folder.file(QStringLiteral("sheet.pdf"));
    REQUIRE(diary.trial(QStringLiteral("pharmacy-sheet"), {QStringLiteral("--out"), pdf}).exitCode == 0);
    const ProcessResult info = runProgram(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    const ProcessResult text =
        runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(sealed.code.text()));
    CHECK(text.out.contains(QStringLiteral("naltrexone 4.5 mg in each capsule")));
    CHECK(text.out.contains(QStringLiteral("10 per period (one a day), 80 in all")));
    // Every period's row with its dates and what fills its capsules.
    for (int index = 1; index <= 8; ++index) {
        const bool ldn = sealed.allocation.armOfPeriod(index) == TrialArm::Ldn;
        const QRegularExpression row(
            QStringLiteral("\\n\\s*%1\\s+%2\\s+%3\\s+%4\\s+10\\s+%5")
                .arg(index)
                .arg((index + 1) / 2)
                .arg(daysFromToday(10 * (index - 1)), daysFromToday(10 * index - 1),
                     ldn ? QStringLiteral("LDN 4\\.5 mg") : QStringLiteral("Placebo")));
        INFO(index);
        CHECK(text.out.contains(row));
    }

    // Printed again: the same sheet; and the patient's own view still shows no arm.
    const QString again = folder.file(QStringLiteral("again.json"));
    REQUIRE(diary.trial(QStringLiteral("pharmacy-sheet"), {QStringLiteral("--out"), again}).exitCode == 0);
    QFile againFile(again);
    REQUIRE(againFile.open(QIODevice::ReadOnly));
    CHECK(nlohmann::json::parse(againFile.readAll().toStdString()) == sheet);
    CHECK_FALSE(diary.trial(QStringLiteral("show"), {QStringLiteral("--json")})
                    .out.contains(QStringLiteral("\"arm\"")));

    const ProcessResult badName = diary.trial(
        QStringLiteral("pharmacy-sheet"), {QStringLiteral("--out"), folder.file(QStringLiteral("x.txt"))});
    CHECK(badName.exitCode == 2);
    CHECK(badName.err.contains(QStringLiteral(".pdf or .json")));
}

TEST_CASE("An open trial has no pharmacy sheet", "[cli][trial][blinded]")
{
    BlindedDiary diary;
    REQUIRE(diary
                .trial(QStringLiteral("start"), {QStringLiteral("--outcome"), QStringLiteral("pain"),
                                                 QStringLiteral("--start"), daysFromToday(10)})
                .exitCode == 0);
    TemporaryFolder folder;
    const QString json = folder.file(QStringLiteral("sheet.json"));
    const ProcessResult refused =
        diary.trial(QStringLiteral("pharmacy-sheet"), {QStringLiteral("--out"), json});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("only a blinded trial has a pharmacy sheet")));
    CHECK_FALSE(QFile::exists(json));
}

TEST_CASE("trial unblind: a wrong code changes nothing; the right one unblinds and the verdict follows",
          "[cli][trial][blinded]")
{
    BlindedDiary diary;
    // A trial entered after the fact: 2 pairs of 8 days from 35 days ago, at the demo's stable
    // 4.5 mg; its periods end 4 days ago and the demo diary has pain and fatigue scores in them.
    const ProcessResult started =
        diary.trial(QStringLiteral("start"),
                    {QStringLiteral("--outcome"), QStringLiteral("pain"), QStringLiteral("--outcome"),
                     QStringLiteral("fatigue"), QStringLiteral("--blinded"), QStringLiteral("--pairs"),
                     QStringLiteral("2"), QStringLiteral("--period-days"), QStringLiteral("8"),
                     QStringLiteral("--washout-days"), QStringLiteral("3"), QStringLiteral("--ldn-dose"),
                     QStringLiteral("4.5"), QStringLiteral("--start"), daysFromToday(-35)});
    INFO(started.err.toStdString());
    REQUIRE(started.exitCode == 0);
    const UnblindingCode code = diary.storedSeal().open().code;

    const QByteArray before = diary.fileBytes();
    const DatabaseSnapshot snapshot = diary.snapshot();
    for (const QString& wrong : {QStringLiteral("ACDE-FGHJ-KMNP"), QStringLiteral("nonsense"), QString()}) {
        if (code.matches(wrong)) {
            continue; // one chance in 24^12
        }
        const ProcessResult refused =
            diary.trial(QStringLiteral("unblind"), {QStringLiteral("--code"), wrong});
        INFO(wrong.toStdString());
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("nothing was changed")));
        // Byte for byte the same file.
        CHECK(diary.fileBytes() == before);
        CHECK(diary.snapshot() == snapshot);
    }
    CHECK(diary.trial(QStringLiteral("verdict"), {QStringLiteral("--json")}).exitCode == 2);

    // Typed in lower case with spaces: still the code.
    const QString typed = code.text().toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
    const ProcessResult unblinded = diary.trial(QStringLiteral("unblind"), {QStringLiteral("--code"), typed});
    INFO(unblinded.err.toStdString());
    REQUIRE(unblinded.exitCode == 0);
    CHECK(unblinded.out.contains(QStringLiteral("Unblinded the trial of Sam")));
    const nlohmann::json shown = nlohmann::json::parse(
        diary.trial(QStringLiteral("show"), {QStringLiteral("--json")}).out.toStdString());
    CHECK(shown["blinded"]["sealed"] == false);
    CHECK(shown["blinded"]["unblinded_on"] == daysFromToday(0).toStdString());

    const ProcessResult verdict = diary.trial(QStringLiteral("verdict"), {QStringLiteral("--json")});
    INFO(verdict.err.toStdString());
    REQUIRE(verdict.exitCode == 0);
    const nlohmann::json json = nlohmann::json::parse(verdict.out.toStdString());
    CHECK(json["kind"] == "blinded");
    for (const char* name : {"pain", "fatigue"}) {
        INFO(name);
        const nlohmann::json& outcome = json["outcomes"][name];
        REQUIRE(outcome.is_object());
        CHECK(outcome["pairs"] == 2);
        CHECK(outcome["difference"].is_number());
        REQUIRE(outcome["ci95_hac"].is_array());
        CHECK(outcome["ci95_hac"].size() == 2);
        // With 2 pairs the exact randomization test can give only 0.5 or 1.
        CHECK((outcome["randomization_p"] == 0.5 || outcome["randomization_p"] == 1.0));
        CHECK(outcome["meets_mid"].is_boolean());
        const std::string words = outcome["verdict"].get<std::string>();
        CHECK_FALSE(words.empty());
        CHECK(words.find("e+") == std::string::npos); // "100 of 100", never "1e+02 of 100"
    }

    const ProcessResult again =
        diary.trial(QStringLiteral("unblind"), {QStringLiteral("--code"), code.text()});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("already unblinded")));
}
