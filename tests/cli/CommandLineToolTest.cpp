#include "cli/CommandLineTool.h"

#include "CliRun.h"
#include "storage/db/Database.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "support/TestEnvironment.h"

#include <QTextStream>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace ldn;
using ldn::test::TemporaryFolder;

namespace {

using Outcome = ldn::test::CliRun;

Outcome runTool(const QStringList& arguments)
{
    return Outcome::of(arguments);
}

} // namespace

TEST_CASE("profile add and profile list, as text and as JSON", "[cli]")
{
    TemporaryFolder folder;
    const QString db = folder.file(QStringLiteral("diary.sqlite"));
    Outcome added = runTool({QStringLiteral("--db"), db, QStringLiteral("profile"), QStringLiteral("add"),
                             QStringLiteral("Alex"), QStringLiteral("--condition"), QStringLiteral("ME/CFS"),
                             QStringLiteral("--condition=Long Covid")});
    CHECK(added.code == 0);
    CHECK(added.out == QStringLiteral("Added profile \"Alex\" with ME/CFS, Long Covid.\n"));

    CHECK(runTool({QStringLiteral("--db"), db, QStringLiteral("profile"), QStringLiteral("add"),
                   QStringLiteral("Jo")})
              .code == 0);

    const Outcome text =
        runTool({QStringLiteral("--db"), db, QStringLiteral("profile"), QStringLiteral("list")});
    CHECK(text.code == 0);
    CHECK(text.out == QStringLiteral("Alex (Long Covid, ME/CFS): 0 days logged\nJo: 0 days logged\n"));

    const Outcome json = runTool({QStringLiteral("--db"), db, QStringLiteral("profile"),
                                  QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(json.code == 0);
    const nlohmann::json parsed = nlohmann::json::parse(json.out.toStdString());
    REQUIRE(parsed.size() == 2);
    CHECK(parsed[0]["name"] == "Alex");
    CHECK(parsed[0]["conditions"] == nlohmann::json::array({"Long Covid", "ME/CFS"}));
    CHECK(parsed[0]["logged_days"] == 0);
    CHECK(parsed[1]["name"] == "Jo");
}

TEST_CASE("Usage mistakes exit 1 and name the mistake", "[cli]")
{
    TemporaryFolder folder;
    const QString db = folder.file(QStringLiteral("diary.sqlite"));
    const auto usage = [&](QStringList arguments) {
        arguments.prepend(db);
        arguments.prepend(QStringLiteral("--db"));
        return runTool(arguments);
    };
    Outcome unknownCommand = usage({QStringLiteral("frobnicate")});
    CHECK(unknownCommand.code == 1);
    CHECK(unknownCommand.err.contains(QStringLiteral("unknown command \"frobnicate\"")));

    Outcome unknownOption =
        usage({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--colour")});
    CHECK(unknownOption.code == 1);
    CHECK(unknownOption.err.contains(QStringLiteral("profile list: unknown option --colour")));

    Outcome missingValue = usage({QStringLiteral("demo"), QStringLiteral("--profile")});
    CHECK(missingValue.code == 1);
    CHECK(missingValue.err.contains(QStringLiteral("--profile needs a value")));

    CHECK(usage({QStringLiteral("profile")}).code == 1);
    CHECK(usage({QStringLiteral("profile"), QStringLiteral("add")}).code == 1);
    CHECK(usage({QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("X")}).code == 1);
    CHECK(runTool({}).code == 1);
}

TEST_CASE("demo is reproducible and refuses bad numbers with exit 2 and no change", "[cli][demo]")
{
    TemporaryFolder folder;
    const QString first = folder.file(QStringLiteral("first.sqlite"));
    const QString second = folder.file(QStringLiteral("second.sqlite"));
    for (const QString& db : {first, second}) {
        const Outcome demo =
            runTool({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--profile"),
                     QStringLiteral("Demo"), QStringLiteral("--days"), QStringLiteral("60"),
                     QStringLiteral("--seed"), QStringLiteral("9")});
        REQUIRE(demo.code == 0);
        CHECK(demo.out.startsWith(QStringLiteral("Filled profile \"Demo\" with ")));
    }
    Database a = Database::open(first);
    Database b = Database::open(second);
    const std::int64_t idA = ProfileRepository(a).require(QStringLiteral("Demo"), {}).id;
    const std::int64_t idB = ProfileRepository(b).require(QStringLiteral("Demo"), {}).id;
    const std::vector<DiaryEntry> entriesA = DiaryRepository(a).entries(idA);
    CHECK(entriesA.size() > 50);
    CHECK(entriesA.back().date == QDate::currentDate());
    CHECK(entriesA == DiaryRepository(b).entries(idB));

    const QString fresh = folder.file(QStringLiteral("fresh.sqlite"));
    for (const QString& days : {QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("-3"),
                                QStringLiteral("36501"), QStringLiteral("1.5")}) {
        INFO(days.toStdString());
        const Outcome bad =
            runTool({QStringLiteral("--db"), fresh, QStringLiteral("demo"), QStringLiteral("--profile"),
                     QStringLiteral("New"), QStringLiteral("--days"), days});
        CHECK(bad.code == 2);
        CHECK(bad.err.contains(
            QStringLiteral("--days: \"%1\" is not a whole number from 1 to 36500").arg(days)));
    }
    Database untouched = Database::open(fresh);
    CHECK(ProfileRepository(untouched).list().empty());
}

TEST_CASE("check reports the schema version and a sound database", "[cli]")
{
    TemporaryFolder folder;
    const QString db = folder.file(QStringLiteral("diary.sqlite"));
    const Outcome check = runTool({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(check.code == 0);
    CHECK(check.out.contains(QStringLiteral("Schema version: 3 (latest 3)")));
    CHECK(check.out.contains(QStringLiteral("Integrity: ok")));
}
