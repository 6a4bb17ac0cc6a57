#include "BenchmarkRecorder.h"
#include "MeasuredProcess.h"
#include "core/analysis/AutocorrelatedDifference.h"
#include "core/analysis/BeforeTrend.h"
#include "core/analysis/DoseResponseAnalysis.h"
#include "core/analysis/OverallComparison.h"
#include "gui/chart/ChartPage.h"
#include "gui/chart/SymptomChartView.h"
#include "gui/evidence/EvidencePage.h"
#include "gui/quicklog/QuickLogWindow.h"
#include "gui/window/MainWindow.h"
#include "report/GpReportBuilder.h"
#include "report/GpReportWriter.h"
#include "report/ReportEvidenceReader.h"
#include "services/AppSettings.h"
#include "services/DiarySession.h"
#include "storage/db/DataLocation.h"
#include "storage/db/Database.h"
#include "storage/db/Statement.h"
#include "storage/db/Transaction.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/evidence/EvidencePackInstaller.h"
#include "storage/evidence/EvidenceRepository.h"
#include "storage/evidence/EvidenceSearch.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <cstdlib>

using namespace ldn;
using ldn::bench::BenchmarkRecorder;
using ldn::bench::MeasuredProcess;

// LDN Tracker's benchmark: builds a ten-year diary with ten symptoms (or a small one with
// --quick), then measures what a person waits for. Prints a Markdown table and writes
// results.json / results.md. Targets are shown, never enforced: see docs/performance.md.

