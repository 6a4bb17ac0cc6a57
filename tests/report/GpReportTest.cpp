#include "core/analysis/DoseResponseAnalysis.h"
#include "core/analysis/DoseResponseJson.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "core/plan/MedicationSafety.h"
#include "report/GpReportBuilder.h"
#include "report/GpReportWriter.h"
#include "report/ReportEvidenceReader.h"
#include "storage/db/Database.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/evidence/EvidencePackInstaller.h"
#include "storage/plan/MedicationRepository.h"
#include "storage/plan/TitrationRepository.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace ldn;
using ldn::test::runProgram;
using ldn::test::TemporaryFolder;

// The GP report as a doctor gets it: a real PDF from a real diary database (a year of demo diary,
// a titration plan and a medicine list with an opioid), read back with poppler's tools.

namespace {

const QDate kLastDay(2026, 3, 1);
const QDate kGenerated(2026, 3, 2);
constexpr int kYear = 365;

struct ReportFixture {
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    std::int64_t profileId = 0;

    explicit ReportFixture(int days = kYear)
    {
        profileId = ProfileRepository(database).add(
            QStringLiteral("Alex Smith"), {QStringLiteral("ME/CFS"), QStringLiteral("fibromyalgia")});
        DemoDiaryWriter(database).write({QStringLiteral("Alex Smith"), days, 1, kLastDay});
        // The demo titration starts after its baseline fortnight; this plan prescribes the same.
        const QDate firstDose = kLastDay.addDays(-(days - 1) + DemoDiaryGenerator::baselineDaysFor(days));
        TitrationRepository(database).setPlan(
            profileId, TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, firstDose));
        MedicationRepository medications(database);
        medications.add(profileId, {0, QStringLiteral("Tramadol"), QStringLiteral("50 mg as needed"),
                                    QDate(2025, 6, 1), QDate(), QString()});
        medications.add(profileId, {0, QStringLiteral("Levothyroxine"), QStringLiteral("75 micrograms"),
                                    QDate(2019, 4, 1), QDate(), QString()});
    }

    GpReport report(GpReportBuilder::Request request = {})
    {
        request.generatedOn = kGenerated;
        return GpReportBuilder(database).build(profileId, request);
    }

    QString write(const GpReport& report, const QString& name = QStringLiteral("report.pdf"))
    {
        const QString path = folder.file(name);
        GpReportWriter(report).write(path);
        return path;
    }
};

QString pdfText(const QString& path, bool layout = true)
{
    QStringList arguments;
    if (layout) {
        arguments << QStringLiteral("-layout");
    }
    arguments << path << QStringLiteral("-");
    const ldn::test::ProcessResult result = runProgram(QStringLiteral("pdftotext"), arguments);
    REQUIRE(result.exitCode == 0);
    return result.out;
}

QStringList pdfPages(const QString& path)
{
    return pdfText(path).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
}

QString pdfInfo(const QString& path, const QStringList& extra = {})
{
    const ldn::test::ProcessResult result = runProgram(QStringLiteral("pdfinfo"), extra + QStringList{path});
    REQUIRE(result.exitCode == 0);
    return result.out;
}

// Whitespace-separated words of the first line in `text` (after `after`) that starts with `start`.
QStringList rowWords(const QString& text, const QString& after, const QString& start)
{
    const qsizetype from = text.indexOf(after);
    REQUIRE(from >= 0);
    for (const QString& line : text.mid(from).split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(start)) {
            return line.trimmed().split(QRegularExpression(QStringLiteral("\\s+")));
        }
    }
    FAIL("no line starting with " << start.toStdString());
    return {};
}

} // namespace

