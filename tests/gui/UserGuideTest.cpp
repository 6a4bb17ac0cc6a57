#include "OpenWindow.h"
#include "WidgetFinder.h"
#include "gui/common/DoseQuestions.h"
#include "gui/help/UserGuideDialog.h"
#include "gui/window/MainWindow.h"
#include "presentation/Translations.h"
#include "services/SettingKeys.h"
#include "storage/db/Database.h"
#include "storage/diary/ProfileRepository.h"
#include "support/TestEnvironment.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <catch2/catch.hpp>

using namespace ldn;
using namespace ldn::test;

namespace {

// Installs a language for one test and goes back to British English after it.
struct ScopedLanguage {
    explicit ScopedLanguage(Language language) { Translations::install(language); }
    ~ScopedLanguage() { Translations::install(Language::EnglishGB); }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;
};

QString firstHeading(const QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 1) {
            return block.text();
        }
    }
    return {};
}

UserGuideDialog* openGuide(MainWindow& window)
{
    auto* action = WidgetFinder::require<QAction>(window, "actionUserGuide");
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("F1")));
    action->trigger();
    return window.findChild<UserGuideDialog*>();
}

} // namespace

TEST_CASE("Help > User guide opens the guide inside the app, from the resources", "[gui][help]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    ProfileRepository(database).add(QStringLiteral("Ann"));
    OpenWindow opened(database);
    opened.window.show();

    UserGuideDialog* guide = openGuide(opened.window);
    REQUIRE(guide != nullptr);
    CHECK(guide->isVisible());
    const QTextDocument& document = *guide->browser()->document();
    CHECK(firstHeading(document) == QStringLiteral("LDN Tracker user guide"));
    const QString text = document.toPlainText();
    for (const char* section :
         {"First start", "Logging a day", "The plan and your other medicines", "The chart",
          "What the numbers can and cannot say", "The evidence", "The GP report",
          "Carers, several people and review", "Backups and moving to a new computer"}) {
        INFO(section);
        CHECK(text.contains(QString::fromUtf8(section)));
    }
    // The screenshots come from the resources too: an image the guide names is there.
    CHECK(guide->browser()
              ->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("screenshot-today.png")))
              .isValid());

    // The contents' links move to their heading, as a click on one does.
    const int top = guide->browser()->verticalScrollBar()->value();
    Q_EMIT guide->browser()->anchorClicked(QUrl(QStringLiteral("#backups-and-moving-to-a-new-computer")));
    CHECK(guide->browser()->verticalScrollBar()->value() > top);
    CHECK(guide->browser()->textCursor().block().text() ==
          QStringLiteral("Backups and moving to a new computer"));
    // A web address opens nothing: the guide stays where it is.
    Q_EMIT guide->browser()->anchorClicked(QUrl(QStringLiteral("https://example.org/")));
    CHECK(guide->browser()->source().toString().endsWith(QStringLiteral("user-guide.md")));
    CHECK_FALSE(guide->showHeading(QStringLiteral("no-such-heading")));
    CHECK(UserGuideDialog::headingAnchor(QStringLiteral("What the numbers can and cannot say")) ==
          QStringLiteral("what-the-numbers-can-and-cannot-say"));

    // A second F1 shows the same window rather than a second one.
    CHECK(openGuide(opened.window) == guide);
    CHECK(opened.window.findChildren<UserGuideDialog*>().size() == 1);
}

TEST_CASE("In German the window, its menus and the user guide are German", "[gui][help][language]")
{
    const ScopedLanguage german(Language::German);
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    ProfileRepository(database).add(QStringLiteral("Ann"));
    OpenWindow opened(database);
    opened.window.show();

    auto* tabs = WidgetFinder::require<QTabWidget>(opened.window, "mainTabs");
    CHECK(tabs->tabText(0) == QStringLiteral("Heute"));
    CHECK(tabs->tabText(5) == QStringLiteral("Hausarztbericht"));
    CHECK(WidgetFinder::require<QAction>(opened.window, "actionUserGuide")->text() ==
          QStringLiteral("&Benutzerhandbuch"));

    UserGuideDialog* guide = openGuide(opened.window);
    REQUIRE(guide != nullptr);
    CHECK(guide->windowTitle() == QStringLiteral("LDN Tracker – Benutzerhandbuch"));
    CHECK(firstHeading(*guide->browser()->document()) == QStringLiteral("LDN Tracker – Benutzerhandbuch"));
    CHECK(guide->browser()->document()->toPlainText().contains(QStringLiteral("Der Hausarztbericht")));
    CHECK(guide->showHeading(QStringLiteral("was-die-zahlen-sagen-können-und-was-nicht")));
}

TEST_CASE("View > Language keeps the choice on this computer", "[gui][language]")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    ProfileRepository(database).add(QStringLiteral("Ann"));
    OpenWindow opened(database);
    auto* system = WidgetFinder::require<QAction>(opened.window, "actionLanguage_system");
    auto* english = WidgetFinder::require<QAction>(opened.window, "actionLanguage_en-GB");
    CHECK(system->isChecked());
    // Choosing the language already spoken needs no message and no restart.
    english->trigger();
    CHECK(english->isChecked());
    CHECK(opened.settings.value(SettingKeys::language) == QStringLiteral("en-GB"));
    WidgetFinder::require<QAction>(opened.window, "actionLanguage_system")->trigger();
    CHECK(opened.settings.value(SettingKeys::language) == QStringLiteral("system"));
}

TEST_CASE("In German the questions about a dose write it with a decimal comma", "[gui][language]")
{
    const ScopedLanguage german(Language::German);
    const QString question = DoseQuestions::unusualDoseQuestion(Dose::fromMicrograms(45'000));
    CHECK(question.contains(QStringLiteral("45 mg")));
    CHECK(question.contains(QStringLiteral("4,5 mg")));
    CHECK_FALSE(question.contains(QStringLiteral("4.5 mg")));
}