namespace {

constexpr double kInstantMs = 100.0;

QString machineDescription()
{
    QString model;
    QFile cpuInfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuInfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : cpuInfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                model = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    return QStringLiteral("%1, %2 cores, %3")
        .arg(model)
        .arg(QThread::idealThreadCount())
        .arg(QSysInfo::prettyProductName());
}

BenchmarkRecorder::Result summary(const QString& name, std::vector<double> times,
                                  std::optional<double> target)
{
    std::sort(times.begin(), times.end());
    BenchmarkRecorder::Result result;
    result.name = name;
    result.unit = QStringLiteral("ms");
    result.minimum = times.front();
    result.median = times[times.size() / 2];
    result.maximum = times.back();
    result.target = target;
    result.runs = static_cast<int>(times.size());
    return result;
}

MeasuredProcess checked(const QString& name, const MeasuredProcess& measured)
{
    if (measured.exitCode != 0) {
        QTextStream(stderr) << "ldn-bench: " << name << " exited with " << measured.exitCode << "\n";
        std::exit(3);
    }
    return measured;
}

struct ProcessStep {
    QString name;
    std::function<MeasuredProcess()> run;
    std::optional<double> target;
};

// Times a program against its floor. The two run in turn (ABBA, so neither always goes first),
// and the ratio is the median of each pair's ratio: on a shared virtual machine the speed drifts
// over seconds, and comparing medians of two separate series measured that drift as often as the
// programs.
std::pair<BenchmarkRecorder::Result, BenchmarkRecorder::Result>
pairedProcessResults(const ProcessStep& program, const ProcessStep& floor, int runs,
                     double* peakMegabytes = nullptr)
{
    // Warm-up: the page cache, not the program, would otherwise dominate the first run.
    checked(program.name, program.run());
    checked(floor.name, floor.run());
    std::vector<double> programTimes;
    std::vector<double> floorTimes;
    std::vector<double> ratios;
    double peak = 0;
    for (int i = 0; i < runs; ++i) {
        MeasuredProcess measured;
        MeasuredProcess floorMeasured;
        if (i % 2 == 0) {
            measured = checked(program.name, program.run());
            floorMeasured = checked(floor.name, floor.run());
        } else {
            floorMeasured = checked(floor.name, floor.run());
            measured = checked(program.name, program.run());
        }
        programTimes.push_back(measured.milliseconds);
        floorTimes.push_back(floorMeasured.milliseconds);
        ratios.push_back(measured.milliseconds / floorMeasured.milliseconds);
        peak = std::max(peak, measured.peakMegabytes);
    }
    if (peakMegabytes) {
        *peakMegabytes = peak;
    }
    std::sort(ratios.begin(), ratios.end());
    BenchmarkRecorder::Result result = summary(program.name, programTimes, program.target);
    result.floorName = floor.name;
    result.floorRatio = ratios[ratios.size() / 2];
    return {result, summary(floor.name, floorTimes, floor.target)};
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication application(argc, argv);
    DataLocation::applyApplicationNames();
    const QStringList arguments = QApplication::arguments();
    const bool quick = arguments.contains(QStringLiteral("--quick"));
    const qsizetype outIndex = arguments.indexOf(QStringLiteral("--out"));
    const QString outFolder = outIndex > 0 && outIndex + 1 < arguments.size() ? arguments[outIndex + 1]
                                                                              : QStringLiteral(LDN_BENCH_DIR);
    const int days = quick ? 120 : 3650;
    const int runs = quick ? 2 : 7;
    QTextStream out(stdout);

    QTemporaryDir folder;
    const QString databasePath = folder.filePath(QStringLiteral("bench.sqlite"));
    const QString cli = QStringLiteral(LDN_BIN_DIR "/ldn-tracker-cli");
    const QString app = QStringLiteral(LDN_BIN_DIR "/ldn-tracker");
    const QString floorProgram = QStringLiteral(LDN_BENCH_DIR "/ldn-bench-floor");
    BenchmarkRecorder recorder(runs);

    std::int64_t profileId = 0;
    {
        Database database = Database::open(databasePath);
        ProfileRepository profiles(database);
        profileId = profiles.add(QStringLiteral("Bench"), {QStringLiteral("ME/CFS")});
        for (const auto& [name, higherIsBetter] :
             std::vector<std::pair<const char*, bool>>{{"energy", true},
                                                       {"headache", false},
                                                       {"joint stiffness", false},
                                                       {"anxiety", false},
                                                       {"post-exertional malaise", false}}) {
            profiles.addSymptom(profileId, {QString::fromLatin1(name), higherIsBetter});
        }
        DemoDiaryWriter(database).write({QStringLiteral("Bench"), days, 1, QDate::currentDate()});
    }
    out << "ldn-bench: " << days << "-day diary with 10 symptoms, " << runs << " runs each"
        << (quick ? " (quick mode)" : "") << "\n";

    Database database = Database::open(databasePath);
    const std::vector<SymptomDefinition> symptoms = ProfileRepository(database).symptoms(profileId);

    recorder.time(
        QStringLiteral("diary: load every day"), [&] { (void)DiaryRepository(database).entries(profileId); },
        kInstantMs);
    recorder.time(
        QStringLiteral("analyze: load + analysis in-process"),
        [&] {
            const std::vector<DiaryEntry> entries = DiaryRepository(database).entries(profileId);
            (void)DoseResponseAnalysis::run(entries, symptoms, {});
        },
        kInstantMs);
    {
        // The statistics that allow for autocorrelation (issue 18) on their own: the Newey-West
        // interval, r1 and the trend before every change for every symptom, and the baseline
        // against the last 28 days. Their budget is 10 ms on top of the analysis.
        const std::vector<DiaryEntry> entries = DiaryRepository(database).entries(profileId);
        const DoseResponseResult analysed = DoseResponseAnalysis::run(entries, symptoms, {});
        std::vector<const DiaryEntry*> wholeDiary;
        for (const DiaryEntry& entry : entries) {
            wholeDiary.push_back(&entry);
        }
        recorder.time(
            QStringLiteral("analyze: analysis alone (diary loaded)"),
            [&] { (void)DoseResponseAnalysis::run(entries, symptoms, {}); }, kInstantMs);
        recorder.time(
            QStringLiteral("analyze: Newey-West, trends and overall alone"),
            [&] {
                for (const DoseStep& step : analysed.steps) {
                    for (const auto& [name, change] : step.symptoms) {
                        (void)AutocorrelatedDifference::of(change.before, change.after);
                        (void)BeforeTrend::of(change.beforeDays, change.before);
                    }
                }
                DoseResponseResult overall;
                overall.from = analysed.from;
                overall.to = analysed.to;
                overall.symptoms = analysed.symptoms;
                OverallComparison::fill(overall, wholeDiary);
            },
            10.0);
    }

    const auto recordPair =
        [&recorder](const std::pair<BenchmarkRecorder::Result, BenchmarkRecorder::Result>& pair) {
            recorder.record(pair.first);
            recorder.record(pair.second);
        };
    recordPair(pairedProcessResults(
        {QStringLiteral("analyze: ldn-tracker-cli analyze --json"),
         [&] {
             return MeasuredProcess::run(cli, {QStringLiteral("--db"), databasePath,
                                               QStringLiteral("analyze"), QStringLiteral("--profile"),
                                               QStringLiteral("Bench"), QStringLiteral("--json")});
         },
         kInstantMs},
        {QStringLiteral("analyze floor: sqlite3 GROUP BY"),
         [&] {
             return MeasuredProcess::run(
                 QStringLiteral("/usr/bin/sqlite3"),
                 {databasePath,
                  QStringLiteral("SELECT d.dose_ug, s.name, count(*), avg(ss.score) FROM diary_day d "
                                 "JOIN symptom_score ss ON ss.day_id = d.id JOIN symptom s ON s.id = "
                                 "ss.symptom_id WHERE d.status = 'taken' GROUP BY d.dose_ug, s.name")});
         },
         {}},
        runs));

    {
        // Export and import of the whole diary as a person would run them, against the sqlite3
        // shell dumping the same database to SQL text and reading it back into a new file (the
        // floor). The database holds only the diary here; the evidence library comes later.
        const QString backup = folder.filePath(QStringLiteral("backup.json"));
        const QString dump = folder.filePath(QStringLiteral("dump.sql"));
        const QString imported = folder.filePath(QStringLiteral("imported.sqlite"));
        const auto removeDatabase = [](const QString& path) {
            for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
                QFile::remove(path + QLatin1String(suffix));
            }
        };
        recordPair(pairedProcessResults(
            {QStringLiteral("export: ldn-tracker-cli export --format json"),
             [&] {
                 return MeasuredProcess::run(cli, {QStringLiteral("--db"), databasePath,
                                                   QStringLiteral("export"), QStringLiteral("--profile"),
                                                   QStringLiteral("Bench"), QStringLiteral("--format"),
                                                   QStringLiteral("json"), QStringLiteral("--out"), backup});
             },
             1000.0},
            {QStringLiteral("export floor: sqlite3 .dump"),
             [&] {
                 return MeasuredProcess::run(
                     QStringLiteral("/usr/bin/sqlite3"),
                     {databasePath, QStringLiteral(".output ") + dump, QStringLiteral(".dump")});
             },
             {}},
            runs));
        recordPair(pairedProcessResults(
            {QStringLiteral("import: ldn-tracker-cli import (new database)"),
             [&] {
                 removeDatabase(imported);
                 return MeasuredProcess::run(
                     cli, {QStringLiteral("--db"), imported, QStringLiteral("import"), backup});
             },
             1000.0},
            {QStringLiteral("import floor: sqlite3 .read"),
             [&] {
                 removeDatabase(imported);
                 return MeasuredProcess::run(QStringLiteral("/usr/bin/sqlite3"),
                                             {imported, QStringLiteral(".read ") + dump});
             },
             {}},
            runs));
        removeDatabase(imported);
    }

