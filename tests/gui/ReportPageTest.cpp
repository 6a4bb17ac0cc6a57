#include "gui/report/ReportPage.h"

#include "OpenWindow.h"
#include "WidgetFinder.h"
#include "gui/common/DateRangeControls.h"
#include "gui/window/MainWindow.h"
#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/plan/MedicationRepository.h"
#include "storage/plan/TitrationRepository.h"
#include "support/TestEnvironment.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <catch2/catch.hpp>

#include <memory>

namespace ldn::test {
namespace {

// A year of demo diary ending today, with a plan and an opioid on the medicine list, on a real page.
struct ReportPageFixture {
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session{database};
    std::int64_t profileId = 0;
    std::unique_ptr<ReportPage> page;

    ReportPageFixture()
    {
        profileId = ProfileRepository(database).add(QStringLiteral("Ann"), {QStringLiteral("fibromyalgia")});
        DemoDiaryWriter(database).write({QStringLiteral("Ann"), 365, 1, QDate::currentDate()});
        TitrationRepository(database).setPlan(
            profileId, TitrationPlan::fromTemplate(TitrationPlan::Template::Standard,
                                                   QDate::currentDate().addDays(-350)));
        MedicationRepository(database).add(
            profileId, {0, QStringLiteral("Tramadol"), QStringLiteral("50 mg"), QDate(), QDate(), QString()});
        page = std::make_unique<ReportPage>(session);
        page->resize(1200, 800);
        page->show();
        page->showProfile(profileId);
    }
};

int pdfPageCount(const QString& path)
{
    const ProcessResult info = runProgram(QStringLiteral("pdfinfo"), {path});
    REQUIRE(info.exitCode == 0);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

QString pdfText(const QString& path)
{
    const ProcessResult text = runProgram(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    return text.out;
}

} // namespace

TEST_CASE("The report page previews the pages that Save writes", "[gui][report]")
{
    ReportPageFixture fixture;
    ReportPage& page = *fixture.page;
    const int pages = page.previewPageCount();
    CHECK(pages >= 1);
    CHECK(pages <= 3);
    for (int index = 1; index <= pages; ++index) {
        const auto* preview = page.findChild<QLabel*>(QStringLiteral("reportPreviewPage%1").arg(index));
        REQUIRE(preview != nullptr);
        const QPixmap pixmap = preview->pixmap();
        REQUIRE_FALSE(pixmap.isNull());
        // A4 at the preview's resolution, whatever the screen's pixel ratio.
        CHECK(std::abs(pixmap.deviceIndependentSize().width() - 210.0 / 25.4 * ReportPage::kPreviewDpi) < 2);
        CHECK(pixmap.toImage().pixelColor(20, 20) == QColor(Qt::white));
    }

    const QString path = fixture.folder.file(QStringLiteral("report.pdf"));
    page.savePdf(path);
    CHECK(pdfPageCount(path) == pages);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("LDN summary for Ann")));
    CHECK(text.contains(QStringLiteral("Warning: Tramadol")));
    CHECK(WidgetFinder::require<QPushButton>(page, "saveReportButton")->isEnabled());
}

TEST_CASE("The report page's options shape the report", "[gui][report]")
{
    ReportPageFixture fixture;
    ReportPage& page = *fixture.page;
    auto* paper = WidgetFinder::require<QComboBox>(page, "reportPaperCombo");
    paper->setCurrentIndex(paper->findData(static_cast<int>(PaperSize::Letter)));
    for (const char* section : {"reportSection-chart", "reportSection-per-dose", "reportSection-evidence",
                                "reportSection-side-effects", "reportSection-medications"}) {
        WidgetFinder::require<QCheckBox>(page, section)->setChecked(false);
    }
    WidgetFinder::require<QPlainTextEdit>(page, "reportQuestions")
        ->setPlainText(QStringLiteral("Can I try 6 mg?"));
    auto* range = WidgetFinder::require<QComboBox>(page, "reportRangeCombo");
    range->setCurrentIndex(range->findData(static_cast<int>(DateRangeControls::Preset::LastThreeMonths)));
    page.refreshPreview();

    const GpReportBuilder::Request request = page.request();
    CHECK(request.paper == PaperSize::Letter);
    CHECK_FALSE(request.sections.contains(ReportSection::Chart));
    CHECK(request.sections.contains(ReportSection::Summary));
    CHECK(request.to == QDate::currentDate());
    CHECK(request.from == QDate::currentDate().addMonths(-3).addDays(1));
    CHECK(page.previewPageCount() == 1);

    const QString path = fixture.folder.file(QStringLiteral("letter.pdf"));
    page.savePdf(path);
    CHECK(runProgram(QStringLiteral("pdfinfo"), {path}).out.contains(QStringLiteral("(letter)")));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Can I try 6 mg?")));
    CHECK_FALSE(text.contains(sectionTitle(ReportSection::Chart)));
    CHECK_FALSE(text.contains(QStringLiteral("Warning: Tramadol")));

    for (QCheckBox* box : page.findChildren<QCheckBox*>()) {
        box->setChecked(false);
    }
    CHECK_FALSE(WidgetFinder::require<QPushButton>(page, "saveReportButton")->isEnabled());

    page.clear();
    CHECK(page.previewPageCount() == 0);
    CHECK_THROWS(page.savePdf(fixture.folder.file(QStringLiteral("none.pdf"))));
    CHECK_FALSE(QFileInfo::exists(fixture.folder.file(QStringLiteral("none.pdf"))));
}

TEST_CASE("The GP report tab shows the report page when it is opened", "[gui][report]")
{
    ReportPageFixture fixture;
    OpenWindow windowOpened(fixture.database);
    MainWindow& window = windowOpened.window;
    window.resize(1280, 800);
    window.show();
    CHECK(window.reportPage()->previewPageCount() == 0); // read only when the tab is shown
    WidgetFinder::require<QAction>(window, "actionShowReport")->trigger();
    CHECK(window.reportPage()->isVisible());
    CHECK(window.reportPage()->previewPageCount() >= 1);
}

} // namespace ldn::test