TEST_CASE("A year's report has every section in order, a header on every page and 1-3 pages", "[report][gp]")
{
    ReportFixture fixture;
    GpReportBuilder::Request request;
    request.questions =
        QStringLiteral("Could I try 6 mg for a few months?\n\nShould my thyroid levels be checked?");
    const QString path = fixture.write(fixture.report(request));

    const QString text = pdfText(path);
    qsizetype previous = -1;
    for (const ReportSection section : kAllReportSections) {
        if (!isDefaultSection(section)) {
            CHECK_FALSE(text.contains(sectionTitle(section))); // only when asked for
            continue;
        }
        if (section == ReportSection::Trial) {
            CHECK_FALSE(text.contains(sectionTitle(section))); // only with a trial (tests/cli)
            continue;
        }
        const qsizetype at = text.indexOf(sectionTitle(section));
        INFO(sectionTitle(section).toStdString());
        CHECK(at > previous);
        previous = at;
    }

    const QStringList pages = pdfPages(path);
    REQUIRE(pages.size() >= 1);
    CHECK(pages.size() <= 3);
    for (qsizetype index = 0; index < pages.size(); ++index) {
        INFO("page " << index + 1);
        CHECK(pages[index].contains(QStringLiteral("LDN summary for Alex Smith")));
        CHECK(pages[index].contains(QStringLiteral("2 March 2025 – 1 March 2026")));
        CHECK(pages[index].contains(QStringLiteral("Generated 2 March 2026")));
        CHECK(pages[index].contains(QStringLiteral("Page %1 of %2").arg(index + 1).arg(pages.size())));
    }
    // The first page answers "how is this person doing": dose, plan, adherence, then and now.
    CHECK(pages[0].contains(QStringLiteral("Current dose")));
    CHECK(pages[0].contains(QStringLiteral("4.5 mg capsule")));
    CHECK(pages[0].contains(QStringLiteral("target reached")));
    CHECK(pages[0].contains(QStringLiteral("Before LDN")));
    CHECK(pages[0].contains(QStringLiteral("Last 28 days")));
    CHECK(pages[0].contains(sectionTitle(ReportSection::Chart)));

    CHECK(text.contains(QStringLiteral("Could I try 6 mg for a few months?")));
    CHECK(text.contains(QStringLiteral("Should my thyroid levels be checked?")));
    CHECK(text.contains(QStringLiteral("not a clinical trial")));
    CHECK(text.contains(QStringLiteral("No evidence library installed")));

    const QString info = pdfInfo(path);
    CHECK(info.contains(QStringLiteral("A4")));
    CHECK(info.contains(QStringLiteral("LDN summary for Alex Smith")));
}

TEST_CASE("The per-dose table prints the analysis numbers of analyze --json, rounded to one decimal",
          "[report][gp]")
{
    ReportFixture fixture;
    const QString path = fixture.write(fixture.report());
    const QString text = pdfText(path);

    // What `ldn-tracker-cli analyze --json` computes for the whole diary (its default dates).
    const std::vector<SymptomDefinition> symptoms =
        ProfileRepository(fixture.database).symptoms(fixture.profileId);
    const nlohmann::json json = DoseResponseJson::toJson(
        DoseResponseAnalysis::run(DiaryRepository(fixture.database).entries(fixture.profileId), symptoms, {}),
        QStringLiteral("Alex Smith"));
    REQUIRE(json["dose_levels"].size() == 3);

    int cellsCompared = 0;
    for (const nlohmann::json& level : json["dose_levels"]) {
        const QString dose = QString::number(level["dose_mg"].get<double>());
        const QStringList words =
            rowWords(text, QStringLiteral("Mean score at each dose"), dose + QStringLiteral(" mg"));
        INFO(words.join(QLatin1Char(' ')).toStdString());
        REQUIRE(words.size() == static_cast<qsizetype>(3 + symptoms.size()));
        CHECK(words[2] == QString::number(level["days"].get<int>()));
        for (std::size_t index = 0; index < symptoms.size(); ++index) {
            const double mean = level["symptoms"][symptoms[index].name.toStdString()]["mean"].get<double>();
            CHECK(words[static_cast<qsizetype>(3 + index)] == QString::number(mean, 'f', 1));
            ++cellsCompared;
        }
    }
    CHECK(cellsCompared >= 2);

    // The before/after differences of the first change, with the sign printed.
    const nlohmann::json& step = json["steps"][0];
    const QDate stepDate =
        QDate::fromString(QString::fromStdString(step["date"].get<std::string>()), Qt::ISODate);
    const QStringList stepWords = rowWords(text, QStringLiteral("Before and after each change"),
                                           QLocale::c().toString(stepDate, QStringLiteral("d MMM yyyy")));
    REQUIRE(stepWords.size() == static_cast<qsizetype>(3 + symptoms.size()));
    const double difference = step["symptoms"][symptoms[0].name.toStdString()]["difference"].get<double>();
    QString expected = QString::number(difference, 'f', 1).replace(QLatin1Char('-'), QChar(0x2212));
    if (!expected.startsWith(QChar(0x2212)) && expected != QLatin1String("0.0")) {
        expected.prepend(QLatin1Char('+'));
    }
    CHECK(stepWords[3] == expected);
}

