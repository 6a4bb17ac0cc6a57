#include "gui/evidence/EvidencePage.h"

#include "WidgetFinder.h"
#include "core/evidence/DesignBadge.h"
#include "gui/evidence/UserEvidenceDialog.h"
#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/evidence/EvidenceRepository.h"
#include "support/DatabaseSnapshot.h"
#include "support/TestEnvironment.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <vector>

namespace ldn::test {
namespace {

const QString kFinalDoiUrl = QStringLiteral("https://doi.org/10.1016/S2665-9913(23)00278-3");

struct Fixture {
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    // The person's own names for their conditions, as typed when the profile was made.
    std::int64_t profileId = ProfileRepository(database).add(
        QStringLiteral("Sam"), {QStringLiteral("fibromyalgia"), QStringLiteral("CFS/ME")});
    DiarySession session{database};
    EvidencePage page{session};
    std::vector<QUrl> opened;

    Fixture()
    {
        page.setUrlOpener([this](const QUrl& url) { opened.push_back(url); });
        page.resize(1280, 800);
        page.showProfile(profileId);
    }

    QTreeWidget* list() { return WidgetFinder::require<QTreeWidget>(page, "conditionList"); }
    QTableWidget* table() { return WidgetFinder::require<QTableWidget>(page, "summaryTable"); }
    QTextBrowser* findings() { return WidgetFinder::require<QTextBrowser>(page, "findingsView"); }
    QTextBrowser* personal() { return WidgetFinder::require<QTextBrowser>(page, "personalReports"); }
    QString title() { return WidgetFinder::require<QLabel>(page, "conditionTitle")->text(); }

    QStringList listTexts()
    {
        QStringList texts;
        for (int i = 0; i < list()->topLevelItemCount(); ++i) {
            texts << list()->topLevelItem(i)->text(0).trimmed();
        }
        return texts;
    }

    SummaryOfFindings summaryOf(const QString& condition)
    {
        EvidenceRepository repository(database);
        const ConditionEvidence evidence =
            repository.conditionEvidence(repository.findCondition(condition)->id);
        return SummaryOfFindings::build(evidence.claims, evidence.grades);
    }

    std::size_t userSources() { return EvidenceRepository(database).sources(EntryOrigin::User).size(); }
};

int tableRow(const QTableWidget& table, const QString& outcome)
{
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.item(row, 0)->text() == outcome) {
            return row;
        }
    }
    return -1;
}

UserEvidenceDialog* visibleDialog(const QWidget& page)
{
    for (UserEvidenceDialog* dialog : page.findChildren<UserEvidenceDialog*>()) {
        if (dialog->isVisible()) {
            return dialog;
        }
    }
    return nullptr;
}

void clickSave(const QDialog& dialog)
{
    QTest::mouseClick(
        WidgetFinder::require<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save),
        Qt::LeftButton);
}

} // namespace

TEST_CASE("The Evidence tab installs the pack and opens on the profile's own conditions", "[gui][evidence]")
{
    Fixture fixture;
    CHECK(EvidenceRepository(fixture.database).conditions().size() > 50);
    const QStringList texts = fixture.listTexts();
    REQUIRE(texts.size() > 3);
    CHECK(texts[0] == QStringLiteral("My conditions"));
    CHECK(texts[1] == QStringLiteral("Fibromyalgia"));
    CHECK(texts[2] == QStringLiteral("ME/CFS")); // "CFS/ME" resolved through its synonym
    CHECK(texts.contains(QStringLiteral("Suggested but untried")));
    CHECK(fixture.title() == QStringLiteral("Fibromyalgia"));
    // Each condition's evidence status is visible in the list.
    CHECK(fixture.list()->topLevelItem(1)->text(1) == QStringLiteral("trials"));
    // Every condition's tag says what its summary of findings says.
    const std::map<EvidenceStatus, QString> tags{
        {EvidenceStatus::RandomisedTrials, QStringLiteral("trials")},
        {EvidenceStatus::NonRandomisedStudies, QStringLiteral("studies, no RCT")},
        {EvidenceStatus::AnecdoteOnly, QStringLiteral("anecdote only")},
        {EvidenceStatus::NoEvidence, QStringLiteral("no studies")}};
    std::set<QString> seen;
    for (const Condition& condition : EvidenceRepository(fixture.database).conditions()) {
        const QList<QTreeWidgetItem*> items =
            fixture.list()->findItems(QStringLiteral("  ") + condition.name, Qt::MatchExactly, 0);
        REQUIRE_FALSE(items.isEmpty());
        INFO(condition.name.toStdString());
        CHECK(items.back()->text(1) == tags.at(fixture.summaryOf(condition.name).status()));
        seen.insert(items.back()->text(1));
    }
    CHECK(seen.size() == tags.size()); // the pack has every kind of condition

    // Going elsewhere and back: "My conditions" is one call away.
    fixture.page.showCondition(QStringLiteral("Crohn's"));
    CHECK(fixture.title() == QStringLiteral("Crohn's disease"));
    fixture.page.showMyConditions();
    CHECK(fixture.title() == QStringLiteral("Fibromyalgia"));
}

