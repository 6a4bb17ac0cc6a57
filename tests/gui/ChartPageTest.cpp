#include "gui/chart/ChartPage.h"

#include "WidgetFinder.h"
#include "core/analysis/DoseResponseAnalysis.h"
#include "core/analysis/DoseResponseJson.h"
#include "core/analysis/SymptomChartData.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "gui/chart/AnalysisPanel.h"
#include "gui/chart/SymptomChartView.h"
#include "presentation/ChartStyle.h"
#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "support/TestEnvironment.h"

#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <set>
#include <tuple>

namespace ldn::test {
namespace {

constexpr int kDemoDays = 120;

// A demo diary in a real temporary database, shown on a real page.
struct ChartPageFixture {
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session{database};
    std::int64_t profileId = 0;
    std::unique_ptr<ChartPage> page;

    explicit ChartPageFixture(const QStringList& extraSymptoms = {})
    {
        profileId = ProfileRepository(database).add(QStringLiteral("Demo"));
        for (const QString& symptom : extraSymptoms) {
            ProfileRepository(database).addSymptom(profileId, {symptom, false});
        }
        DemoDiaryWriter(database).write({QStringLiteral("Demo"), kDemoDays, 1, QDate::currentDate()});
        page = std::make_unique<ChartPage>(session);
        page->resize(1280, 800);
        page->show();
        page->showProfile(profileId);
    }

    std::vector<DiaryEntry> entries() { return DiaryRepository(database).entries(profileId); }
    std::vector<SymptomDefinition> symptoms() { return ProfileRepository(database).symptoms(profileId); }
};

template <typename Series>
Series* seriesNamed(QChart* chart, const QString& name)
{
    const QList<QAbstractSeries*> all = chart->series();
    for (QAbstractSeries* series : all) {
        if (series->name() == name) {
            if (auto* typed = qobject_cast<Series*>(series)) {
                return typed;
            }
        }
    }
    return nullptr;
}

int seriesCountNamed(QChart* chart, const QString& name)
{
    const QList<QAbstractSeries*> all = chart->series();
    return static_cast<int>(std::count_if(all.begin(), all.end(),
                                          [&](QAbstractSeries* series) { return series->name() == name; }));
}

// What the panel should print, written independently of AnalysisPanel::oneDecimal.
QString rounded(double value)
{
    QString text = QString::number(value, 'f', 1);
    if (text == QStringLiteral("-0.0")) {
        return QStringLiteral("0.0");
    }
    return text.replace(QLatin1Char('-'), QChar(0x2212));
}

} // namespace

TEST_CASE("The chart page draws each visible symptom, the dose as steps and a marker per change of dose")
{
    ChartPageFixture fixture;
    QChart* chart = fixture.page->chartView()->chart();
    const std::vector<SymptomDefinition> symptoms = fixture.symptoms();
    const SymptomChartData expected = SymptomChartData::build(fixture.entries(), symptoms);
    REQUIRE(symptoms.size() == 5);

    auto* picker = WidgetFinder::require<QListWidget>(*fixture.page, "symptomPicker");
    REQUIRE(picker->count() == 5);
    for (std::size_t i = 0; i < symptoms.size(); ++i) {
        const QString& name = symptoms[i].name;
        CHECK(picker->item(static_cast<int>(i))->checkState() == Qt::Checked);
        auto* mean = seriesNamed<QLineSeries>(chart, name);
        auto* daily = seriesNamed<QScatterSeries>(chart, SymptomChartView::dailyScoresName(name));
        INFO("symptom " << name.toStdString());
        REQUIRE(mean != nullptr);
        REQUIRE(daily != nullptr);
        // The chart draws the domain's numbers; it does not recompute them.
        const std::vector<SymptomChartData::Point>& means = expected.symptoms[i].rollingMean;
        REQUIRE(mean->count() == static_cast<qsizetype>(means.size()));
        CHECK(mean->at(10).y() == Approx(means[10].value));
        CHECK(daily->count() == static_cast<qsizetype>(expected.symptoms[i].scores.size()));
    }
    // Every symptom keeps its own point shape, so the chart still reads in greyscale.
    CHECK(seriesNamed<QScatterSeries>(chart, SymptomChartView::dailyScoresName(symptoms[0].name))
              ->markerShape() !=
          seriesNamed<QScatterSeries>(chart, SymptomChartView::dailyScoresName(symptoms[1].name))
              ->markerShape());

    auto* dose = seriesNamed<QLineSeries>(chart, SymptomChartView::doseSeriesName());
    REQUIRE(dose != nullptr);
    const QList<QPointF> steps = dose->points();
    REQUIRE(steps.size() > 2);
    double highest = 0.0;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        highest = std::max(highest, steps[i].y());
        if (i > 0) {
            INFO("segment " << i);
            // Steps: each segment is horizontal or vertical, never a diagonal join.
            CHECK((steps[i].x() == steps[i - 1].x() || steps[i].y() == steps[i - 1].y()));
        }
    }
    CHECK(highest == 4.5);

