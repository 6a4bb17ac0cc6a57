#include "storage/db/Connection.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QDate>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace ldn;
using namespace ldn::test;

// `trial start|show|stop|verdict` run with the built ldn-tracker-cli binary, as a person or a
// script would: exit codes, the JSON keys, and a diary left exactly as it was on every refusal.

namespace {

class TrialDiary {
public:
    TrialDiary()
        : m_path(m_folder.file(QStringLiteral("diary.sqlite")))
    {
        // 90 days of a demo diary ending today, with a baseline at 0 mg.
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

    DatabaseSnapshot snapshot()
    {
        Connection connection(m_path, Connection::Mode::ReadOnly);
        return DatabaseSnapshot::of(connection);
    }

private:
    TemporaryFolder m_folder;
    QString m_path;
};

QString daysAgo(int days)
{
    return QDate::currentDate().addDays(-days).toString(Qt::ISODate);
}

nlohmann::json jsonOf(const ProcessResult& result)
{
    return nlohmann::json::parse(result.out.toStdString());
}

} // namespace

TEST_CASE("trial start, show, verdict and stop for an open trial", "[cli][trial]")
{
    TrialDiary diary;
    const ProcessResult started =
        diary.trial(QStringLiteral("start"),
                    {QStringLiteral("--outcome"), QStringLiteral("pain"), QStringLiteral("--outcome"),
                     QStringLiteral("Fatigue"), QStringLiteral("--mid"), QStringLiteral("1.5"),
                     QStringLiteral("--review-weeks"), QStringLiteral("6"), QStringLiteral("--baseline-days"),
                     QStringLiteral("10"), QStringLiteral("--stop-rule"),
                     QStringLiteral("if I cannot sleep for a week"), QStringLiteral("--start"), daysAgo(80)});
    INFO(started.err.toStdString());
    REQUIRE(started.exitCode == 0);
    CHECK(started.out.contains(QStringLiteral("Started an open trial of LDN for Sam")));

    const ProcessResult shown = diary.trial(QStringLiteral("show"), {QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    const nlohmann::json show = jsonOf(shown);
    CHECK(show["kind"] == "open");
    CHECK(show["start"] == daysAgo(80).toStdString());
    CHECK(show["outcomes"] == nlohmann::json::array({"pain", "fatigue"}));
    CHECK(show["mid"] == 1.5);
    CHECK(show["baseline_days"] == 10);
    CHECK(show["review_weeks"] == 6);
    CHECK(show["stop_rules"] == nlohmann::json::array({"if I cannot sleep for a week"}));
    CHECK(show["stopped_on"].is_null());
    CHECK(show["stopping_rules_met"].is_array());
    CHECK(show.contains("standing"));

    const ProcessResult text = diary.trial(QStringLiteral("show"));
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Smallest change that matters: 1.5 points")));
    CHECK(text.out.contains(QStringLiteral("if I cannot sleep for a week")));

    const ProcessResult judged = diary.trial(QStringLiteral("verdict"), {QStringLiteral("--json")});
    INFO(judged.err.toStdString());
    REQUIRE(judged.exitCode == 0);
    const nlohmann::json verdict = jsonOf(judged);
    CHECK(verdict["kind"] == "open");
    CHECK(verdict["from"] == daysAgo(80).toStdString());
    REQUIRE(verdict["outcomes"].contains("pain"));
    REQUIRE(verdict["outcomes"].contains("fatigue"));
    for (const auto& [name, outcome] : verdict["outcomes"].items()) {
        INFO(name);
        CHECK(outcome.contains("baseline_mean"));
        CHECK(outcome.contains("recent_mean"));
        CHECK((outcome["ci95_hac"].is_null() || outcome["ci95_hac"].size() == 2));
        const std::string answer = outcome["improved_by_mid"];
        CHECK((answer == "yes" || answer == "no" || answer == "can't tell"));
        CHECK(outcome["verdict"].get<std::string>().find("Improved by at least 1.5 points") == 0);
    }
    CHECK(verdict["adherence"]["days_logged"].get<int>() > 0);
    CHECK(verdict["limits"].size() == 3);
    CHECK(verdict["side_effects"].is_array());
    CHECK(verdict["review_on"] == show["review_on"]);

    const ProcessResult stopped = diary.trial(
        QStringLiteral("stop"), {QStringLiteral("--reason"), QStringLiteral("nausea every night")});
    REQUIRE(stopped.exitCode == 0);
    const nlohmann::json after = jsonOf(diary.trial(QStringLiteral("show"), {QStringLiteral("--json")}));
    CHECK(after["stopped_on"] == QDate::currentDate().toString(Qt::ISODate).toStdString());
    CHECK(after["stop_reason"] == "nausea every night");
    // A stopped trial cannot be stopped again.
    CHECK(
        diary.trial(QStringLiteral("stop"), {QStringLiteral("--reason"), QStringLiteral("again")}).exitCode ==
        2);
}

TEST_CASE("trial refuses bad input with exit 2, says where and what, and changes nothing", "[cli][trial]")
{
    TrialDiary diary;
    REQUIRE(diary
                .trial(QStringLiteral("start"),
                       {QStringLiteral("--outcome"), QStringLiteral("pain"), QStringLiteral("--mid"),
                        QStringLiteral("1"), QStringLiteral("--review-weeks"), QStringLiteral("12"),
                        QStringLiteral("--start"), daysAgo(30)})
                .exitCode == 0);
    REQUIRE(diary
                .run({QStringLiteral("med"), QStringLiteral("add"), QStringLiteral("--profile"),
                      QStringLiteral("Sam"), QStringLiteral("--name"), QStringLiteral("Tramadol"),
                      QStringLiteral("--started"), daysAgo(400)})
                .exitCode == 0);
    const DatabaseSnapshot before = diary.snapshot();

    struct Refusal {
        QStringList arguments;
        QString says;
    };
    const QString later = QDate::currentDate().addDays(400).toString(Qt::ISODate);
    const std::vector<Refusal> refusals{
        {{QStringLiteral("--outcome"), QStringLiteral("pain"), QStringLiteral("--blinded"),
          QStringLiteral("--pairs"), QStringLiteral("1"), QStringLiteral("--ldn-dose"), QStringLiteral("4.5"),
          QStringLiteral("--start"), later},
         QStringLiteral("pairs")},
        {{QStringLiteral("--outcome"), QStringLiteral("tinnitus"), QStringLiteral("--start"), later},
         QStringLiteral("tinnitus")},
        {{QStringLiteral("--outcome"), QStringLiteral("pain"), QStringLiteral("--start"), daysAgo(10)},
         QStringLiteral("start")},
        {{QStringLiteral("--outcome"), QStringLiteral("pain"), QStringLiteral("--mid"), QStringLiteral("0"),
          QStringLiteral("--start"), later},
         QStringLiteral("--mid")},
        {{QStringLiteral("--outcome"), QStringLiteral("pain"), QStringLiteral("--review-weeks"),
          QStringLiteral("200"), QStringLiteral("--start"), later},
         QStringLiteral("--review-weeks")},
        {{QStringLiteral("--outcome"), QStringLiteral("pain"), QStringLiteral("--start"),
          QStringLiteral("2026-02-30")},
         QStringLiteral("--start")},
        {{QStringLiteral("--outcome"), QStringLiteral("pain"), QStringLiteral("--outcome"),
          QStringLiteral("fatigue"), QStringLiteral("--outcome"), QStringLiteral("sleep"),
          QStringLiteral("--outcome"), QStringLiteral("mood"), QStringLiteral("--start"), later},
         QStringLiteral("outcome")},
    };
    for (const Refusal& refusal : refusals) {
        INFO(refusal.arguments.join(QLatin1Char(' ')).toStdString());
        const ProcessResult result = diary.trial(QStringLiteral("start"), refusal.arguments);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(refusal.says));
    }
    // The opioid: Tramadol is on Sam's list, so no trial can start while it is taken.
    const ProcessResult opioid =
        diary.trial(QStringLiteral("start"),
                    {QStringLiteral("--outcome"), QStringLiteral("pain"), QStringLiteral("--start"), later});
    CHECK(opioid.exitCode == 2);
    CHECK(opioid.err.contains(QStringLiteral("Tramadol is an opioid")));
    CHECK(diary
              .trial(QStringLiteral("stop"),
                     {QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--date"), daysAgo(31)})
              .exitCode == 2);
    CHECK(diary
              .run({QStringLiteral("trial"), QStringLiteral("show"), QStringLiteral("--profile"),
                    QStringLiteral("Nobody")})
              .exitCode == 2);
    CHECK(diary.trial(QStringLiteral("start")).exitCode == 1); // no --outcome: a usage error
    CHECK(diary.snapshot() == before);
}

TEST_CASE("trial show and verdict without a trial say so with exit 2", "[cli][trial]")
{
    TrialDiary diary;
    const ProcessResult show = diary.trial(QStringLiteral("show"));
    CHECK(show.exitCode == 2);
    CHECK(show.err.contains(QStringLiteral("Sam has no trial")));
    CHECK(diary.trial(QStringLiteral("verdict"), {QStringLiteral("--json")}).exitCode == 2);
}