    recorder.time(
        QStringLiteral("gui: open the diary view"),
        [&] {
            QTemporaryDir settingsFolder;
            DiarySession session(database);
            AppSettings settings(session, settingsFolder.filePath(QStringLiteral("ldn-tracker.conf")));
            MainWindow window(session, settings);
            window.activateProfile(profileId);
            window.resize(1280, 800);
            window.show();
            QApplication::processEvents();
        },
        kInstantMs);

    {
        // The quick log as Ctrl+Shift+L or the tray's "Log now" opens it, with the app running.
        DiarySession session(database);
        recorder.time(
            QStringLiteral("gui: open the quick log (app running)"),
            [&] {
                QuickLogWindow quickLog(session, profileId, QDate::currentDate());
                quickLog.show();
                QApplication::processEvents();
            },
            kInstantMs);
    }

    {
        // A carer's diary: 10 people, each with the benchmark's span of days; switching between them
        // in the main window (the Today tab, as after a start).
        constexpr int kPeople = 10;
        const QString peoplePath = folder.filePath(QStringLiteral("people.sqlite"));
        std::vector<std::int64_t> people;
        {
            Database peopleDatabase = Database::open(peoplePath);
            for (int person = 1; person <= kPeople; ++person) {
                const QString name = QStringLiteral("Person %1").arg(person);
                DemoDiaryWriter(peopleDatabase)
                    .write({name, days, static_cast<std::uint64_t>(person), QDate::currentDate()});
                people.push_back(ProfileRepository(peopleDatabase).findByName(name)->id);
            }
        }
        Database peopleDatabase = Database::open(peoplePath);
        QTemporaryDir settingsFolder;
        DiarySession session(peopleDatabase);
        AppSettings settings(session, settingsFolder.filePath(QStringLiteral("ldn-tracker.conf")));
        MainWindow window(session, settings);
        window.resize(1280, 800);
        window.show();
        QApplication::processEvents();
        std::size_t next = 0;
        recorder.time(
            QStringLiteral("gui: switch profile (10 people, each %1 days)").arg(days),
            [&] {
                next = (next + 1) % people.size();
                window.activateProfile(people[next]);
                QApplication::processEvents();
            },
            kInstantMs);
    }

