#include "core/analysis/AutocorrelatedDifference.h"
#include "core/analysis/BeforeTrend.h"
#include "core/analysis/FlareAtStart.h"
#include "core/analysis/LagOneAutocorrelation.h"
#include "core/analysis/NeweyWestInterval.h"
#include "core/analysis/SimpleRegression.h"
#include "core/trial/RandomizationTest.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QTextStream>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>

using namespace ldn;
using ldn::test::runProgram;
using ldn::test::TemporaryFolder;

// The statistics of issue 18 against R, the oracle: R (r-base-core with r-cran-sandwich, from
// Debian) computes what docs/formats.md defines, independently of the C++ code, in one process
// (tests/oracle/analysis-oracle.R). First the building blocks on generated AR(1) series and edge
// cases, to 1e-6; then `ldn-tracker-cli analyze --json` end to end on a logged diary, to 0.01.

namespace {

constexpr double kStatisticsTolerance = 1e-6;
constexpr double kAnalyzeTolerance = 0.01;

// One before/after comparison: scores in date order, the before ones with their days (for the
// trend).
struct Case {
    QString description;
    std::vector<double> before;
    std::vector<double> after;
    std::vector<QDate> beforeDays;
};

// An AR(1) series xₜ = φ xₜ₋₁ + εₜ around `level`, with a shift of `shift` after `split` values.
Case autoregressive(std::mt19937_64& random, int n, int split, double phi, double level, double shift,
                    bool roundToScores)
{
    std::normal_distribution<double> noise(0.0, 1.0);
    std::uniform_int_distribution<int> gap(0, 5);
    Case series;
    series.description = QStringLiteral("AR(1) n=%1 split=%2 phi=%3%4")
                             .arg(n)
                             .arg(split)
                             .arg(phi)
                             .arg(roundToScores ? QStringLiteral(" scores") : QString());
    double state = noise(random);
    QDate day(2025, 1, 1);
    for (int t = 0; t < n; ++t) {
        state = phi * state + noise(random);
        double value = level + state + (t >= split ? shift : 0.0);
        if (roundToScores) {
            value = std::clamp(std::round(value), 0.0, 10.0);
        }
        if (t < split) {
            series.before.push_back(value);
            series.beforeDays.push_back(day);
        } else {
            series.after.push_back(value);
        }
        // Unlogged days leave gaps in the calendar: the trend is on day numbers, not positions.
        day = day.addDays(gap(random) == 0 ? 2 : 1);
    }
    return series;
}

Case fixed(const QString& description, std::vector<double> before, std::vector<double> after)
{
    Case series{description, std::move(before), std::move(after), {}};
    for (std::size_t t = 0; t < series.before.size(); ++t) {
        series.beforeDays.push_back(QDate(2025, 3, 1).addDays(static_cast<qint64>(t)));
    }
    return series;
}

std::vector<Case> oracleCases()
{
    std::mt19937_64 random(18);
    std::vector<Case> cases;
    // Every n where the lag changes (27/28, 99/100, 272/273) and others, various strengths of
    // autocorrelation, negative ones too.
    const std::vector<double> phis{0.0, 0.4, 0.8, -0.3};
    const std::vector<int> lengths{8, 9, 12, 20, 26, 27, 28, 29, 40, 56, 99, 100, 101, 150, 272, 273};
    for (std::size_t index = 0; index < lengths.size(); ++index) {
        const int n = lengths[index];
        cases.push_back(
            autoregressive(random, n, std::max(3, n / 3), phis[index % phis.size()], 5.0, -1.2, false));
    }
    // Diary-like whole scores 0-10: many ties.
    cases.push_back(autoregressive(random, 28, 14, 0.6, 6.0, -1.5, true));
    cases.push_back(autoregressive(random, 42, 14, 0.7, 3.0, 2.0, true));
    cases.push_back(autoregressive(random, 56, 28, 0.5, 9.0, 0.0, true));
    // A side with exactly 3 values.
    cases.push_back(autoregressive(random, 8, 3, 0.5, 5.0, 1.0, false));
    cases.push_back(autoregressive(random, 33, 3, 0.5, 5.0, 1.0, true));
    cases.push_back(autoregressive(random, 13, 10, 0.5, 5.0, 1.0, false));
    // Too few in all (7): R still computes the interval; the analysis gives none.
    cases.push_back(autoregressive(random, 7, 3, 0.3, 5.0, 1.0, false));
    // Constant series, and each side constant on its own: no residual, no interval.
    cases.push_back(
        fixed(QStringLiteral("constant"), std::vector<double>(6, 5.0), std::vector<double>(6, 5.0)));
    cases.push_back(fixed(QStringLiteral("each side constant"), std::vector<double>(5, 7.0),
                          std::vector<double>(9, 4.0)));
    // Ties, and a "before" run on an exact line (its trend has no interval).
    cases.push_back(fixed(QStringLiteral("ties"), {5, 5, 6, 5, 5, 6, 5, 5}, {4, 4, 4, 5, 4, 4, 4, 3, 4}));
    cases.push_back(fixed(QStringLiteral("line before"), {2, 3, 4, 5}, {5, 6, 5, 7, 6}));
    cases.push_back(fixed(QStringLiteral("one odd day"), {6, 6, 6, 6, 6, 6, 9}, {6, 6, 6, 6, 6, 6, 6}));
    return cases;
}

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

void writeFile(const QString& path, const QString& text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

QString casesCsv(const std::vector<Case>& cases)
{
    QString text = QStringLiteral("case,side,day,value\n");
    for (std::size_t id = 0; id < cases.size(); ++id) {
        for (std::size_t t = 0; t < cases[id].before.size(); ++t) {
            text += QStringLiteral("%1,before,%2,%3\n")
                        .arg(id)
                        .arg(cases[id].beforeDays[t].toJulianDay())
                        .arg(number(cases[id].before[t]));
        }
        for (const double value : cases[id].after) {
            text += QStringLiteral("%1,after,0,%2\n").arg(id).arg(number(value));
        }
    }
    return text;
}

// A diary as a person keeps it in a spreadsheet: 60 days at 0 mg that end in a flare, then
// 1.5, 3 and 4.5 mg, a step down to 3 mg and back up; missed and unlogged days; pain and sleep
// quality drift (AR(1)), fatigue is flat for long stretches; brain fog and mood are never scored.
const QDate kDiaryStart(2024, 1, 1);
constexpr int kDiaryDays = 250;

QString diaryCsv()
{
    std::mt19937_64 random(1818);
    std::normal_distribution<double> noise(0.0, 0.8);
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    QString text = QStringLiteral("date,dose_mg,missed,pain,sleep quality,fatigue\n");
    double pain = 0.0;
    double sleep = 0.0;
    for (int day = 0; day < kDiaryDays; ++day) {
        pain = 0.6 * pain + noise(random);
        sleep = 0.5 * sleep + noise(random);
        // Not logged; the first day and the days around the first dose always are.
        if (chance(random) < 0.05 && day > 0 && (day < 58 || day > 61)) {
            continue;
        }
        QString dose;
        if (day < 60) {
            dose = QStringLiteral("0");
        } else if (day < 82) {
            dose = QStringLiteral("1.5");
        } else if (day < 104 || (day >= 171 && day < 191)) {
            dose = QStringLiteral("3");
        } else {
            dose = QStringLiteral("4.5");
        }
        const bool missed = day > 61 && chance(random) < 0.04;
        const double flare = day >= 46 && day < 60 ? 1.5 : 0.0;
        const double benefit = day < 60 ? 0.0 : std::min(2.0, (day - 60) / 40.0);
        const auto score = [](double value) {
            return QString::number(static_cast<int>(std::clamp(std::round(value), 0.0, 10.0)));
        };
        const QString fatigue =
            chance(random) < 0.1 ? QString() : (day < 120 ? QStringLiteral("6") : QStringLiteral("5"));
        text += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                    .arg(kDiaryStart.addDays(day).toString(Qt::ISODate), missed ? QString() : dose,
                         missed ? QStringLiteral("yes") : QStringLiteral("no"),
                         score(6.5 + flare - benefit + pain), score(3.5 + benefit + sleep), fatigue);
    }
    return text;
}

// The ranges analysed: the whole diary; a later stretch whose --from lies after the first dose
// (the baseline comes from before it); a short one that starts at 0 mg and ends 16 days into LDN.
struct Range {
    QString label;
    QDate from;
    QDate to;
};

const std::vector<Range>& ranges()
{
    static const std::vector<Range> kRanges{
        {QStringLiteral("all"), QDate(), QDate()},
        {QStringLiteral("late"), kDiaryStart.addDays(100), kDiaryStart.addDays(200)},
        {QStringLiteral("short"), kDiaryStart.addDays(40), kDiaryStart.addDays(75)},
    };
    return kRanges;
}

// Pair differences (LDN − placebo) of blinded trials for the randomization test (issue 19):
// hand-made ones with ties, zeros and mixed signs, and random ones of 2 to 12 pairs.
std::vector<std::vector<double>> pairSets()
{
    std::vector<std::vector<double>> sets{
        {1, 1, 1, 1},
        {-2, -2, -2, 1},
        {3, -1, 1},
        {0.3, -0.1, -0.2, 0.6},
        {0, 0, 0},
        {-1.25, 0.5},
        {0.1, 0.2, -0.1},
        {-1.5, -0.75, -2, -1.25, 0.25},
        {2, -2, 2, -2, 2, -2},
        {-0.4, -0.9, -1.1, -0.2, -0.6, -1.3, -0.8, 0.1},
    };
    std::mt19937_64 random(19);
    std::normal_distribution<double> difference(-0.8, 1.0);
    for (int pairs = 2; pairs <= 12; ++pairs) {
        std::vector<double> set;
        for (int pair = 0; pair < pairs; ++pair) {
            // Means of 14 whole-number scores, as a trial gives them (ties are likely).
            set.push_back(std::round(difference(random) * 14.0) / 14.0);
        }
        sets.push_back(set);
    }
    return sets;
}

QString pairsCsv(const std::vector<std::vector<double>>& sets)
{
    QString text = QStringLiteral("set,difference\n");
    for (std::size_t id = 0; id < sets.size(); ++id) {
        for (const double value : sets[id]) {
            text += QStringLiteral("%1,%2\n").arg(id).arg(number(value));
        }
    }
    return text;
}

// What R wrote: group -> key -> value.
using OracleValues = std::map<QString, std::map<QString, double>>;

struct OracleRun {
    std::vector<Case> cases;
    std::vector<std::vector<double>> pairSets;
    OracleValues r;
    std::map<QString, nlohmann::json> analyzed; // by range label
};

QStringList cli(const QString& database, const QStringList& arguments)
{
    return QStringList{QStringLiteral("--db"), database} + arguments;
}

// Runs the CLI and R once for all the tests of this file.
const OracleRun& oracle()
{
    static const OracleRun run = [] {
        OracleRun result;
        TemporaryFolder folder;
        result.cases = oracleCases();
        const QString casesPath = folder.file(QStringLiteral("cases.csv"));
        const QString diaryPath = folder.file(QStringLiteral("diary.csv"));
        const QString rangesPath = folder.file(QStringLiteral("ranges.csv"));
        const QString pairsPath = folder.file(QStringLiteral("pairs.csv"));
        const QString outPath = folder.file(QStringLiteral("r.csv"));
        result.pairSets = pairSets();
        writeFile(pairsPath, pairsCsv(result.pairSets));
        writeFile(casesPath, casesCsv(result.cases));
        writeFile(diaryPath, diaryCsv());
        QString rangesText = QStringLiteral("label,from,to\n");
        for (const Range& range : ranges()) {
            rangesText +=
                QStringLiteral("%1,%2,%3\n")
                    .arg(range.label, range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate));
        }
        writeFile(rangesPath, rangesText);

        // The app's side: a real diary database, imported from the same spreadsheet.
        const QString program = ldn::test::builtProgram(QStringLiteral("ldn-tracker-cli"));
        const QString database = folder.file(QStringLiteral("diary.sqlite"));
        const ldn::test::ProcessResult added = runProgram(
            program,
            cli(database, {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Oracle")}));
        REQUIRE(added.exitCode == 0);
        const ldn::test::ProcessResult imported =
            runProgram(program, cli(database, {QStringLiteral("import"), diaryPath,
                                               QStringLiteral("--profile"), QStringLiteral("Oracle")}));
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        for (const Range& range : ranges()) {
            QStringList arguments{QStringLiteral("analyze"), QStringLiteral("--profile"),
                                  QStringLiteral("Oracle"), QStringLiteral("--json")};
            if (range.from.isValid()) {
                arguments << QStringLiteral("--from") << range.from.toString(Qt::ISODate)
                          << QStringLiteral("--to") << range.to.toString(Qt::ISODate);
            }
            const ldn::test::ProcessResult analysed = runProgram(program, cli(database, arguments));
            REQUIRE(analysed.exitCode == 0);
            result.analyzed[range.label] = nlohmann::json::parse(analysed.out.toStdString());
        }

        // R's side, in one process.
        const ldn::test::ProcessResult r = runProgram(
            QStringLiteral("Rscript"), {QStringLiteral(LDN_SOURCE_DIR "/tests/oracle/analysis-oracle.R"),
                                        casesPath, diaryPath, rangesPath, pairsPath, outPath});
        INFO("Rscript: " << r.err.toStdString()
                         << " (scripts/quickstart test installs r-base-core and r-cran-sandwich)");
        REQUIRE(r.exitCode == 0);
        QFile out(outPath);
        REQUIRE(out.open(QIODevice::ReadOnly));
        QTextStream stream(&out);
        stream.readLine(); // header
        while (!stream.atEnd()) {
            const QStringList cells = stream.readLine().split(QLatin1Char(','));
            REQUIRE(cells.size() == 3);
            const auto unquote = [](QString cell) { return cell.remove(QLatin1Char('"')); };
            bool ok = false;
            const double value = unquote(cells[2]).toDouble(&ok);
            REQUIRE(ok);
            result.r[unquote(cells[0])][unquote(cells[1])] = value;
        }
        return result;
    }();
    return run;
}

std::optional<double> valueOf(const OracleValues& values, const QString& group, const QString& key)
{
    const auto found = values.find(group);
    if (found == values.end()) {
        return std::nullopt;
    }
    const auto value = found->second.find(key);
    return value == found->second.end() ? std::nullopt : std::optional<double>(value->second);
}

double required(const OracleValues& values, const QString& group, const QString& key)
{
    const std::optional<double> value = valueOf(values, group, key);
    INFO(group.toStdString() << " " << key.toStdString());
    REQUIRE(value.has_value());
    return *value;
}

Approx near(double expected, double tolerance)
{
    return Approx(expected).margin(tolerance).epsilon(0.0);
}

// A JSON number equals R's value, or is null exactly where R has none.
void checkNumber(const nlohmann::json& actual, const OracleValues& values, const QString& group,
                 const QString& key)
{
    INFO(group.toStdString() << " " << key.toStdString());
    const std::optional<double> expected = valueOf(values, group, key);
    if (!expected) {
        CHECK(actual.is_null());
        return;
    }
    REQUIRE(actual.is_number());
    CHECK(actual.get<double>() == near(*expected, kAnalyzeTolerance));
}

void checkPair(const nlohmann::json& actual, const OracleValues& values, const QString& group,
               const QString& low, const QString& high)
{
    INFO(group.toStdString() << " " << low.toStdString());
    const std::optional<double> expectedLow = valueOf(values, group, low);
    if (!expectedLow) {
        CHECK(actual.is_null());
        return;
    }
    REQUIRE(actual.is_array());
    CHECK(actual[0].get<double>() == near(*expectedLow, kAnalyzeTolerance));
    CHECK(actual[1].get<double>() == near(required(values, group, high), kAnalyzeTolerance));
}

void checkTrend(const nlohmann::json& actual, const OracleValues& values, const QString& group)
{
    INFO(group.toStdString() << " before_trend");
    const std::optional<double> slope = valueOf(values, group, QStringLiteral("trend_slope"));
    if (!slope) {
        CHECK(actual.is_null());
        return;
    }
    REQUIRE(actual.is_object());
    CHECK(actual["points_per_week"].get<double>() == near(*slope, kAnalyzeTolerance));
    const double low = required(values, group, QStringLiteral("trend_low"));
    const double high = required(values, group, QStringLiteral("trend_high"));
    CHECK(actual["ci95"][0].get<double>() == near(low, kAnalyzeTolerance));
    CHECK(actual["ci95"][1].get<double>() == near(high, kAnalyzeTolerance));
    CHECK(actual["flagged"].get<bool>() == (low > 0 || high < 0));
}

} // namespace

TEST_CASE("The Newey-West interval, lag-1 autocorrelation, trend and quartiles agree with R to 1e-6",
          "[oracle][statistics]")
{
    const OracleRun& run = oracle();
    int intervals = 0;
    int trends = 0;
    for (std::size_t id = 0; id < run.cases.size(); ++id) {
        const Case& series = run.cases[id];
        const QString group = QStringLiteral("case:%1").arg(id);
        INFO(series.description.toStdString() << " (" << group.toStdString() << ")");
        const int n = static_cast<int>(series.before.size() + series.after.size());

        std::vector<double> indicator(series.before.size(), 0.0);
        indicator.resize(static_cast<std::size_t>(n), 1.0);
        std::vector<double> y = series.before;
        y.insert(y.end(), series.after.begin(), series.after.end());
        const SimpleRegression fit = SimpleRegression::fit(indicator, y);
        REQUIRE(fit.isValid());
        CHECK(NeweyWestInterval::lagFor(n) ==
              static_cast<int>(required(run.r, group, QStringLiteral("lag"))));
        CHECK(fit.slope() ==
              near(required(run.r, group, QStringLiteral("difference")), kStatisticsTolerance));
        const bool exact = required(run.r, group, QStringLiteral("exact_fit")) != 0.0;
        CHECK(fit.isExactFit() == exact);

        const AutocorrelatedDifference difference = AutocorrelatedDifference::of(series.before, series.after);
        const bool enoughDays = series.before.size() >= 3 && series.after.size() >= 3 && n >= 8;
        if (exact || !enoughDays) {
            CHECK_FALSE(difference.interval);
            CHECK_FALSE(difference.lagOneAutocorrelation);
            REQUIRE(difference.gap);
            CHECK(*difference.gap == (enoughDays ? EstimateGap::NoVariation : EstimateGap::TooFewInAll));
        }
        if (!exact) {
            // The building blocks themselves, also where the analysis would give no interval.
            const std::optional<NeweyWestInterval> interval = NeweyWestInterval::forSlope(fit);
            REQUIRE(interval);
            CHECK(interval->low == near(required(run.r, group, QStringLiteral("low")), kStatisticsTolerance));
            CHECK(interval->high ==
                  near(required(run.r, group, QStringLiteral("high")), kStatisticsTolerance));
            CHECK(*LagOneAutocorrelation::of(fit.residuals()) ==
                  near(required(run.r, group, QStringLiteral("r1")), kStatisticsTolerance));
            if (enoughDays) {
                REQUIRE(difference.interval);
                CHECK(difference.interval->low == near(interval->low, 1e-12));
                CHECK(difference.interval->high == near(interval->high, 1e-12));
                CHECK(difference.lagOneAutocorrelation ==
                      near(*LagOneAutocorrelation::of(fit.residuals()), 1e-12));
                ++intervals;
            }
        }

        const std::optional<BeforeTrend> trend = BeforeTrend::of(series.beforeDays, series.before);
        const std::optional<double> trendExact = valueOf(run.r, group, QStringLiteral("trend_exact_fit"));
        if (!trendExact || *trendExact != 0.0) {
            CHECK_FALSE(trend);
        } else {
            REQUIRE(trend);
            CHECK(trend->pointsPerWeek ==
                  near(required(run.r, group, QStringLiteral("trend_slope")), kStatisticsTolerance));
            CHECK(trend->low ==
                  near(required(run.r, group, QStringLiteral("trend_low")), kStatisticsTolerance));
            CHECK(trend->high ==
                  near(required(run.r, group, QStringLiteral("trend_high")), kStatisticsTolerance));
            ++trends;
        }
        CHECK(FlareAtStart::quantile(series.before, 0.25) ==
              near(required(run.r, group, QStringLiteral("q25")), kStatisticsTolerance));
        CHECK(FlareAtStart::quantile(series.before, 0.75) ==
              near(required(run.r, group, QStringLiteral("q75")), kStatisticsTolerance));
    }
    // The comparisons above really ran (not every case skipped as an edge case).
    CHECK(intervals >= 20);
    CHECK(trends >= 20);
}

TEST_CASE("analyze --json on a logged diary agrees with R to 0.01", "[oracle][analyze]")
{
    const OracleRun& run = oracle();
    int compared = 0;
    for (const Range& range : ranges()) {
        const nlohmann::json& json = run.analyzed.at(range.label);
        INFO("range " << range.label.toStdString());
        CHECK(json["first_ldn_dose"] == kDiaryStart.addDays(60).toString(Qt::ISODate).toStdString());

        // The same changes of dose as R finds.
        std::set<QString> rSteps;
        const QString stepPrefix = QStringLiteral("step:%1:").arg(range.label);
        for (const auto& [group, values] : run.r) {
            if (group.startsWith(stepPrefix)) {
                rSteps.insert(group.mid(stepPrefix.size()).section(QLatin1Char(':'), 0, 0));
            }
        }
        std::set<QString> jsonSteps;
        for (const nlohmann::json& step : json["steps"]) {
            jsonSteps.insert(QString::fromStdString(step["date"].get<std::string>()));
        }
        CHECK(jsonSteps == rSteps);
        CHECK_FALSE(jsonSteps.empty());

        for (const nlohmann::json& step : json["steps"]) {
            for (const auto& [name, change] : step["symptoms"].items()) {
                const QString group = stepPrefix + QString::fromStdString(step["date"].get<std::string>()) +
                                      QLatin1Char(':') + QString::fromStdString(name);
                if (!run.r.count(group)) {
                    // A symptom with no column in the spreadsheet: never scored.
                    CHECK(change["n_before"] == 0);
                    CHECK(change["ci95_hac"].is_null());
                    CHECK(change["reason"].is_string());
                    continue;
                }
                CHECK(change["n_before"].get<double>() == required(run.r, group, QStringLiteral("n_before")));
                CHECK(change["n_after"].get<double>() == required(run.r, group, QStringLiteral("n_after")));
                checkNumber(change["difference"], run.r, group, QStringLiteral("difference"));
                checkPair(change["ci95_hac"], run.r, group, QStringLiteral("low"), QStringLiteral("high"));
                checkNumber(change["lag1_autocorrelation"], run.r, group, QStringLiteral("r1"));
                checkTrend(change["before_trend"], run.r, group);
                CHECK(change["reason"].is_null() ==
                      (change["ci95_hac"].is_array() && change["before_trend"].is_object()));
                ++compared;
            }
        }

        for (const auto& [name, overall] : json["overall"].items()) {
            const QString group =
                QStringLiteral("overall:%1:%2").arg(range.label, QString::fromStdString(name));
            INFO(group.toStdString());
            REQUIRE(overall["baseline"].is_object()); // the diary has 0 mg days before the first dose
            if (!run.r.count(group)) {
                CHECK(overall["baseline"]["n"] == 0);
                CHECK(overall["verdict"].is_null());
                CHECK(overall["reason"].is_string());
                continue;
            }
            CHECK(overall["baseline"]["n"].get<double>() ==
                  required(run.r, group, QStringLiteral("n_before")));
            CHECK(overall["recent"]["n"].get<double>() == required(run.r, group, QStringLiteral("n_after")));
            checkNumber(overall["baseline"]["mean"], run.r, group, QStringLiteral("baseline_mean"));
            checkNumber(overall["recent"]["mean"], run.r, group, QStringLiteral("recent_mean"));
            checkNumber(overall["difference"], run.r, group, QStringLiteral("difference"));
            checkPair(overall["ci95_hac"], run.r, group, QStringLiteral("low"), QStringLiteral("high"));
            checkNumber(overall["lag1_autocorrelation"], run.r, group, QStringLiteral("r1"));
            checkTrend(overall["before_trend"], run.r, group);
            const nlohmann::json& flare = overall["flare_at_start"];
            checkNumber(flare.is_object() ? flare["worst_quarter_limit"] : nlohmann::json(nullptr), run.r,
                        group, QStringLiteral("worst_quarter_limit"));
            const std::optional<double> verdict = valueOf(run.r, group, QStringLiteral("verdict"));
            if (!verdict) {
                CHECK(overall["verdict"].is_null());
            } else {
                CHECK(overall["verdict"] == (*verdict > 0   ? "better"
                                             : *verdict < 0 ? "worse"
                                                            : "no clear change"));
            }
            ++compared;
        }
    }
    CHECK(compared >= 30);

    // The baseline comes from before --from: the later range compares with the same days as the
    // whole diary.
    const nlohmann::json& all = run.analyzed.at(QStringLiteral("all"))["overall"]["pain"]["baseline"];
    const nlohmann::json& late = run.analyzed.at(QStringLiteral("late"))["overall"]["pain"]["baseline"];
    CHECK(late == all);
    // The short range ends 16 days into LDN: "recent" starts at the first dose, not before it.
    CHECK(run.analyzed.at(QStringLiteral("short"))["overall"]["pain"]["recent"]["from"] ==
          kDiaryStart.addDays(60).toString(Qt::ISODate).toStdString());
}

TEST_CASE("The randomization p of a blinded trial agrees with R's count of all 2^K sign flips",
          "[oracle][trial]")
{
    const OracleRun& run = oracle();
    REQUIRE(run.pairSets.size() == 21);
    for (std::size_t id = 0; id < run.pairSets.size(); ++id) {
        const QString group = QStringLiteral("pairs:%1").arg(id);
        INFO(group.toStdString());
        const std::optional<double> p = RandomizationTest::twoSidedP(run.pairSets[id]);
        REQUIRE(p);
        // Both are counts over 2^K: equal, not just close.
        CHECK(*p == near(required(run.r, group, QStringLiteral("p")), 1e-12));
        const double smallest = 2.0 / std::ldexp(1.0, static_cast<int>(run.pairSets[id].size()));
        CHECK(*p >= smallest - 1e-12);
    }
}