    REQUIRE_FALSE(expected.doseChanges.empty());
    CHECK(seriesCountNamed(chart, SymptomChartView::doseChangeSeriesName()) ==
          static_cast<int>(expected.doseChanges.size()));
    auto* sideEffects = seriesNamed<QScatterSeries>(chart, SymptomChartView::sideEffectSeriesName());
    auto* missed = seriesNamed<QScatterSeries>(chart, SymptomChartView::missedDoseSeriesName());
    auto* events = seriesNamed<QScatterSeries>(chart, SymptomChartView::eventSeriesName());
    REQUIRE(sideEffects != nullptr);
    REQUIRE(missed != nullptr);
    REQUIRE(events != nullptr);
    CHECK(sideEffects->markerShape() != events->markerShape());
    CHECK(missed->count() == static_cast<qsizetype>(expected.missedDoses.size()));

    SECTION("unticking a symptom removes its series")
    {
        picker->item(1)->setCheckState(Qt::Unchecked);
        CHECK(seriesNamed<QLineSeries>(chart, symptoms[1].name) == nullptr);
        CHECK(seriesNamed<QScatterSeries>(chart, SymptomChartView::dailyScoresName(symptoms[1].name)) ==
              nullptr);
        CHECK(seriesNamed<QLineSeries>(chart, symptoms[0].name) != nullptr);
        CHECK(fixture.page->chartView()->visibleSymptoms().size() == 4);
        picker->item(1)->setCheckState(Qt::Checked);
        CHECK(seriesNamed<QLineSeries>(chart, symptoms[1].name) != nullptr);
    }

    SECTION("\"Last 4 weeks\" narrows the x axis and the analysis to 28 days")
    {
        auto* range = WidgetFinder::require<QComboBox>(*fixture.page, "rangeCombo");
        range->setCurrentIndex(range->findText(QStringLiteral("Last 4 weeks")));
        auto* axis = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
        REQUIRE(axis != nullptr);
        // The time axis runs in milliseconds since the epoch.
        const auto at = [](qreal ms) { return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms)); };
        CHECK(at(axis->min()).daysTo(at(axis->max())) == 28);
        CHECK(at(axis->max()).date() == QDate::currentDate().addDays(1));
        CHECK(WidgetFinder::require<QDateEdit>(*fixture.page, "fromDate")->date() ==
              QDate::currentDate().addDays(-27));
        CHECK(WidgetFinder::require<QDateEdit>(*fixture.page, "toDate")->date() == QDate::currentDate());
        auto* panel = fixture.page->findChild<AnalysisPanel*>();
        REQUIRE(panel != nullptr);
        REQUIRE(panel->result().has_value());
        CHECK(panel->result()->adherence.daysInRange == 28);

        // Editing a date makes the range custom.
        WidgetFinder::require<QDateEdit>(*fixture.page, "fromDate")
            ->setDate(QDate::currentDate().addDays(-59));
        CHECK(range->currentText() == QStringLiteral("Custom"));
        CHECK(at(axis->min()).daysTo(at(axis->max())) == 60);
    }

    SECTION("keys zoom and pan, Home goes back")
    {
        SymptomChartView* view = fixture.page->chartView();
        const qint64 span = view->visibleStart().secsTo(view->visibleEnd());
        QTest::keyClick(view, Qt::Key_Plus);
        CHECK(view->visibleStart().secsTo(view->visibleEnd()) < span);
        const QDateTime zoomedStart = view->visibleStart();
        QTest::keyClick(view, Qt::Key_Left);
        CHECK(view->visibleStart() < zoomedStart);
        QTest::keyClick(view, Qt::Key_Home);
        CHECK(view->visibleStart().secsTo(view->visibleEnd()) == span);
    }
}

