#include "CliRun.h"
#include "cli/CommandLineTool.h"
#include "storage/db/Database.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QTextStream>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace ldn;
using ldn::test::DatabaseSnapshot;
using ldn::test::TemporaryFolder;

namespace {

using Outcome = ldn::test::CliRun;

class Diary {
public:
    Diary()
        : m_path(m_folder.file(QStringLiteral("diary.sqlite")))
    {
        REQUIRE(run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Alex")}).code == 0);
    }

    Outcome run(const QStringList& arguments) { return Outcome::on(m_path, arguments); }

    Outcome log(const QStringList& extra)
    {
        return run(QStringList{QStringLiteral("log"), QStringLiteral("--profile"), QStringLiteral("Alex")} +
                   extra);
    }

    DatabaseSnapshot snapshot()
    {
        Database database = Database::open(m_path);
        return DatabaseSnapshot::of(database.connection());
    }

    void enterDosesInMicrograms()
    {
        Database database = Database::open(m_path);
        ProfileRepository profiles(database);
        Profile preferences = profiles.require(QStringLiteral("Alex"), {});
        preferences.doseUnit = Dose::Unit::Micrograms;
        profiles.setPreferences(preferences.id, preferences);
    }

    std::vector<DiaryEntry> entries()
    {
        Database database = Database::open(m_path);
        return DiaryRepository(database).entries(
            ProfileRepository(database).require(QStringLiteral("Alex"), {}).id);
    }

private:
    TemporaryFolder m_folder;
    QString m_path;
};

} // namespace

TEST_CASE("log records a whole day and logging it again replaces it", "[cli][log]")
{
    Diary diary;
    const Outcome logged = diary.log({QStringLiteral("--date"),        QStringLiteral("2026-03-02"),
                                      QStringLiteral("--dose"),        QStringLiteral("1.5"),
                                      QStringLiteral("--time"),        QStringLiteral("22:15"),
                                      QStringLiteral("--formulation"), QStringLiteral("Liquid"),
                                      QStringLiteral("--score"),       QStringLiteral("pain=7"),
                                      QStringLiteral("--score"),       QStringLiteral("brain fog=5"),
                                      QStringLiteral("--side-effect"), QStringLiteral("vivid dreams=2"),
                                      QStringLiteral("--event"),       QStringLiteral("infection"),
                                      QStringLiteral("--note"),        QStringLiteral("first night"),
                                      QStringLiteral("--pharmacy"),    QStringLiteral("Dickson"),
                                      QStringLiteral("--batch"),       QStringLiteral("B12")});
    REQUIRE(logged.code == 0);
    CHECK(logged.out == QStringLiteral("Logged 2026-03-02 for Alex: 1.5 mg at 22:15 (liquid).\n"));
    std::vector<DiaryEntry> entries = diary.entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].dose.micrograms() == 1500);
    CHECK(entries[0].timeTaken == QTime(22, 15));
    CHECK(entries[0].formulation == Formulation::Liquid);
    CHECK(entries[0].symptomScores.at(QStringLiteral("brain fog")) == 5);
    CHECK(entries[0].sideEffects.at(QStringLiteral("vivid dreams")) == 2);
    CHECK(entries[0].events == QStringList{QStringLiteral("infection")});
    CHECK(entries[0].pharmacy == QStringLiteral("Dickson"));

    REQUIRE(diary.log({QStringLiteral("--date"), QStringLiteral("2026-03-02"), QStringLiteral("--missed")})
                .code == 0);
    REQUIRE(diary
                .log({QStringLiteral("--date"), QStringLiteral("2026-03-03"), QStringLiteral("--dose"),
                      QStringLiteral("0")})
                .code == 0);
    entries = diary.entries();
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].status == DoseStatus::Missed);
    CHECK(entries[0].symptomScores.empty());
    CHECK(entries[1].status == DoseStatus::Taken);
    CHECK(entries[1].dose.isZero());
}

