#include "OpenWindow.h"
#include "WidgetFinder.h"
#include "gui/evidence/EvidencePage.h"
#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/evidence/EvidenceRepository.h"
#include "support/TestEnvironment.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>
#include <catch2/catch.hpp>

namespace ldn::test {
namespace {

// Everything a person can read in `root`: labels, text views, list and table cells, tooltips.
QString readableText(const QWidget& root)
{
    QStringList texts;
    for (const QWidget* widget : root.findChildren<QWidget*>()) {
        texts << widget->toolTip();
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            texts << label->text();
        } else if (const auto* view = qobject_cast<const QTextEdit*>(widget)) {
            texts << view->toPlainText();
        } else if (const auto* tree = qobject_cast<const QTreeWidget*>(widget)) {
            for (QTreeWidgetItemIterator item(const_cast<QTreeWidget*>(tree)); *item; ++item) {
                for (int column = 0; column < tree->columnCount(); ++column) {
                    texts << (*item)->text(column) << (*item)->toolTip(column);
                }
            }
        } else if (const auto* table = qobject_cast<const QTableWidget*>(widget)) {
            for (int row = 0; row < table->rowCount(); ++row) {
                for (int column = 0; column < table->columnCount(); ++column) {
                    if (const QTableWidgetItem* cell = table->item(row, column)) {
                        texts << cell->text() << cell->toolTip();
                    }
                }
            }
        }
    }
    return texts.join(QLatin1Char('\n'));
}

// Words no one should read: the library's internal ids, its record types, a wrong plural.
std::string jargonIn(const QString& text)
{
    static const QRegularExpression kJargon(QStringLiteral(
        R"((seeds/\d+|\bseed-\d+\b|\bClaim:|\b1 (days|doses|weeks|months|notes|studies|trials)\b))"));
    QStringList found;
    for (auto match = kJargon.globalMatch(text); match.hasNext();) {
        found << match.next().captured(0);
    }
    return found.join(QStringLiteral(", ")).toStdString();
}

} // namespace

TEST_CASE("The Evidence tab shows no internal ids and explains the statistics it quotes", "[gui][evidence]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    const std::int64_t profileId = ProfileRepository(database).add(QStringLiteral("Sam"));
    DiarySession session(database);
    EvidencePage page(session);
    page.resize(1280, 800);
    page.showProfile(profileId);

    const std::vector<Condition> conditions = session.evidence().conditions();
    REQUIRE(conditions.size() > 20);
    for (const Condition& condition : conditions) {
        page.showCondition(condition.name);
        INFO(condition.name.toStdString());
        CHECK(jargonIn(readableText(page)) == std::string());
    }

    // Fibromyalgia's meta-analysis quotes I² and a standardised mean difference: each has its
    // plain explanation beside it.
    page.showCondition(QStringLiteral("Fibromyalgia"));
    const QString fibromyalgia = readableText(page);
    CHECK(fibromyalgia.contains(QStringLiteral("I\u00b2 = 91%")));
    CHECK(fibromyalgia.contains(QStringLiteral("I\u00b2 says how much the pooled studies disagreed")));
    CHECK(fibromyalgia.contains(QStringLiteral("A standardised mean difference compares groups")));

    // Search results name findings as findings.
    auto* search = WidgetFinder::require<QLineEdit>(page, "evidenceSearch");
    search->setText(QStringLiteral("pain"));
    QTest::qWait(400);
    CHECK(jargonIn(readableText(page)) == std::string());
}

TEST_CASE("The window is titled with the person's name alone and the pages of the demo read plainly", "[gui]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DemoDiaryWriter(database).write({QStringLiteral("Sam"), 120, 1, QDate::currentDate(), true});
    OpenWindow windowOpened(database);
    MainWindow& window = windowOpened.window;
    window.resize(1280, 800);
    window.show();
    CHECK(window.windowTitle() == QStringLiteral("LDN Tracker \u2014 Sam"));
    for (int tab = 0; tab < MainWindow::TabCount; ++tab) {
        window.showTab(tab);
        QTest::qWait(50);
        INFO("tab " << MainWindow::tabName(tab).toStdString());
        CHECK(jargonIn(readableText(window)) == std::string());
    }
}

} // namespace ldn::test