    {
        // The chart tab with every symptom visible, as a person would look at ten years at once.
        DiarySession session(database);
        ChartPage page(session);
        page.resize(1280, 800);
        page.show();
        recorder.time(
            QStringLiteral("chart: open the chart tab (data, chart, analysis)"),
            [&] {
                page.showProfile(profileId);
                (void)page.grab();
            },
            kInstantMs);
        SymptomChartView* view = page.chartView();
        QStringList allSymptoms;
        for (const SymptomDefinition& symptom : symptoms) {
            allSymptoms << symptom.name;
        }
        view->setVisibleSymptoms(allSymptoms);
        const QDate last = QDate::currentDate();
        const QDate first = last.addDays(-(days - 1));
        bool wide = false;
        recorder.time(
            QStringLiteral("chart: redraw the full range"),
            [&] {
                // Alternate so every run is a real change of range.
                wide = !wide;
                view->setDateRange(wide ? first : first.addDays(1), last);
                (void)view->grab();
            },
            kInstantMs);
        bool shifted = false;
        recorder.time(
            QStringLiteral("chart: redraw one month"),
            [&] {
                shifted = !shifted;
                view->setDateRange(last.addDays(shifted ? -30 : -31), last);
                (void)view->grab();
            },
            kInstantMs);
        recorder.time(
            QStringLiteral("chart: one zoom step"),
            [&] {
                view->zoomBy(0.8);
                (void)view->grab();
            },
            kInstantMs);
    }

    {
        // Evidence library: the bundled pack plus a large synthetic library (sources and claims
        // spread over the pack's conditions, titles and outcomes varied), written in one transaction.
        const int libraryEntries = quick ? 20'000 : 100'000;
        EvidencePackInstaller::installBundled(database);
        const std::vector<Condition> conditions = EvidenceRepository(database).conditions();
        {
            static const char* const kDesigns[] = {
                "Randomised controlled trial",         "Open-label pilot study",
                "Retrospective chart review",          "Case series",
                "Systematic review and meta-analysis", "Crossover trial"};
            static const char* const kKinds[] = {"rct_parallel", "open_label",        "retrospective",
                                                 "case_series",  "systematic_review", "rct_crossover"};
            static const char* const kOutcomes[] = {
                "pain",      "fatigue",          "sleep",    "quality of life", "remission", "mood",
                "cognition", "disease activity", "headache", "vivid dreams"};
            static const char* const kDirections[] = {"benefit", "no_difference", "mixed", "unclear", "harm"};
            static const char* const kAuthors[] = {"Smith",  "Younger", "Bruun",  "Polo",   "Kim",
                                                   "Nguyen", "Garcia",  "Okafor", "Jensen", "Rossi"};
            static const char* const kJournals[] = {"Pain Reports", "Lancet Rheumatology", "BMJ Open",
                                                    "Journal of Clinical Medicine",
                                                    "Frontiers in Immunology"};
            Connection& connection = database.connection();
            Transaction transaction(connection);
            Statement source =
                connection.prepare("INSERT INTO evidence_source (origin, kind, title, authors, year, "
                                   "publisher, doi, peer_reviewed, "
                                   "verification) VALUES ('user', ?1, ?2, ?3, ?4, ?5, ?6, 1, 'abstract')");
            Statement claim = connection.prepare(
                "INSERT INTO evidence_claim (origin, condition_id, outcome, population, comparator, "
                "direction, "
                "summary, participants) VALUES ('user', ?1, ?2, ?3, 'placebo', ?4, ?5, ?6)");
            Statement link =
                connection.prepare("INSERT INTO evidence_claim_source (claim_id, source_id) VALUES (?1, ?2)");
            for (int i = 0; i < libraryEntries / 2; ++i) {
                const Condition& condition = conditions[static_cast<std::size_t>(i) % conditions.size()];
                const QString outcome = QString::fromLatin1(kOutcomes[(i / 7) % 10]);
                source.reset();
                source.bind(1, QString::fromLatin1(kKinds[i % 6]))
                    .bind(2, QStringLiteral("%1 of low-dose naltrexone for %2 in %3: cohort %4")
                                 .arg(QString::fromLatin1(kDesigns[i % 6]), outcome, condition.name)
                                 .arg(i))
                    .bind(3, QStringLiteral("%1 A, %2 B")
                                 .arg(QString::fromLatin1(kAuthors[i % 10]),
                                      QString::fromLatin1(kAuthors[(i / 10) % 10])))
                    .bind(4, 1990 + i % 36)
                    .bind(5, QString::fromLatin1(kJournals[i % 5]))
                    .bind(6, QStringLiteral("10.5555/bench.%1").arg(i));
                source.step();
                const std::int64_t sourceId = connection.lastInsertRowId();
                claim.reset();
                claim.bind(1, condition.id)
                    .bind(2, outcome)
                    .bind(3, QStringLiteral("adults with %1").arg(condition.name))
                    .bind(4, QString::fromLatin1(kDirections[i % 5]))
                    .bind(5, QStringLiteral("Change in %1 on LDN compared with placebo over %2 weeks.")
                                 .arg(outcome)
                                 .arg(8 + i % 16))
                    .bind(6, 10 + i % 300);
                claim.step();
                link.reset();
                link.bind(1, connection.lastInsertRowId()).bind(2, sourceId);
                link.step();
            }
            transaction.commit();
        }
        out << "evidence library: " << libraryEntries / 2 << " sources and " << libraryEntries / 2
            << " claims over " << conditions.size() << " conditions\n";

        static const QString kPrefixes[] = {QStringLiteral("f"), QStringLiteral("fi"), QStringLiteral("fib"),
                                            QStringLiteral("fibr"), QStringLiteral("fibro")};
        int keystroke = 0;
        recorder.time(
            QStringLiteral("evidence: search per keystroke"),
            [&] { (void)EvidenceSearch(database).search(kPrefixes[keystroke++ % 5]); }, 20.0);
        const std::int64_t fibromyalgia =
            EvidenceRepository(database).findCondition(QStringLiteral("fibromyalgia"))->id;
        recorder.time(
            QStringLiteral("evidence: condition summary"),
            [&] {
                const ConditionEvidence evidence =
                    EvidenceRepository(database).conditionEvidence(fibromyalgia);
                (void)SummaryOfFindings::build(evidence.claims, evidence.grades);
            },
            50.0);
        DiarySession evidenceSession(database);
        EvidencePage page(evidenceSession);
        page.resize(1280, 800);
        recorder.time(
            QStringLiteral("evidence: open the Evidence tab"), [&] { page.showProfile(profileId); }, 100.0);
    }