TEST_CASE("log refuses bad input with exit 2, saying where, and writes nothing", "[cli][log]")
{
    Diary diary;
    REQUIRE(diary
                .log({QStringLiteral("--date"), QStringLiteral("2026-03-01"), QStringLiteral("--dose"),
                      QStringLiteral("1.5")})
                .code == 0);
    const DatabaseSnapshot before = diary.snapshot();
    const auto refused = [&](QStringList extra, const QString& message) {
        INFO(extra.join(QLatin1Char(' ')).toStdString());
        const Outcome outcome = diary.log(extra);
        CHECK(outcome.code == 2);
        CHECK(outcome.err.contains(message));
    };
    const QString date = QStringLiteral("2026-03-02");
    refused({QStringLiteral("--date"), date, QStringLiteral("--dose"), QStringLiteral("45")},
            QStringLiteral("--dose: 45 mg is outside the usual LDN range"));
    refused({QStringLiteral("--date"), date, QStringLiteral("--dose"), QStringLiteral("0.05")},
            QStringLiteral("--confirm-dose"));
    refused({QStringLiteral("--date"), date, QStringLiteral("--dose"), QStringLiteral("-1")},
            QStringLiteral("--dose: a dose cannot be negative"));
    refused({QStringLiteral("--date"), date, QStringLiteral("--dose"), QStringLiteral("four")},
            QStringLiteral("--dose: \"four\" is not a dose in mg"));
    refused({QStringLiteral("--date"), QStringLiteral("2025-02-30"), QStringLiteral("--dose"),
             QStringLiteral("1")},
            QStringLiteral("--date: 2025-02-30 is not a day in the calendar"));
    refused({QStringLiteral("--date"), QStringLiteral("2999-01-01"), QStringLiteral("--dose"),
             QStringLiteral("1")},
            QStringLiteral("is in the future"));
    refused({QStringLiteral("--date"), date, QStringLiteral("--dose"), QStringLiteral("1"),
             QStringLiteral("--time"), QStringLiteral("25:00")},
            QStringLiteral("--time: \"25:00\" is not a time"));
    refused({QStringLiteral("--date"), date, QStringLiteral("--dose"), QStringLiteral("1"),
             QStringLiteral("--score"), QStringLiteral("pain=11")},
            QStringLiteral("--score pain: \"11\" is not a whole number from 0 to 10"));
    refused({QStringLiteral("--date"), date, QStringLiteral("--dose"), QStringLiteral("1"),
             QStringLiteral("--score"), QStringLiteral("itching=3")},
            QStringLiteral("\"itching\" is not one of this profile's symptoms"));
    refused({QStringLiteral("--date"), date, QStringLiteral("--dose"), QStringLiteral("1"),
             QStringLiteral("--side-effect"), QStringLiteral("nausea=4")},
            QStringLiteral("--side-effect nausea: \"4\" is not a whole number from 0 to 3"));
    refused({QStringLiteral("--date"), date, QStringLiteral("--dose"), QStringLiteral("1"),
             QStringLiteral("--formulation"), QStringLiteral("injection")},
            QStringLiteral("\"injection\" is not one of capsule, liquid"));
    refused({QStringLiteral("--date"), date, QStringLiteral("--missed"), QStringLiteral("--time"),
             QStringLiteral("22:00")},
            QStringLiteral("a missed dose has no time"));
    CHECK(diary.snapshot() == before);

    CHECK(diary.log({QStringLiteral("--date"), date}).code == 1);
    CHECK(diary
              .log({QStringLiteral("--date"), date, QStringLiteral("--dose"), QStringLiteral("1"),
                    QStringLiteral("--missed")})
              .code == 1);
    CHECK(
        diary.run({QStringLiteral("log"), QStringLiteral("--date"), date, QStringLiteral("--missed")}).code ==
        1);
    CHECK(diary
              .run({QStringLiteral("log"), QStringLiteral("--profile"), QStringLiteral("Nobody"),
                    QStringLiteral("--date"), date, QStringLiteral("--missed")})
              .code == 2);
    CHECK(diary.snapshot() == before);

    const Outcome confirmed = diary.log({QStringLiteral("--date"), date, QStringLiteral("--dose"),
                                         QStringLiteral("12"), QStringLiteral("--confirm-dose")});
    CHECK(confirmed.code == 0);
    CHECK(diary.entries().back().dose.micrograms() == 12000);
}