namespace {

// "−2.1": one decimal with a true minus sign, as the report prints numbers.
QString printed(double value)
{
    QString text = QString::number(value, 'f', 1);
    if (text == QLatin1String("-0.0")) {
        text = QStringLiteral("0.0");
    }
    return text.replace(QLatin1Char('-'), QChar(0x2212));
}

// The line of `page` that starts with the symptom's name, after `after`, without the name.
QString rowAfterName(const QString& page, const QString& after, const QString& name)
{
    const qsizetype from = page.indexOf(after);
    REQUIRE(from >= 0);
    for (const QString& line : page.mid(from).split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(name + QLatin1Char(' '))) {
            return line.trimmed().mid(name.size()).simplified();
        }
    }
    FAIL("no line starting with " << name.toStdString());
    return {};
}

nlohmann::json analyzeJson(ReportFixture& fixture)
{
    const std::vector<SymptomDefinition> symptoms =
        ProfileRepository(fixture.database).symptoms(fixture.profileId);
    return DoseResponseJson::toJson(
        DoseResponseAnalysis::run(DiaryRepository(fixture.database).entries(fixture.profileId), symptoms, {}),
        QStringLiteral("Alex Smith"));
}

} // namespace

TEST_CASE("The first page shows before LDN and now as analyze --json: means, n, interval, verdict",
          "[report][gp][overall]")
{
    ReportFixture fixture;
    const QString path = fixture.write(fixture.report());
    const QString first = pdfPages(path).front();
    const nlohmann::json json = analyzeJson(fixture);
    const std::vector<SymptomDefinition> symptoms =
        ProfileRepository(fixture.database).symptoms(fixture.profileId);

    int verdicts = 0;
    for (const SymptomDefinition& symptom : symptoms) {
        const nlohmann::json& change = json["overall"][symptom.name.toStdString()];
        INFO(symptom.name.toStdString());
        REQUIRE(change["ci95_hac"].is_array());
        const QString verdict = QString::fromStdString(change["verdict"].get<std::string>());
        // "7.0 (n 14) 4.8 (n 26) −2.2 (−3.1 to −1.3) better": one line a symptom.
        const QString expected = QStringLiteral("%1 (n %2) %3 (n %4) %5 (%6 to %7) %8")
                                     .arg(printed(change["baseline"]["mean"].get<double>()))
                                     .arg(change["baseline"]["n"].get<int>())
                                     .arg(printed(change["recent"]["mean"].get<double>()))
                                     .arg(change["recent"]["n"].get<int>())
                                     .arg(printed(change["difference"].get<double>()),
                                          printed(change["ci95_hac"][0].get<double>()),
                                          printed(change["ci95_hac"][1].get<double>()), verdict);
        const QString row = rowAfterName(first, QStringLiteral("Symptoms before LDN"), symptom.name);
        CHECK(row.toStdString() == expected.toStdString());
        if (verdict == QLatin1String("no clear change")) {
            CHECK_FALSE(row.contains(QStringLiteral("better")));
            CHECK_FALSE(row.contains(QStringLiteral("worse")));
        }
        ++verdicts;
    }
    CHECK(verdicts == 5);

    // How long ago the baseline was, and what the interval allows for.
    const QDate firstDose =
        QDate::fromString(QString::fromStdString(json["first_ldn_dose"].get<std::string>()), Qt::ISODate);
    const QString simplified = first.simplified();
    CHECK(simplified.contains(
        QStringLiteral("LDN was started on %1, 11 months before the last day of this report.")
            .arg(QLocale::c().toString(firstDose, QStringLiteral("d MMM yyyy")))));
    CHECK(simplified.contains(
        QStringLiteral("Before LDN: the days at 0 mg in the 4 weeks before the first dose.")));
    CHECK(simplified.contains(
        QStringLiteral("higher is better for sleep quality, mood, lower for the others")));
    CHECK(simplified.contains(QStringLiteral("95% confidence interval (Newey–West)")));
    CHECK(simplified.contains(QStringLiteral("otherwise “no clear change”")));
    CHECK_FALSE(simplified.contains(QStringLiteral("regression to the mean"))); // no flare in this diary
    CHECK_FALSE(simplified.contains(QStringLiteral("about the same")));         // the old rule is gone
}