    {
        // The GP report as the CLI makes it: read the diary, compose, lay out and write the PDF
        // (evidence section included, from the library installed above).
        const QString pdf = folder.filePath(QStringLiteral("report.pdf"));
        const auto report = [&](int years) {
            GpReportBuilder::Request request;
            request.from = QDate::currentDate().addDays(-(365 * years - 1));
            request.evidence = ReportEvidenceReader::read(
                database, ProfileRepository(database).require(QStringLiteral("Bench"), {}).conditions);
            GpReportWriter(GpReportBuilder(database).build(profileId, request)).write(pdf);
        };
        recorder.time(
            QStringLiteral("report: one-year GP report to PDF"), [&] { report(1); }, 1000.0);
        if (!quick) {
            recorder.time(
                QStringLiteral("report: ten-year GP report to PDF"), [&] { report(10); }, 3000.0);
        }
    }

    // BMP for both programs: the time to a painted window, not to a compressed PNG.
    const QString screenshot = folder.filePath(QStringLiteral("shot.bmp"));
    double peakMegabytes = 0;
    // Four times the runs: start-up is the shortest and noisiest of the process measurements; a
    // median of 14 pairs still moved by ±0.05 between runs.
    const int startRuns = runs * 4;
    recordPair(pairedProcessResults({QStringLiteral("app: cold start to painted window"),
                                     [&] {
                                         return MeasuredProcess::run(
                                             app, {QStringLiteral("--db"), databasePath,
                                                   QStringLiteral("--screenshot"), screenshot});
                                     },
                                     {}},
                                    {QStringLiteral("start floor: empty Qt chart"),
                                     [&] { return MeasuredProcess::run(floorProgram, {screenshot}); },
                                     {}},
                                    startRuns, &peakMegabytes));
    BenchmarkRecorder::Result memory;
    memory.name = QStringLiteral("app: peak memory (RSS)");
    memory.unit = QStringLiteral("MB");
    memory.minimum = memory.median = memory.maximum = peakMegabytes;
    memory.target = 150.0;
    memory.runs = startRuns; // the largest of the start-up runs
    recorder.record(memory);

    recorder.write(outFolder, machineDescription(), quick);
    out << "\n"
        << recorder.markdown() << "\nResults written to " << outFolder << "/results.json and results.md\n";
    return 0;
}