TEST_CASE("A narrow chart leaves the symptoms out of its legend instead of cutting labels short")
{
    ChartPageFixture fixture;
    SymptomChartView* view = fixture.page->chartView();
    QChart* chart = view->chart();
    const auto symptomListed = [&] {
        QCoreApplication::processEvents();
        QLineSeries* pain = seriesNamed<QLineSeries>(chart, QStringLiteral("pain"));
        REQUIRE(pain != nullptr);
        return chart->legend()->markers(pain).value(0)->isVisible();
    };
    const auto doseListed = [&] {
        QLineSeries* dose = seriesNamed<QLineSeries>(chart, SymptomChartView::doseSeriesName());
        REQUIRE(dose != nullptr);
        return chart->legend()->markers(dose).value(0)->isVisible();
    };
    CHECK(symptomListed()); // 1280 px: everything fits
    fixture.page->resize(900, 800);
    CHECK_FALSE(symptomListed()); // the check boxes above the chart name the symptoms
    CHECK(doseListed());
    // An exported picture has no check boxes beside it: its legend lists the symptoms, and the
    // screen goes back to its own fit afterwards.
    TemporaryFolder folder;
    REQUIRE(view->exportPng(folder.file(QStringLiteral("chart.png")), QSize(1600, 900)));
    CHECK_FALSE(symptomListed());
    fixture.page->resize(1280, 800);
    CHECK(symptomListed());
}

TEST_CASE("The chart's tooltip names the day, the score, its 7-day mean and the dose")
{
    ChartPageFixture fixture;
    const std::vector<DiaryEntry> entries = fixture.entries();
    const SymptomChartData data = SymptomChartData::build(entries, fixture.symptoms());
    const auto taken = std::find_if(entries.rbegin(), entries.rend(), [](const DiaryEntry& entry) {
        return entry.status == DoseStatus::Taken && !entry.dose.isZero() && entry.sideEffects.empty() &&
               entry.events.isEmpty();
    });
    REQUIRE(taken != entries.rend());
    const auto& means = data.symptoms[0].rollingMean;
    const auto mean = std::find_if(means.begin(), means.end(),
                                   [&](const auto& point) { return point.date == taken->date; });
    REQUIRE(mean != means.end());

    const QString expected = QStringLiteral("%1 \u00b7 pain %2 (7-day mean %3) \u00b7 dose %4 mg")
                                 .arg(QLocale().toString(taken->date, QStringLiteral("ddd d MMM yyyy")))
                                 .arg(taken->symptomScores.at(QStringLiteral("pain")))
                                 .arg(QString::number(mean->value, 'f', 1), taken->dose.toMilligramText());
    CHECK(fixture.page->chartView()->describeDay(taken->date, QStringLiteral("pain")) == expected);
}

TEST_CASE("A profile with many symptoms starts with the first three on the chart")
{
    ChartPageFixture fixture({QStringLiteral("headache"), QStringLiteral("nausea")});
    auto* picker = WidgetFinder::require<QListWidget>(*fixture.page, "symptomPicker");
    REQUIRE(picker->count() == 7);
    int checked = 0;
    for (int row = 0; row < picker->count(); ++row) {
        checked += picker->item(row)->checkState() == Qt::Checked ? 1 : 0;
    }
    CHECK(checked == 3);
    CHECK(fixture.page->chartView()->visibleSymptoms() ==
          QStringList{QStringLiteral("pain"), QStringLiteral("fatigue"), QStringLiteral("sleep quality")});
    CHECK(seriesNamed<QLineSeries>(fixture.page->chartView()->chart(), QStringLiteral("headache")) ==
          nullptr);
}

TEST_CASE("Every symptom on screen has the style the GP report gives it, ten of them all distinct")
{
    ChartPageFixture fixture({QStringLiteral("headache"), QStringLiteral("nausea"),
                              QStringLiteral("dizziness"), QStringLiteral("stiffness"),
                              QStringLiteral("low mood")});
    SymptomChartView* view = fixture.page->chartView();
    const std::vector<SymptomDefinition> symptoms = fixture.symptoms();
    REQUIRE(symptoms.size() == 10);
    QStringList names;
    for (const SymptomDefinition& symptom : symptoms) {
        names << symptom.name;
    }
    view->setVisibleSymptoms(names);
    std::set<std::tuple<QRgb, QList<qreal>, int>> looks;
    for (std::size_t index = 0; index < symptoms.size(); ++index) {
        INFO("symptom " << index + 1 << " " << symptoms[index].name.toStdString());
        auto* mean = seriesNamed<QLineSeries>(view->chart(), symptoms[index].name);
        auto* daily = seriesNamed<QScatterSeries>(view->chart(),
                                                  SymptomChartView::dailyScoresName(symptoms[index].name));
        REQUIRE(mean != nullptr);
        REQUIRE(daily != nullptr);
        const ChartStyle::SymptomStyle style = ChartStyle::symptom(index);
        CHECK(mean->pen().color() == style.colour);
        CHECK(mean->pen().dashPattern() == style.dashes);
        CHECK(daily->color().rgb() == style.colour.rgb());
        looks.insert({mean->pen().color().rgb(), mean->pen().dashPattern(), daily->markerShape()});
    }
    // The eighth keeps the screen's black and the ninth and tenth do not copy the first two.
    CHECK(seriesNamed<QLineSeries>(view->chart(), symptoms[7].name)->pen().color() == QColor(Qt::black));
    CHECK(looks.size() == symptoms.size());
}