TEST_CASE("log --dose takes units, and a bare number that reads as micrograms is refused unless confirmed",
          "[cli][log][micrograms]")
{
    Diary diary;
    const std::vector<std::pair<QString, std::int64_t>> typed{{QStringLiteral("500mcg"), 500},
                                                              {QStringLiteral("500 \u00b5g"), 500},
                                                              {QStringLiteral("0.5mg"), 500},
                                                              {QStringLiteral("1.5 mg"), 1500},
                                                              {QStringLiteral("4.5"), 4500}};
    for (const auto& [text, micrograms] : typed) {
        INFO(text.toStdString());
        const Outcome logged = diary.log(
            {QStringLiteral("--date"), QStringLiteral("2026-03-02"), QStringLiteral("--dose"), text});
        CHECK(logged.code == 0);
        REQUIRE(diary.entries().size() == 1);
        CHECK(diary.entries().front().dose == Dose::fromMicrograms(micrograms));
    }

    const DatabaseSnapshot before = diary.snapshot();
    const Outcome refused = diary.log({QStringLiteral("--date"), QStringLiteral("2026-03-03"),
                                       QStringLiteral("--dose"), QStringLiteral("500")});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(
        QStringLiteral("--dose: 500 reads as 500 mg, far above the usual LDN range of 0.1 to 10 mg; did you "
                       "mean 0.5 mg (500 "
                       "micrograms)? write --dose 500mcg, or repeat with --confirm-dose to record 500 mg")));
    // 5000 would be 5 mg in micrograms, and is no possible dose in milligrams: the reading comes first.
    const Outcome fiveThousand = diary.log({QStringLiteral("--date"), QStringLiteral("2026-03-03"),
                                            QStringLiteral("--dose"), QStringLiteral("5000")});
    CHECK(fiveThousand.code == 2);
    CHECK(fiveThousand.err.contains(
        QStringLiteral("did you mean 5 mg (5000 micrograms)? write --dose 5000mcg")));
    CHECK(diary.snapshot() == before);

    const Outcome confirmed =
        diary.log({QStringLiteral("--date"), QStringLiteral("2026-03-03"), QStringLiteral("--dose"),
                   QStringLiteral("500"), QStringLiteral("--confirm-dose")});
    CHECK(confirmed.code == 0);
    CHECK(diary.entries().back().dose == Dose::fromMicrograms(500'000));
}

TEST_CASE("log reads a bare --dose in micrograms for a profile that enters doses in them",
          "[cli][log][micrograms]")
{
    Diary diary;
    diary.enterDosesInMicrograms();
    const Outcome logged = diary.log({QStringLiteral("--date"), QStringLiteral("2026-03-02"),
                                      QStringLiteral("--dose"), QStringLiteral("500")});
    CHECK(logged.code == 0);
    CHECK(logged.out.contains(QStringLiteral(": 500 micrograms.")));
    CHECK(diary.entries().front().dose == Dose::fromMicrograms(500));
    CHECK(diary
              .log({QStringLiteral("--date"), QStringLiteral("2026-03-03"), QStringLiteral("--dose"),
                    QStringLiteral("1.5mg")})
              .code == 0);
    CHECK(diary.entries().back().dose == Dose::fromMicrograms(1500));
    const Outcome fraction = diary.log({QStringLiteral("--date"), QStringLiteral("2026-03-04"),
                                        QStringLiteral("--dose"), QStringLiteral("0.5")});
    CHECK(fraction.code == 2);
    CHECK(fraction.err.contains(QStringLiteral("--dose: 0.5 is more precise than a microgram")));
}

TEST_CASE("plan set, show and adjustments keep the history and the deviations", "[cli][plan]")
{
    Diary diary;
    const QDate start = QDate::currentDate().addDays(-30);
    const QString startText = start.toString(Qt::ISODate);
    REQUIRE(diary
                .run({QStringLiteral("plan"), QStringLiteral("set"), QStringLiteral("--profile"),
                      QStringLiteral("Alex"), QStringLiteral("--template"), QStringLiteral("sensitive"),
                      QStringLiteral("--start"), startText})
                .code == 0);
    REQUIRE(diary.log({QStringLiteral("--date"), startText, QStringLiteral("--dose"), QStringLiteral("0.5")})
                .code == 0);
    REQUIRE(diary
                .log({QStringLiteral("--date"), start.addDays(1).toString(Qt::ISODate),
                      QStringLiteral("--missed")})
                .code == 0);
    REQUIRE(diary
                .log({QStringLiteral("--date"), start.addDays(2).toString(Qt::ISODate),
                      QStringLiteral("--dose"), QStringLiteral("1")})
                .code == 0);
    REQUIRE(
        diary
            .run({QStringLiteral("plan"), QStringLiteral("hold"), QStringLiteral("--profile"),
                  QStringLiteral("Alex"), QStringLiteral("--date"), start.addDays(20).toString(Qt::ISODate),
                  QStringLiteral("--reason"), QStringLiteral("headaches")})
            .code == 0);

    const Outcome shown =
        diary.run({QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("--profile"),
                   QStringLiteral("Alex"), QStringLiteral("--json")});
    REQUIRE(shown.code == 0);
    const nlohmann::json plan = nlohmann::json::parse(shown.out.toStdString());
    CHECK(plan["template"] == "sensitive");
    CHECK(plan["start_mg"] == 0.5);
    CHECK(plan["planned_mg"] == 1.0); // one step (day 14) before the hold on day 20
    CHECK(plan["on_hold"] == true);
    CHECK(plan["next_step"].is_null());
    REQUIRE(plan["adjustments"].size() == 1);
    CHECK(plan["adjustments"][0]["kind"] == "hold");
    CHECK(plan["adjustments"][0]["reason"] == "headaches");
    REQUIRE(plan["deviations"].size() == 2);
    CHECK(plan["deviations"][0]["missed"] == true);
    CHECK(plan["deviations"][1]["taken_mg"] == 1.0);
    CHECK(plan["deviations"][1]["planned_mg"] == 0.5);

    const Outcome text = diary.run({QStringLiteral("plan"), QStringLiteral("show"),
                                    QStringLiteral("--profile"), QStringLiteral("Alex")});
    CHECK(text.out.contains(QStringLiteral("1 mg planned (on hold)")));
    CHECK(text.out.contains(QStringLiteral("Days that differed from the plan: 2")));

    const Outcome tooHigh =
        diary.run({QStringLiteral("plan"), QStringLiteral("set-dose"), QStringLiteral("--profile"),
                   QStringLiteral("Alex"), QStringLiteral("--dose"), QStringLiteral("8")});
    CHECK(tooHigh.code == 2);
    CHECK(tooHigh.err.contains(QStringLiteral("above the plan's maximum of 6 mg")));

    const Outcome badPlan = diary.run(
        {QStringLiteral("plan"), QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("Alex"),
         QStringLiteral("--template"), QStringLiteral("custom"), QStringLiteral("--start-dose"),
         QStringLiteral("3"), QStringLiteral("--target"), QStringLiteral("1")});
    CHECK(badPlan.code == 2);
    CHECK(badPlan.err.contains(QStringLiteral("target: the target (1 mg) is below the start dose (3 mg)")));
}

TEST_CASE("med flags opioids prominently and cautions others", "[cli][med]")
{
    Diary diary;
    const Outcome opioid =
        diary.run({QStringLiteral("med"), QStringLiteral("add"), QStringLiteral("--profile"),
                   QStringLiteral("Alex"), QStringLiteral("--name"), QStringLiteral("Tramadol")});
    CHECK(opioid.code == 0);
    CHECK(opioid.out.contains(QStringLiteral("!! WARNING (opioid): Do not take LDN with opioid medicines")));
    REQUIRE(diary
                .run({QStringLiteral("med"), QStringLiteral("add"), QStringLiteral("--profile"),
                      QStringLiteral("Alex"), QStringLiteral("--name"), QStringLiteral("Vitamin D")})
                .code == 0);
    const Outcome listed =
        diary.run({QStringLiteral("med"), QStringLiteral("list"), QStringLiteral("--profile"),
                   QStringLiteral("Alex"), QStringLiteral("--json")});
    const nlohmann::json medications = nlohmann::json::parse(listed.out.toStdString());
    REQUIRE(medications.size() == 2);
    CHECK(medications[0]["name"] == "Tramadol");
    CHECK(medications[0]["warning_level"] == "do-not-combine");
    CHECK(medications[1]["warning_level"] == "none");
}

TEST_CASE("med stop keeps a medicine listed as stopped and refuses what it cannot record", "[cli][med]")
{
    Diary diary;
    const auto med = [&](const QStringList& arguments) {
        return diary.run(QStringList{QStringLiteral("med")} + arguments +
                         QStringList{QStringLiteral("--profile"), QStringLiteral("Alex")});
    };
    REQUIRE(med({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Tramadol"),
                 QStringLiteral("--started"), QStringLiteral("2026-01-05")})
                .code == 0);
    const QDate today = QDate::currentDate();
    const QString threeDaysAgo = today.addDays(-3).toString(Qt::ISODate);

    const DatabaseSnapshot before = diary.snapshot();
    const Outcome future = med({QStringLiteral("stop"), QStringLiteral("--name"), QStringLiteral("Tramadol"),
                                QStringLiteral("--date"), today.addDays(1).toString(Qt::ISODate)});
    CHECK(future.code == 2);
    CHECK(future.err.contains(QStringLiteral("--date")));
    const Outcome unknown =
        med({QStringLiteral("stop"), QStringLiteral("--name"), QStringLiteral("Aspirin")});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("no medicine called \"Aspirin\"")));
    CHECK(diary.snapshot() == before);

    const Outcome stopped = med({QStringLiteral("stop"), QStringLiteral("--name"), QStringLiteral("tramadol"),
                                 QStringLiteral("--date"), threeDaysAgo});
    CHECK(stopped.code == 0);
    CHECK(stopped.out.contains(QStringLiteral("Marked Tramadol as stopped on %1").arg(threeDaysAgo)));
    // An opioid stopped three days ago still bears on taking LDN.
    CHECK(stopped.out.contains(QStringLiteral("!! WARNING (opioid): Tramadol, an opioid, was stopped on")));
    CHECK(stopped.out.contains(QStringLiteral("(3 days ago)")));

    const Outcome again = med({QStringLiteral("stop"), QStringLiteral("--name"), QStringLiteral("Tramadol")});
    CHECK(again.code == 2);
    CHECK(again.err.contains(QStringLiteral("already stopped on %1").arg(threeDaysAgo)));

    const Outcome listed = med({QStringLiteral("list"), QStringLiteral("--json")});
    const nlohmann::json medications = nlohmann::json::parse(listed.out.toStdString());
    REQUIRE(medications.size() == 1);
    CHECK(medications[0]["started_on"] == "2026-01-05");
    CHECK(medications[0]["stopped_on"] == threeDaysAgo.toStdString());
    const Outcome text = med({QStringLiteral("list")});
    CHECK(text.out.contains(QStringLiteral("Tramadol, stopped %1").arg(threeDaysAgo)));
}