TEST_CASE("Fibromyalgia shows null trials beside positive ones, graded, with links", "[gui][evidence]")
{
    Fixture fixture;
    QTableWidget* table = fixture.table();
    const int pain = tableRow(*table, QStringLiteral("pain"));
    REQUIRE(pain >= 0);
    const QString direction = table->item(pain, 1)->text();
    CHECK(direction.contains(QStringLiteral("no difference")));
    CHECK(direction.contains(QStringLiteral("benefit")));
    CHECK(table->item(pain, 5)->text() == QStringLiteral("Low"));
    CHECK(table->item(pain, 5)->toolTip().contains(QStringLiteral("Inconsistency −1")));
    CHECK(table->rowCount() ==
          static_cast<int>(fixture.summaryOf(QStringLiteral("fibromyalgia")).rows().size()));

    const QString html = fixture.findings()->toHtml();
    CHECK(html.contains(QStringLiteral("FINAL")));
    CHECK(html.contains(QStringLiteral("Bested")));
    CHECK(fixture.findings()->toPlainText().contains(QStringLiteral("vs placebo, n=99")));
    // The link in the view, not one made up by the test, goes to the url opener.
    const QRegularExpressionMatch link =
        QRegularExpression(QStringLiteral("href=\"(https://doi.org/10.1016/S2665-9913[^\"]*)\"")).match(html);
    REQUIRE(link.hasMatch());
    Q_EMIT fixture.findings()->anchorClicked(QUrl(link.captured(1)));
    REQUIRE(fixture.opened.size() == 1);
    CHECK(fixture.opened.front().toString() == kFinalDoiUrl);
}