TEST_CASE("A profile without logged days shows an explanation instead of an empty chart")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    const std::int64_t id = ProfileRepository(database).add(QStringLiteral("Lee"));
    DiarySession pageSession(database);
    ChartPage page(pageSession);
    page.show();
    page.showProfile(id);
    auto* empty = WidgetFinder::require<QLabel>(page, "chartEmptyState");
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("Lee")));
    CHECK_FALSE(page.chartView()->isVisible());
    CHECK_FALSE(WidgetFinder::require<QPushButton>(page, "exportPngButton")->isEnabled());
}

TEST_CASE("The chart exports as PNG and SVG at the asked size")
{
    ChartPageFixture fixture;
    SymptomChartView* view = fixture.page->chartView();
    const QSizeF onScreen = view->chart()->size();
    view->setExportTitle(QStringLiteral("Demo \u00b7 test export"));

    const QString png = fixture.folder.file(QStringLiteral("chart.png"));
    REQUIRE(view->exportPng(png, QSize(1200, 700)));
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1200, 700));
    // The dose line is drawn in near-black: the picture is a chart, not a blank page.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            dark += qGray(image.pixel(x, y)) < 80 ? 1 : 0;
        }
    }
    CHECK(dark > 100);

    const QString svg = fixture.folder.file(QStringLiteral("chart.svg"));
    REQUIRE(view->exportSvg(svg, QSize(1200, 700)));
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("<svg")));
    CHECK(text.contains(QStringLiteral("<title>Demo \u00b7 test export</title>")));

    // Exporting leaves the chart on screen as it was.
    CHECK(view->chart()->size() == onScreen);
    CHECK(ChartPage::defaultExportFileName(QStringLiteral("Ann Lee/2"), QDate(2026, 3, 3),
                                           QStringLiteral("png")) ==
          QStringLiteral("ldn-chart-Ann-Lee-2-2026-03-03.png"));
}