TEST_CASE("A start in a flare is said on the first page; without a baseline nothing is compared",
          "[report][gp][overall]")
{
    ReportFixture fixture;
    std::vector<DiaryEntry> entries = DiaryRepository(fixture.database).entries(fixture.profileId);
    const int baselineDays = DemoDiaryGenerator::baselineDaysFor(kYear);
    REQUIRE(entries[static_cast<std::size_t>(baselineDays - 1)].dose.isZero());
    std::vector<DiaryEntry> baseline(entries.begin(), entries.begin() + baselineDays);

    SECTION("pain climbing in the weeks before the first dose")
    {
        for (std::size_t day = 0; day < baseline.size(); ++day) {
            baseline[day].symptomScores[QStringLiteral("pain")] =
                5 + static_cast<int>(day) * 5 / baselineDays;
        }
        DiaryRepository(fixture.database).save(fixture.profileId, baseline);
        const QString first = pdfPages(fixture.write(fixture.report())).front().simplified();
        CHECK(first.contains(
            QStringLiteral("LDN was started during a flare: before the first dose, pain was getting "
                           "worse during those weeks. Part of any improvement may be regression to "
                           "the mean")));
        CHECK(first.contains(QStringLiteral("started in a flare")));
    }

    SECTION("no day at 0 mg before the first dose")
    {
        for (DiaryEntry& day : baseline) {
            day.dose = Dose::fromMicrograms(1500);
        }
        DiaryRepository(fixture.database).save(fixture.profileId, baseline);
        const GpReport report = fixture.report();
        const QString first = pdfPages(fixture.write(report)).front().simplified();
        CHECK(first.contains(
            QStringLiteral("No baseline: no days at 0 mg are logged in the 4 weeks before the first "
                           "dose of LDN")));
        CHECK(first.contains(QStringLiteral("Last 28 days")));
        CHECK_FALSE(first.contains(QStringLiteral("Before LDN")));
        CHECK_FALSE(first.contains(QStringLiteral("First 4 weeks")));
        CHECK_FALSE(first.contains(QStringLiteral("no clear change")));
    }
}

TEST_CASE("The before/after table prints each change's Newey-West interval, Welch's only in JSON",
          "[report][gp]")
{
    ReportFixture fixture;
    const QString text = pdfText(fixture.write(fixture.report()));
    const nlohmann::json json = analyzeJson(fixture);
    const std::vector<SymptomDefinition> symptoms =
        ProfileRepository(fixture.database).symptoms(fixture.profileId);
    const qsizetype table = text.indexOf(QStringLiteral("Before and after each change"));
    REQUIRE(table >= 0);
    const QString after = text.mid(table).simplified();
    int differing = 0;
    for (const nlohmann::json& step : json["steps"]) {
        for (const SymptomDefinition& symptom : symptoms) {
            const nlohmann::json& change = step["symptoms"][symptom.name.toStdString()];
            if (!change["ci95_hac"].is_array()) {
                continue;
            }
            const QString hac = QStringLiteral("%1 to %2; n %3/%4")
                                    .arg(printed(change["ci95_hac"][0].get<double>()),
                                         printed(change["ci95_hac"][1].get<double>()))
                                    .arg(change["n_before"].get<int>())
                                    .arg(change["n_after"].get<int>());
            INFO(hac.toStdString());
            CHECK(after.contains(hac));
            const QString welch =
                QStringLiteral("%1 to %2; n")
                    .arg(printed(change["ci95"][0].get<double>()), printed(change["ci95"][1].get<double>()));
            if (!hac.startsWith(welch)) {
                CHECK_FALSE(after.contains(welch));
                ++differing;
            }
        }
    }
    CHECK(differing >= 3); // the two intervals really differ, so the check above means something
    CHECK(after.contains(QStringLiteral("confidence interval (Newey–West")));
    CHECK(after.contains(QStringLiteral("Welch's interval, which treats every day as independent")));
}