TEST_CASE("ME/CFS keeps personal reports and advocacy apart and uncounted", "[gui][evidence]")
{
    Fixture fixture;
    fixture.page.showCondition(QStringLiteral("chronic fatigue syndrome"));
    CHECK(fixture.title() == QStringLiteral("ME/CFS"));
    CHECK(fixture.personal()->toPlainText().contains(QStringLiteral("ME Association")));
    CHECK_FALSE(fixture.findings()->toPlainText().contains(QStringLiteral("ME Association")));

    // The table is the summary without the personal reports: dropping them changes nothing.
    EvidenceRepository repository(fixture.database);
    ConditionEvidence evidence =
        repository.conditionEvidence(repository.findCondition(QStringLiteral("ME/CFS"))->id);
    const SummaryOfFindings all = SummaryOfFindings::build(evidence.claims, evidence.grades);
    REQUIRE_FALSE(all.personalReports().empty());
    std::erase_if(evidence.claims,
                  [](const LinkedClaim& linked) { return linked.lane() == EvidenceLane::PersonalReports; });
    const SummaryOfFindings studiesOnly = SummaryOfFindings::build(evidence.claims, evidence.grades);
    QTableWidget* table = fixture.table();
    REQUIRE(table->rowCount() == static_cast<int>(studiesOnly.rows().size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const SummaryRow& expected = studiesOnly.rows()[static_cast<std::size_t>(row)];
        CHECK(table->item(row, 0)->text() == expected.outcome);
        CHECK(table->item(row, 3)->text().startsWith(QString::number(expected.studies)));
    }
}

TEST_CASE("Searching as you type finds a trial by its registry number", "[gui][evidence]")
{
    Fixture fixture;
    fixture.page.showCondition(QStringLiteral("Crohn's disease"));
    auto* search = WidgetFinder::require<QLineEdit>(fixture.page, "evidenceSearch");
    CHECK(search->placeholderText().startsWith(QStringLiteral("Search conditions")));
    QTest::keyClicks(search, QStringLiteral("NCT0427"));
    QTest::qWait(200);
    const QStringList texts = fixture.listTexts();
    INFO(texts.join(QLatin1Char('\n')).toStdString());
    const auto final = std::find_if(texts.begin(), texts.end(), [](const QString& text) {
        return text.startsWith(QStringLiteral("Study: FINAL"));
    });
    REQUIRE(final != texts.end());

    // Down from the search box selects the first result, which shows its condition.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Down);
    REQUIRE(fixture.list()->currentItem() != nullptr);
    CHECK(fixture.list()->currentItem()->text(0).trimmed().startsWith(QStringLiteral("Study: FINAL")));
    CHECK(fixture.title() == QStringLiteral("Fibromyalgia"));
}

TEST_CASE("A person's own source is checked first and then shown as theirs", "[gui][evidence]")
{
    Fixture fixture;
    const std::size_t before = fixture.userSources();
    UserEvidenceDialog* dialog = fixture.page.openUserEvidenceDialog();
    REQUIRE(visibleDialog(fixture.page) == dialog);
    WidgetFinder::require<QLineEdit>(*dialog, "sourceTitle")
        ->setText(QStringLiteral("Letter from my rheumatologist"));
    WidgetFinder::require<QLineEdit>(*dialog, "sourceDoi")->setText(QStringLiteral("10.12/not a doi"));
    auto* finding = WidgetFinder::require<QGroupBox>(*dialog, "addFinding");
    REQUIRE(finding->isEnabled());
    finding->setChecked(true);
    WidgetFinder::require<QLineEdit>(*dialog, "findingOutcome")->setText(QStringLiteral("sleep"));
    WidgetFinder::require<QPlainTextEdit>(*dialog, "findingSummary")
        ->setPlainText(QStringLiteral("Slept better."));
    clickSave(*dialog);
    auto* error = WidgetFinder::require<QLabel>(*dialog, "userEvidenceError");
    CHECK(error->isVisibleTo(dialog));
    CHECK(error->text().startsWith(QStringLiteral("DOI:")));
    CHECK(dialog->isVisible());
    CHECK(fixture.userSources() == before);

    WidgetFinder::require<QLineEdit>(*dialog, "sourceDoi")
        ->setText(QStringLiteral("doi:10.1234/letter.2024"));
    clickSave(*dialog);
    CHECK_FALSE(dialog->isVisible());
    CHECK(fixture.userSources() == before + 1);
    const QString text = fixture.findings()->toPlainText();
    CHECK(text.contains(QStringLiteral("Letter from my rheumatologist")));
    CHECK(text.contains(QStringLiteral("Your entry")));
    CHECK(fixture.findings()->toHtml().contains(QStringLiteral("https://doi.org/10.1234/letter.2024")));

    // The entry can be edited in place from its "Edit" link: changed, not duplicated.
    const QString html = fixture.findings()->toHtml();
    const QRegularExpression editLink(QStringLiteral("ldn-edit:(\\d+)/(\\d+)"));
    const QRegularExpressionMatch link = editLink.match(html);
    REQUIRE(link.hasMatch());
    CHECK(link.captured(2).toLongLong() != 0); // the finding's own link carries the claim too
    Q_EMIT fixture.findings()->anchorClicked(QUrl(link.captured(0)));
    auto* editor = qobject_cast<UserEvidenceDialog*>(visibleDialog(fixture.page));
    REQUIRE(editor != nullptr);
    CHECK(editor->windowTitle() == QStringLiteral("Edit your entry"));
    auto* title = WidgetFinder::require<QLineEdit>(*editor, "sourceTitle");
    CHECK(title->text() == QStringLiteral("Letter from my rheumatologist"));
    CHECK(WidgetFinder::require<QPlainTextEdit>(*editor, "findingSummary")->toPlainText() ==
          QStringLiteral("Slept better."));
    title->setText(QStringLiteral("Letter from my rheumatologist, March"));
    WidgetFinder::require<QPlainTextEdit>(*editor, "findingSummary")
        ->setPlainText(QStringLiteral("Slept much better."));
    clickSave(*editor);
    CHECK(fixture.userSources() == before + 1);
    const QString edited = fixture.findings()->toPlainText();
    CHECK(edited.contains(QStringLiteral("Letter from my rheumatologist, March")));
    CHECK(edited.contains(QStringLiteral("Slept much better.")));
    CHECK_FALSE(edited.contains(QStringLiteral("Slept better.")));
}

TEST_CASE("Importing references adds them, and a malformed file adds nothing", "[gui][evidence]")
{
    Fixture fixture;
    auto* status = WidgetFinder::require<QLabel>(fixture.page, "importStatus");
    const std::size_t before = fixture.userSources();
    CHECK(fixture.page.importReferences(testData(QStringLiteral("evidence/pubmed-export.ris"))));
    CHECK(fixture.userSources() > before);
    CHECK(status->text().startsWith(QStringLiteral("Imported")));

    // A file in which no record can be imported: nothing changes, and the message says where and why.
    const QString broken = fixture.folder.file(QStringLiteral("untitled.ris"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("TY  - JOUR\nAU  - Smith, J\nPY  - 2020\nER  - \n");
    file.close();
    const std::size_t afterGood = fixture.userSources();
    const DatabaseSnapshot snapshot = DatabaseSnapshot::of(fixture.database.connection());
    CHECK_FALSE(fixture.page.importReferences(broken));
    CHECK(DatabaseSnapshot::of(fixture.database.connection()) == snapshot);
    CHECK(fixture.userSources() == afterGood);
    INFO(status->text().toStdString());
    CHECK(status->text().startsWith(QStringLiteral("Nothing was imported.")));
    CHECK(status->text().contains(QStringLiteral("untitled.ris:1: record 1: TI: a title is required")));
}

TEST_CASE("A file with records that cannot be imported lists them before anything is written",
          "[gui][evidence]")
{
    Fixture fixture;
    auto* status = WidgetFinder::require<QLabel>(fixture.page, "importStatus");
    const QString path = testData(QStringLiteral("references/mixed-good-and-bad.ris"));
    const std::size_t before = fixture.userSources();
    const DatabaseSnapshot snapshot = DatabaseSnapshot::of(fixture.database.connection());
    CHECK_FALSE(fixture.page.importReferences(path));
    auto* dialog = WidgetFinder::require<QDialog>(fixture.page, "referenceImportDialog");
    CHECK(dialog->isVisible());
    CHECK(DatabaseSnapshot::of(fixture.database.connection()) == snapshot); // nothing written yet
    const QString intro = WidgetFinder::require<QLabel>(*dialog, "referenceImportIntro")->text();
    CHECK(intro.startsWith(
        QStringLiteral("mixed-good-and-bad.ris (RIS): 2 records of 4 can be imported. 2 records "
                       "cannot be imported and will be left out.")));
    auto* issues = WidgetFinder::require<QTableWidget>(*dialog, "referenceImportIssues");
    REQUIRE(issues->rowCount() == 2);
    CHECK(issues->item(0, 0)->text() == QStringLiteral("mixed-good-and-bad.ris:7: record 2: TI"));
    CHECK(issues->item(0, 1)->text() == QStringLiteral("Record left out"));
    CHECK(
        issues->item(1, 2)->text().startsWith(QStringLiteral("1739 is not a possible year of publication")));
    auto* import = WidgetFinder::require<QPushButton>(*dialog, "referenceImportButton");
    CHECK(import->text() == QStringLiteral("&Import 2 references"));
    import->click();
    CHECK(fixture.userSources() == before + 2);
    INFO(status->text().toStdString());
    CHECK(status->text().startsWith(
        QStringLiteral("Imported 2 references from mixed-good-and-bad.ris; 2 records left "
                       "out.")));
}

} // namespace ldn::test