TEST_CASE("analyze --json gives the same numbers as the domain analysis", "[cli][analyze]")
{
    Diary diary;
    REQUIRE(diary
                .run({QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("Demo"),
                      QStringLiteral("--days"), QStringLiteral("120"), QStringLiteral("--seed"),
                      QStringLiteral("4")})
                .code == 0);
    const Outcome analysed =
        diary.run({QStringLiteral("analyze"), QStringLiteral("--profile"), QStringLiteral("Demo"),
                   QStringLiteral("--window"), QStringLiteral("10"), QStringLiteral("--json")});
    REQUIRE(analysed.code == 0);
    const nlohmann::json json = nlohmann::json::parse(analysed.out.toStdString());
    CHECK(json["window_days"] == 10);
    CHECK(json["settle_days"] == 3);
    CHECK(json["adherence"]["days_in_range"] == 120);
    CHECK(json["baseline"]["days"] == 12);
    REQUIRE(json["steps"].size() == 3);
    CHECK(json["steps"][0]["from_mg"] == 0.0);
    CHECK(json["steps"][0]["to_mg"] == 1.5);
    CHECK(json["steps"][2]["to_mg"] == 4.5);
    CHECK(json["dose_levels"].size() == 3);
    // Welch's interval stays beside the Newey-West one; each step has the new keys.
    for (const char* key : {"ci95", "ci95_hac", "lag1_autocorrelation", "before_trend", "reason"}) {
        INFO(key);
        CHECK(json["steps"][1]["symptoms"]["pain"].contains(key));
    }
    CHECK(json["first_ldn_dose"].is_string());
    CHECK(json["overall"]["pain"]["baseline"]["n"] == 12);
    CHECK(json["overall"]["pain"]["verdict"].is_string());

    // A later --from: the baseline before LDN still comes from the weeks before the first dose.
    const Outcome later =
        diary.run({QStringLiteral("analyze"), QStringLiteral("--profile"), QStringLiteral("Demo"),
                   QStringLiteral("--from"), QDate::currentDate().addDays(-30).toString(Qt::ISODate),
                   QStringLiteral("--json")});
    REQUIRE(later.code == 0);
    const nlohmann::json laterJson = nlohmann::json::parse(later.out.toStdString());
    CHECK(laterJson["baseline"]["days"] == 0); // the per-dose baseline is of the range only
    CHECK(laterJson["overall"]["pain"]["baseline"] == json["overall"]["pain"]["baseline"]);
    CHECK(laterJson["first_ldn_dose"] == json["first_ldn_dose"]);
    // Dates that end before the first dose: no comparison, and the reason says so.
    const Outcome early =
        diary.run({QStringLiteral("analyze"), QStringLiteral("--profile"), QStringLiteral("Demo"),
                   QStringLiteral("--to"), QString::fromStdString(json["from"].get<std::string>()),
                   QStringLiteral("--json")});
    REQUIRE(early.code == 0);
    const nlohmann::json earlyJson = nlohmann::json::parse(early.out.toStdString());
    CHECK(earlyJson["first_ldn_dose"] == json["first_ldn_dose"]);
    CHECK(earlyJson["overall"]["pain"]["reason"] == "the dates end before the first dose of LDN");

    const Outcome text =
        diary.run({QStringLiteral("analyze"), QStringLiteral("--profile"), QStringLiteral("Demo")});
    CHECK(text.out.contains(QStringLiteral("not a trial")));
    CHECK(text.out.contains(QStringLiteral("95% Newey-West interval")));
    CHECK(text.out.contains(QStringLiteral("Baseline before LDN against the last 28 days")));

    CHECK(diary
              .run({QStringLiteral("analyze"), QStringLiteral("--profile"), QStringLiteral("Demo"),
                    QStringLiteral("--window"), QStringLiteral("0")})
              .code == 2);
    CHECK(diary
              .run({QStringLiteral("analyze"), QStringLiteral("--profile"), QStringLiteral("Demo"),
                    QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
                    QStringLiteral("2026-04-01")})
              .code == 2);
}