TEST_CASE("The analysis panel shows the numbers of DoseResponseAnalysis, as analyze --json prints them")
{
    ChartPageFixture fixture;
    const std::vector<DiaryEntry> entries = fixture.entries();
    const std::vector<SymptomDefinition> symptoms = fixture.symptoms();
    // What `analyze --json` computes with its defaults: the whole diary, window 14, settle 3.
    const DoseResponseResult expected =
        DoseResponseAnalysis::run(entries, symptoms, DoseResponseAnalysis::Settings{});
    const nlohmann::json json = DoseResponseJson::toJson(expected, QStringLiteral("Demo"));

    auto* doseLevels = WidgetFinder::require<QTableWidget>(*fixture.page, "doseLevelTable");
    auto* steps = WidgetFinder::require<QTableWidget>(*fixture.page, "stepTable");
    REQUIRE(expected.baseline.days > 0);
    REQUIRE(doseLevels->rowCount() == static_cast<int>(expected.doseLevels.size()) + 1);
    CHECK(doseLevels->item(0, 0)->text().contains(QStringLiteral("Baseline")));
    CHECK(doseLevels->item(1, 0)->text() == QStringLiteral("1.5 mg"));
    REQUIRE(steps->rowCount() == static_cast<int>(expected.steps.size()));
    REQUIRE(steps->columnCount() == 2 + static_cast<int>(symptoms.size()));
    CHECK(steps->horizontalHeaderItem(2)->text() == QStringLiteral("pain"));

    const double mean = json["dose_levels"][0]["symptoms"]["pain"]["mean"].get<double>();
    CHECK(doseLevels->item(1, 2)->text().startsWith(rounded(mean) + QStringLiteral(" \u00b1 ")));
    int intervals = 0;
    for (std::size_t row = 0; row < expected.steps.size(); ++row) {
        const nlohmann::json& pain = json["steps"][row]["symptoms"]["pain"];
        const QString cell = steps->item(static_cast<int>(row), 2)->text();
        INFO("step " << row << ": " << cell.toStdString());
        if (pain["ci95_hac"].is_array()) {
            // The Newey-West interval, not Welch's, and the verdict in the words of the report.
            const double low = pain["ci95_hac"][0].get<double>();
            const double high = pain["ci95_hac"][1].get<double>();
            const QString verdict = high < 0  ? QStringLiteral("better") // lower pain is better
                                    : low > 0 ? QStringLiteral("worse")
                                              : QStringLiteral("no clear change");
            CHECK(cell.startsWith(
                QStringLiteral("%1 (%2 to %3)\n%4")
                    .arg(rounded(pain["difference"].get<double>()), rounded(low), rounded(high), verdict)));
            ++intervals;
        } else {
            CHECK(cell.contains(QStringLiteral("(no interval)")));
            CHECK(steps->item(static_cast<int>(row), 2)->toolTip().contains(QStringLiteral("Fewer than")));
        }
        CHECK(cell.contains(
            QStringLiteral("n %1/%2").arg(pain["n_before"].get<int>()).arg(pain["n_after"].get<int>())));
        const bool flagged = pain["before_trend"].is_object() && pain["before_trend"]["flagged"].get<bool>();
        CHECK(cell.contains(QStringLiteral("already")) == flagged);
    }
    CHECK(intervals >= 1);
    const QString adherence = WidgetFinder::require<QLabel>(*fixture.page, "adherenceLabel")->text();
    CHECK(adherence.contains(QStringLiteral("%1 logged").arg(expected.adherence.daysLogged)));
    CHECK(adherence.contains(QStringLiteral("%1 missed").arg(expected.adherence.dosesMissed)));

    const QString caveat = WidgetFinder::require<QLabel>(*fixture.page, "analysisCaveat")->text();
    CHECK(WidgetFinder::require<QLabel>(*fixture.page, "analysisCaveat")->isVisible());
    CHECK(caveat.contains(QStringLiteral("not a trial")));
    CHECK(caveat.contains(QStringLiteral("includes 0")));
    CHECK(caveat.contains(QStringLiteral("8\u201312 weeks")));

    SECTION("the baseline before LDN against the last 28 days, with the verdict of analyze --json")
    {
        auto* overall = WidgetFinder::require<QTableWidget>(*fixture.page, "overallTable");
        CHECK(overall->isVisible());
        REQUIRE(overall->rowCount() == static_cast<int>(symptoms.size()));
        CHECK(overall->horizontalHeaderItem(4)->text() == QStringLiteral("Verdict"));
        for (int row = 0; row < overall->rowCount(); ++row) {
            const std::string name = symptoms[static_cast<std::size_t>(row)].name.toStdString();
            const nlohmann::json& change = json["overall"][name];
            INFO(name);
            CHECK(overall->item(row, 0)->text().toStdString() == name);
            CHECK(overall->item(row, 1)->text() == QStringLiteral("%1 (n %2)")
                                                       .arg(rounded(change["baseline"]["mean"].get<double>()))
                                                       .arg(change["baseline"]["n"].get<int>()));
            CHECK(overall->item(row, 2)->text() == QStringLiteral("%1 (n %2)")
                                                       .arg(rounded(change["recent"]["mean"].get<double>()))
                                                       .arg(change["recent"]["n"].get<int>()));
            REQUIRE(change["ci95_hac"].is_array());
            CHECK(overall->item(row, 3)->text() == QStringLiteral("%1 (%2 to %3)")
                                                       .arg(rounded(change["difference"].get<double>()),
                                                            rounded(change["ci95_hac"][0].get<double>()),
                                                            rounded(change["ci95_hac"][1].get<double>())));
            CHECK(overall->item(row, 4)->text().startsWith(
                QString::fromStdString(change["verdict"].get<std::string>())));
            CHECK(overall->item(row, 3)->toolTip().contains(QStringLiteral("Newey")));
        }
        const QString notes = WidgetFinder::require<QLabel>(*fixture.page, "overallNotes")->text();
        CHECK(notes.contains(QStringLiteral("LDN was started")));
        bool resembling = false;
        for (const auto& [name, change] : json["overall"].items()) {
            resembling = resembling || (change["lag1_autocorrelation"].is_number() &&
                                        change["lag1_autocorrelation"].get<double>() >= 0.2);
        }
        CHECK(notes.contains(QStringLiteral("Today's score tends to resemble yesterday's")) == resembling);
    }

    SECTION("a shorter window re-runs the analysis and flags estimates on few days in words")
    {
        WidgetFinder::require<QSpinBox>(*fixture.page, "windowSpin")->setValue(5);
        DoseResponseAnalysis::Settings settings;
        settings.windowDays = 5;
        const DoseResponseResult shorter = DoseResponseAnalysis::run(entries, symptoms, settings);
        const SymptomStepChange& change = shorter.steps[0].symptoms.at(QStringLiteral("pain"));
        REQUIRE(change.difference.has_value());
        QTableWidgetItem* cell = steps->item(0, 2);
        CHECK(cell->text().startsWith(rounded(*change.difference)));
        CHECK(cell->text().contains(QStringLiteral("\u26a0 few days")));
        CHECK(cell->toolTip().contains(QStringLiteral("fewer than 7")));
    }
}