TEST_CASE(
    "An opioid on the medicine list is a boxed warning; the titration steps are checked against the plan",
    "[report][gp]")
{
    ReportFixture fixture;
    const QString text = pdfText(fixture.write(fixture.report()), false);
    CHECK(text.contains(QStringLiteral("Warning: Tramadol is an opioid medicine")));
    const QString warning = MedicationSafety::assess(QStringLiteral("Tramadol")).warning;
    CHECK(text.simplified().contains(warning.left(60)));
    CHECK(text.contains(QStringLiteral("Caution: Levothyroxine (thyroid hormone)")));
    CHECK(text.contains(QStringLiteral("Start of plan")));
    CHECK(text.contains(QStringLiteral("Scheduled step")));
    CHECK(text.contains(QStringLiteral("vivid dreams")));
}

TEST_CASE("A stopped opioid is a warning for four weeks after its stop day, then only a line in the table",
          "[report][gp]")
{
    ReportFixture fixture;
    MedicationRepository medications(fixture.database);
    const std::int64_t tramadol = medications.list(fixture.profileId).back().id;
    REQUIRE(medications.list(fixture.profileId).back().name == QStringLiteral("Tramadol"));

    medications.setStopped(tramadol, kGenerated.addDays(-10));
    QString text = pdfText(fixture.write(fixture.report()), false).simplified();
    CHECK(text.contains(QStringLiteral("Warning: Tramadol is an opioid, stopped recently.")));
    CHECK(text.contains(QStringLiteral("was stopped on 20 Feb 2026 (10 days ago)")));
    CHECK_FALSE(text.contains(QStringLiteral("is on the patient's list")));

    medications.setStopped(tramadol, kGenerated.addDays(-40));
    text = pdfText(fixture.write(fixture.report(), QStringLiteral("later.pdf")), false).simplified();
    CHECK_FALSE(text.contains(QStringLiteral("Warning: Tramadol")));
    CHECK(text.contains(QStringLiteral("stopped 21 Jan 2026")));
    CHECK(text.contains(QStringLiteral("Caution: Levothyroxine (thyroid hormone)")));
}

TEST_CASE("A period without diary days says so instead of leaving sections blank", "[report][gp]")
{
    ReportFixture fixture;
    GpReportBuilder::Request request;
    request.from = QDate(2020, 1, 1);
    request.to = QDate(2020, 3, 31);
    const GpReport report = fixture.report(request);
    CHECK_FALSE(report.hasDiaryDays());
    const QString path = fixture.write(report);
    const QStringList pages = pdfPages(path);
    CHECK(pages.size() <= 2);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("1 January 2020 – 31 March 2020")));
    CHECK(text.count(QStringLiteral("No data for this period")) >= 4);
    // The medicine list does not depend on the dates: the warning is still there.
    CHECK(text.contains(QStringLiteral("Warning: Tramadol")));
    for (const QString& page : pages) {
        CHECK(page.trimmed().size() > 200); // never a blank page
    }
}

TEST_CASE("Sections switched off are left out; Letter paper; fonts embedded; PDF/A", "[report][gp]")
{
    ReportFixture fixture;
    GpReportBuilder::Request request;
    request.sections =
        ReportSections::parse(QStringLiteral("summary,per-dose,disclaimer"), QStringLiteral("--sections"));
    request.paper = PaperSize::Letter;
    request.questions = QStringLiteral("A question that must not be printed");
    const QString path = fixture.write(fixture.report(request));

    const QString text = pdfText(path);
    CHECK(text.contains(sectionTitle(ReportSection::Summary)));
    CHECK(text.contains(sectionTitle(ReportSection::PerDose)));
    CHECK(text.contains(sectionTitle(ReportSection::Disclaimer)));
    for (const ReportSection off :
         {ReportSection::Chart, ReportSection::Doses, ReportSection::SideEffects, ReportSection::Medications,
          ReportSection::Evidence, ReportSection::Questions}) {
        INFO(sectionTitle(off).toStdString());
        CHECK_FALSE(text.contains(sectionTitle(off)));
    }
    CHECK_FALSE(text.contains(QStringLiteral("A question that must not be printed")));
    CHECK_FALSE(text.contains(QStringLiteral("Warning: Tramadol")));

    CHECK(pdfInfo(path).contains(QStringLiteral("612 x 792 pts (letter)")));
    // PDF/A-1b: Qt writes the identification into the XMP metadata.
    CHECK(pdfInfo(path, {QStringLiteral("-meta")}).contains(QStringLiteral("pdfaid:part")));

    const ldn::test::ProcessResult fonts = runProgram(QStringLiteral("pdffonts"), {path});
    REQUIRE(fonts.exitCode == 0);
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 3);
    // Columns are where the dashes under the header are; "emb" is the fourth.
    const QRegularExpression dashes(QStringLiteral("-+"));
    std::vector<std::pair<qsizetype, qsizetype>> columns;
    for (auto match = dashes.globalMatch(lines[1]); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        columns.emplace_back(found.capturedStart(), found.capturedLength());
    }
    REQUIRE(columns.size() >= 4);
    for (qsizetype row = 2; row < lines.size(); ++row) {
        INFO(lines[row].toStdString());
        CHECK(lines[row].mid(columns[3].first, columns[3].second).trimmed() == QStringLiteral("yes"));
    }
}

