#include "KilledRun.h"
#include "storage/db/Database.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <catch2/catch.hpp>

#include <chrono>
#include <iterator>
#include <map>
#include <random>
#include <vector>

using namespace ldn;
using ldn::test::adjustedKillWindow;
using ldn::test::Outcome;
using ldn::test::runAndMaybeKill;
using ldn::test::TemporaryFolder;

// A write that ldn-tracker-cli reported as saved (exit code 0) must survive a SIGKILL of any later
// write, at any moment, and the file must stay sound. The kills land at random points of start-up,
// opening, the transaction and the commit.

TEST_CASE("Killing log at random moments loses no write that was reported saved", "[reliability][crash]")
{
    constexpr int kKills = 220;
    TemporaryFolder folder;
    const std::string db = folder.file(QStringLiteral("diary.sqlite")).toStdString();
    const std::string cli = ldn::test::builtProgram(QStringLiteral("ldn-tracker-cli")).toStdString();
    {
        Database database = Database::open(QString::fromStdString(db));
        ProfileRepository(database).add(QStringLiteral("Sam"));
    }

    // Calibrate: how long one complete write takes here, so kills spread over its whole life.
    const auto started = std::chrono::steady_clock::now();
    REQUIRE(
        runAndMaybeKill({cli, "--db", db, "log", "--profile", "Sam", "--date", "2020-01-01", "--dose", "1.5"},
                        std::chrono::seconds(30))
            .exitCode == 0);
    const auto oneWrite =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);

    std::mt19937 random(20261122);
    // The kill window starts at 1.2 calibrated writes and follows the machine: under load (a
    // sanitizer build, a busy CI machine) writes slow down, and a fixed window would kill them all.
    long window = static_cast<long>(oneWrite.count() * 12 / 10);
    std::map<QDate, std::pair<int, int>> saved; // date -> dose in tenths of mg, pain score
    saved[QDate(2020, 1, 1)] = {15, -1};
    int kills = 0;
    int completed = 0;
    QDate date(2020, 1, 2);
    for (int attempt = 0; kills < kKills && attempt < kKills * 4; ++attempt) {
        // Rewrites of earlier days are mixed in: a killed rewrite must leave the old version whole.
        const bool rewrite = attempt % 5 == 4 && !saved.empty();
        QDate day = date;
        if (rewrite) {
            auto earlier = saved.begin();
            std::advance(earlier, attempt % static_cast<int>(saved.size()));
            day = earlier->first;
        }
        const int doseTenths = 5 + attempt % 40;
        const int pain = attempt % 11;
        const std::string dose = QString::number(doseTenths / 10.0, 'f', 1).toStdString();
        const Outcome outcome = runAndMaybeKill(
            {cli, "--db", db, "log", "--profile", "Sam", "--date", day.toString(Qt::ISODate).toStdString(),
             "--dose", dose, "--score", "pain=" + std::to_string(pain)},
            std::chrono::microseconds(std::uniform_int_distribution<long>(0, window)(random)));
        if (outcome.finished) {
            REQUIRE(outcome.exitCode == 0);
            saved[day] = {doseTenths, pain};
            ++completed;
        } else {
            ++kills;
            // A killed write may or may not have committed; either whole version is acceptable,
            // so the day's expectation is reset to what the file says below.
            if (!rewrite) {
                saved.erase(day);
            } else {
                saved[day] = {-1, -1};
            }
        }
        if (!rewrite) {
            date = date.addDays(1);
        }
        window = adjustedKillWindow(window, attempt + 1, completed);
    }
    INFO("kills " << kills << ", completed writes " << completed);
    CHECK(kills >= 200);

    Database database = Database::open(QString::fromStdString(db));
    CHECK(database.integrityProblems().isEmpty());
    const std::int64_t profile = ProfileRepository(database).require(QStringLiteral("Sam"), {}).id;
    std::map<QDate, DiaryEntry> stored;
    for (const DiaryEntry& entry : DiaryRepository(database).entries(profile)) {
        stored[entry.date] = entry;
    }
    int checked = 0;
    for (const auto& [day, expected] : saved) {
        INFO(day.toString(Qt::ISODate).toStdString());
        REQUIRE(stored.count(day) == 1);
        if (expected.first < 0) {
            continue; // a killed rewrite of a saved day: the day is still there, old or new
        }
        CHECK(stored[day].dose.micrograms() == expected.first * 100);
        if (expected.second >= 0) {
            CHECK(stored[day].symptomScores.at(QStringLiteral("pain")) == expected.second);
        }
        ++checked;
    }
    CHECK(checked > 10);
    // No day is half-written: every write sent a dose and a pain score together (but the first).
    for (const auto& [day, entry] : stored) {
        INFO(day.toString(Qt::ISODate).toStdString());
        CHECK(entry.status == DoseStatus::Taken);
        if (day != QDate(2020, 1, 1)) {
            CHECK(entry.symptomScores.count(QStringLiteral("pain")) == 1);
        }
    }
}