TEST_CASE("Without a baseline the panel says so; a flare and a trend before a change are flagged in words")
{
    ChartPageFixture fixture;
    std::vector<DiaryEntry> entries = fixture.entries();
    const int baselineDays = DemoDiaryGenerator::baselineDaysFor(kDemoDays);
    REQUIRE(entries[static_cast<std::size_t>(baselineDays - 1)].dose.isZero());

    SECTION("pain climbing before the first dose: a flare, and already worsening before the change")
    {
        std::vector<DiaryEntry> climbing(entries.begin(), entries.begin() + baselineDays);
        for (std::size_t day = 0; day < climbing.size(); ++day) {
            climbing[day].symptomScores[QStringLiteral("pain")] =
                5 + static_cast<int>(day) * 5 / baselineDays;
        }
        DiaryRepository(fixture.database).save(fixture.profileId, climbing);
        fixture.page->showProfile(fixture.profileId);

        auto* overall = WidgetFinder::require<QTableWidget>(*fixture.page, "overallTable");
        CHECK(overall->item(0, 4)->text().contains(QStringLiteral("started in a flare")));
        CHECK(WidgetFinder::require<QLabel>(*fixture.page, "overallNotes")
                  ->text()
                  .contains(QStringLiteral("regression to the mean")));
        auto* steps = WidgetFinder::require<QTableWidget>(*fixture.page, "stepTable");
        CHECK(steps->item(0, 2)->text().contains(QStringLiteral("already worsening before")));
        CHECK(steps->item(0, 2)->toolTip().contains(QStringLiteral("points a week")));
    }

    SECTION("runs of similar days: the panel says plainly that today's score resembles yesterday's")
    {
        // Pain in runs of four equal days, before LDN and in the last 28 days.
        std::vector<DiaryEntry> runs;
        for (std::size_t index = 0; index < entries.size(); ++index) {
            if (index < static_cast<std::size_t>(baselineDays) || index + 28 >= entries.size()) {
                DiaryEntry day = entries[index];
                day.symptomScores[QStringLiteral("pain")] = (index / 4) % 2 == 0 ? 4 : 7;
                runs.push_back(day);
            }
        }
        DiaryRepository(fixture.database).save(fixture.profileId, runs);
        fixture.page->showProfile(fixture.profileId);

        CHECK(WidgetFinder::require<QLabel>(*fixture.page, "overallNotes")
                  ->text()
                  .contains(QStringLiteral(
                      "Today's score tends to resemble yesterday's: intervals are wider to allow for it. "
                      "(Lag-1 autocorrelation: pain")));
        auto* overall = WidgetFinder::require<QTableWidget>(*fixture.page, "overallTable");
        CHECK(overall->item(0, 3)->toolTip().contains(
            QStringLiteral("today's score tends to resemble yesterday's")));
    }

    SECTION("no 0 mg day before the first dose: no comparison with days already on LDN")
    {
        std::vector<DiaryEntry> onLdn(entries.begin(), entries.begin() + baselineDays);
        for (DiaryEntry& day : onLdn) {
            day.status = DoseStatus::Taken;
            day.dose = Dose::fromMicrograms(1500);
        }
        DiaryRepository(fixture.database).save(fixture.profileId, onLdn);
        fixture.page->showProfile(fixture.profileId);

        CHECK(WidgetFinder::require<QLabel>(*fixture.page, "overallCaption")
                  ->text()
                  .contains(QStringLiteral("No baseline")));
        CHECK_FALSE(WidgetFinder::require<QTableWidget>(*fixture.page, "overallTable")->isVisible());
    }
}

} // namespace ldn::test