TEST_CASE("The first page renders to a picture that is not blank", "[report][gp]")
{
    ReportFixture fixture;
    const QString path = fixture.write(fixture.report());
    const QString prefix = fixture.folder.file(QStringLiteral("page"));
    const ldn::test::ProcessResult rendered = runProgram(
        QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                     QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                     QStringLiteral("1"), QStringLiteral("-singlefile"), path, prefix});
    REQUIRE(rendered.exitCode == 0);
    const QImage image(prefix + QStringLiteral(".png"));
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 496); // A4 at 60 dpi: 8.27 in
    qsizetype dark = 0;
    qsizetype coloured = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            dark += pixel.lightness() < 100 ? 1 : 0;
            coloured += pixel.saturation() > 120 && pixel.value() > 80 ? 1 : 0;
        }
    }
    const qsizetype pixels = qsizetype{image.width()} * image.height();
    CHECK(dark > pixels / 100); // text, rules and the dose line
    CHECK(coloured > 200);      // the symptom lines of the chart
}

TEST_CASE("Unknown section names are refused by name", "[report]")
{
    CHECK_THROWS_WITH(ReportSections::parse(QStringLiteral("summary,charts"), QStringLiteral("--sections")),
                      Catch::Contains("\"charts\"") && Catch::Contains("--sections"));
    ReportSections chartAndSideEffects = ReportSections::none();
    chartAndSideEffects.set(ReportSection::Chart, true);
    chartAndSideEffects.set(ReportSection::SideEffects, true);
    CHECK(ReportSections::parse(QStringLiteral(" Chart , side-effects"), QStringLiteral("--sections")) ==
          chartAndSideEffects);
    CHECK(GpReportWriter::defaultFileName(QStringLiteral("Alex Smith"), QDate(2026, 3, 2)) ==
          QStringLiteral("ldn-summary-Alex-Smith-2026-03-02.pdf"));
}

TEST_CASE("The report reads plainly: no internal ids, and one of anything is singular", "[report][gp]")
{
    ReportFixture fixture(30);
    EvidencePackInstaller::installBundled(fixture.database);
    // A plan that steps up every day, and a report of a single day.
    TitrationPlan daily = TitrationPlan::fromTemplate(TitrationPlan::Template::Custom, kLastDay.addDays(-10));
    daily.intervalDays = 1;
    TitrationRepository(fixture.database).setPlan(fixture.profileId, daily);
    GpReportBuilder::Request request;
    request.from = kLastDay;
    request.to = kLastDay;
    request.evidence = ReportEvidenceReader::read(
        fixture.database, {QStringLiteral("Fibromyalgia"), QStringLiteral("ME/CFS"),
                           QStringLiteral("HIV/AIDS"), QStringLiteral("Rheumatoid arthritis")});
    const QString text = pdfText(fixture.write(fixture.report(request)), false);

    static const QRegularExpression kJargon(QStringLiteral(
        R"((seeds/\d+|\bseed-\d+\b|\bClaim:|\b1\s+(days|doses|weeks|months|notes|studies|trials)\b|\(s\)))"));
    const QRegularExpressionMatch jargon = kJargon.match(text);
    INFO(jargon.captured(0).toStdString());
    CHECK_FALSE(jargon.hasMatch());
    CHECK(text.contains(QRegularExpression(QStringLiteral(R"(1\s+of\s+1\s+day\s+in\s+this\s+period)"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral(R"(\+1\.5\s+mg\s+every\s+day,)"))));
}
