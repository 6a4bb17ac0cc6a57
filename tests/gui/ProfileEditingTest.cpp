#include "OpenWindow.h"
#include "WidgetFinder.h"
#include "gui/profiles/ConditionPicker.h"
#include "gui/profiles/EditProfileDialog.h"
#include "gui/profiles/NewProfileDialog.h"
#include "gui/profiles/ProfileColourBox.h"
#include "gui/profiles/WelcomePage.h"
#include "gui/window/MainWindow.h"
#include "services/DiarySession.h"
#include "services/ProfileService.h"
#include "storage/db/Database.h"
#include "storage/diary/DemoDiaryWriter.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/evidence/EvidenceRepository.h"
#include "support/TestEnvironment.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>

namespace ldn::test {
namespace {

// The list under the condition field (a popup window of its own, so not the page's child).
QAbstractItemView* completions(const QWidget& page)
{
    auto* completer = page.findChild<QCompleter*>();
    REQUIRE(completer != nullptr);
    CHECK(completer->popup()->objectName() == QStringLiteral("conditionCompletions"));
    return completer->popup();
}

QStringList chosen(const QListWidget& list)
{
    QStringList texts;
    for (int row = 0; row < list.count(); ++row) {
        texts << list.item(row)->text();
    }
    return texts;
}

int scoresOf(Database& database, std::int64_t profileId, const QString& symptom)
{
    int count = 0;
    for (const DiaryEntry& entry : DiaryRepository(database).entries(profileId)) {
        count += entry.symptomScores.count(symptom) > 0 ? 1 : 0;
    }
    return count;
}

std::optional<ArchivedSymptom> symptomNamed(Database& database, std::int64_t profileId, const QString& name)
{
    for (const ArchivedSymptom& symptom : ProfileRepository(database).allSymptoms(profileId)) {
        if (symptom.definition.name == name) {
            return symptom;
        }
    }
    return std::nullopt;
}

QTreeWidgetItem* rowNamed(QTreeWidget& tree, const QString& name)
{
    for (int row = 0; row < tree.topLevelItemCount(); ++row) {
        if (tree.topLevelItem(row)->text(0) == name) {
            return tree.topLevelItem(row);
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("The condition field completes from the library by beginning, synonym and near spelling")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    WelcomePage page(session);
    page.show();
    auto* input = WidgetFinder::require<QLineEdit>(page, "conditionsEdit");
    auto* list = WidgetFinder::require<QListWidget>(page, "chosenConditions");
    auto* choices = WidgetFinder::require<QWidget>(page, "conditionChoices");
    CHECK_FALSE(list->isVisible()); // nothing chosen yet, nothing shown

    SECTION("a beginning: the list under the field offers Fibromyalgia, Enter on it takes it")
    {
        input->setFocus();
        QTest::keyClicks(input, QStringLiteral("fibro"));
        auto* popup = completions(page);
        REQUIRE(popup->isVisible());
        REQUIRE(popup->model()->rowCount() >= 1);
        CHECK(popup->model()->index(0, 0).data().toString() == QStringLiteral("Fibromyalgia"));
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCoreApplication::processEvents();
        CHECK(chosen(*list) == QStringList{QStringLiteral("Fibromyalgia")});
        CHECK(input->text().isEmpty());
        CHECK(list->isVisible());
    }
    SECTION("a synonym in any case is the library's condition at once")
    {
        input->setFocus();
        QTest::keyClicks(input, QStringLiteral("cfs/me"));
        auto* popup = completions(page);
        REQUIRE(popup->isVisible());
        CHECK(
            popup->model()->index(0, 0).data().toString().startsWith(QStringLiteral("ME/CFS (also called")));
        popup->hide();
        QTest::keyClick(input, Qt::Key_Return);
        CHECK(chosen(*list) == QStringList{QStringLiteral("ME/CFS")});
        CHECK_FALSE(choices->isVisible());
    }
    SECTION("a near spelling is offered as the library's condition, never taken silently")
    {
        input->setText(QStringLiteral("fibromialgia"));
        QTest::keyClick(input, Qt::Key_Return);
        CHECK(list->count() == 0);
        REQUIRE(choices->isVisible());
        auto* text = WidgetFinder::require<QLabel>(page, "conditionChoicesText");
        CHECK(text->text().contains(QStringLiteral("Did you mean")));
        auto* suggestion = WidgetFinder::require<QPushButton>(page, "conditionSuggestion1");
        CHECK(suggestion->text() == QStringLiteral("Fibromyalgia"));
        QTest::mouseClick(suggestion, Qt::LeftButton);
        CHECK(chosen(*list) == QStringList{QStringLiteral("Fibromyalgia")});
        CHECK(input->text().isEmpty());
        CHECK_FALSE(choices->isVisible());
    }
    SECTION("a condition the library lacks is added only when asked, marked as the person's own")
    {
        input->setText(QStringLiteral("Mast cell activation syndrome, crohns"));
        QTest::keyClick(input, Qt::Key_Return);
        REQUIRE(choices->isVisible());
        auto* own = WidgetFinder::require<QPushButton>(page, "addOwnConditionButton");
        CHECK(own->text().contains(QStringLiteral("Mast cell activation syndrome")));
        QTest::mouseClick(own, Qt::LeftButton);
        // Then the next part: "crohns" is a near spelling of Crohn's disease.
        REQUIRE(choices->isVisible());
        CHECK(WidgetFinder::require<QPushButton>(page, "conditionSuggestion1")->text() ==
              QStringLiteral("Crohn's disease"));
        QTest::mouseClick(WidgetFinder::require<QPushButton>(page, "conditionSuggestion1"), Qt::LeftButton);
        CHECK(chosen(*list) == QStringList{QStringLiteral("Mast cell activation syndrome (your own)"),
                                           QStringLiteral("Crohn's disease")});

        // Delete removes the selected one.
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Delete);
        CHECK(chosen(*list) == QStringList{QStringLiteral("Mast cell activation syndrome (your own)")});

        QTest::keyClicks(WidgetFinder::require<QLineEdit>(page, "profileNameEdit"), QStringLiteral("Robin"));
        QTest::mouseClick(WidgetFinder::require<QPushButton>(page, "createProfileButton"), Qt::LeftButton);
        const std::optional<Profile> robin = ProfileRepository(database).findByName(QStringLiteral("Robin"));
        REQUIRE(robin.has_value());
        CHECK(robin->conditions == QStringList{QStringLiteral("Mast cell activation syndrome")});
        bool ownInLibrary = false;
        for (const Condition& condition : EvidenceRepository(database).conditions()) {
            ownInLibrary =
                ownInLibrary || (condition.name == QStringLiteral("Mast cell activation syndrome") &&
                                 condition.origin == EntryOrigin::User);
        }
        CHECK(ownInLibrary);
    }
}

TEST_CASE("Creating a profile with an unresolved condition asks first and writes nothing")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    WelcomePage page(session);
    page.show();
    QTest::keyClicks(WidgetFinder::require<QLineEdit>(page, "profileNameEdit"), QStringLiteral("Sam"));
    WidgetFinder::require<QLineEdit>(page, "conditionsEdit")->setText(QStringLiteral("fibro"));
    QTest::mouseClick(WidgetFinder::require<QPushButton>(page, "createProfileButton"), Qt::LeftButton);

    CHECK(ProfileRepository(database).list().empty());
    auto* error = WidgetFinder::require<QLabel>(page, "welcomeError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("fibro")));
    CHECK(WidgetFinder::require<QWidget>(page, "conditionChoices")->isVisible());
    CHECK(WidgetFinder::require<QPushButton>(page, "conditionSuggestion1")->text() ==
          QStringLiteral("Fibromyalgia"));

    QTest::mouseClick(WidgetFinder::require<QPushButton>(page, "conditionSuggestion1"), Qt::LeftButton);
    QTest::mouseClick(WidgetFinder::require<QPushButton>(page, "createProfileButton"), Qt::LeftButton);
    const std::optional<Profile> sam = ProfileRepository(database).findByName(QStringLiteral("Sam"));
    REQUIRE(sam.has_value());
    CHECK(sam->conditions == QStringList{QStringLiteral("Fibromyalgia")});
}

TEST_CASE("Enter in the new-profile dialog's condition field adds the condition, not the profile")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    ProfileRepository(database).add(QStringLiteral("Ann"));
    NewProfileDialog dialog(session);
    dialog.show();
    WidgetFinder::require<QLineEdit>(dialog, "dialogNameEdit")->setText(QStringLiteral("Ben"));
    auto* conditions = WidgetFinder::require<QLineEdit>(dialog, "dialogConditionsEdit");
    conditions->setFocus();
    conditions->setText(QStringLiteral("long covid"));
    QTest::keyClick(conditions, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(ProfileRepository(database).list().size() == 1);
    CHECK(chosen(*WidgetFinder::require<QListWidget>(dialog, "chosenConditions")) ==
          QStringList{QStringLiteral("Long Covid")});
    // With the field empty, Enter is the dialog's: the profile is made.
    QTest::keyClick(conditions, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(ProfileRepository(database).findByName(QStringLiteral("Ben"))->conditions ==
          QStringList{QStringLiteral("Long Covid")});
}

TEST_CASE("Editing a profile renames it, changes its conditions and symptoms, and keeps every score")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DiarySession session(database);
    DemoDiaryWriter(database).write({QStringLiteral("Sam"), 60, 1, QDate::currentDate()});
    const std::int64_t sam = ProfileRepository(database).findByName(QStringLiteral("Sam"))->id;
    session.profileService().editConditions(sam, {QStringLiteral("fibromyalgia")}, {},
                                            {QStringLiteral("Tinnitus")});
    ProfileRepository(database).add(QStringLiteral("Kim"));
    const int painScores = scoresOf(database, sam, QStringLiteral("pain"));
    const int moodScores = scoresOf(database, sam, QStringLiteral("mood"));
    REQUIRE(painScores > 40);

    EditProfileDialog dialog(session, sam);
    dialog.show();
    CHECK(dialog.windowTitle() == QStringLiteral("Edit Sam's profile"));
    auto* name = WidgetFinder::require<QLineEdit>(dialog, "editProfileNameEdit");
    auto* conditions = WidgetFinder::require<QListWidget>(dialog, "chosenConditions");
    auto* symptoms = WidgetFinder::require<QTreeWidget>(dialog, "editProfileSymptoms");
    CHECK(name->text() == QStringLiteral("Sam"));
    CHECK(chosen(*conditions) ==
          QStringList{QStringLiteral("Fibromyalgia"), QStringLiteral("Tinnitus (your own)")});
    CHECK(symptoms->topLevelItemCount() == 5);

    SECTION("a taken name is refused in the dialog, which stays open with nothing written")
    {
        name->setText(QStringLiteral("Kim"));
        dialog.accept();
        CHECK(dialog.isVisible());
        CHECK(dialog.problem().contains(QStringLiteral("already exists")));
        CHECK(ProfileRepository(database).find(sam)->name == QStringLiteral("Sam"));
    }
    SECTION("doses in micrograms and a colour; a colour from elsewhere survives opening and saving")
    {
        auto* unit = WidgetFinder::require<QComboBox>(dialog, "editProfileDoseUnit");
        auto* colour = WidgetFinder::require<ProfileColourBox>(dialog, "editProfileColour");
        CHECK(unit->currentIndex() == 0);
        CHECK(colour->colour().isEmpty());
        unit->setCurrentIndex(1);
        colour->setCurrentIndex(colour->findText(QStringLiteral("Teal")));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        Profile stored = *ProfileRepository(database).find(sam);
        CHECK(stored.doseUnit == Dose::Unit::Micrograms);
        CHECK(stored.colour == QStringLiteral("#1f9e96"));

        stored.colour = QStringLiteral("#123456");
        stored.reminderTime = QTime(21, 30);
        session.profileService().setPreferences(sam, stored);
        EditProfileDialog again(session, sam);
        auto* ownColour = WidgetFinder::require<ProfileColourBox>(again, "editProfileColour");
        CHECK(ownColour->currentText() == QStringLiteral("Your own colour (#123456)"));
        WidgetFinder::require<QComboBox>(again, "editProfileDoseUnit")->setCurrentIndex(0);
        again.accept();
        const Profile after = *ProfileRepository(database).find(sam);
        CHECK(after.doseUnit == Dose::Unit::Milligrams);
        CHECK(after.colour == QStringLiteral("#123456"));
        CHECK(after.reminderTime == QTime(21, 30)); // the reminder is not this form's to change
    }
    SECTION("everything at once, through the profile service")
    {
        name->setText(QStringLiteral("Sam Jones"));
        // Conditions: Tinnitus goes, ME/CFS comes by its synonym.
        conditions->setCurrentRow(1);
        QTest::keyClick(conditions, Qt::Key_Delete);
        auto* input = WidgetFinder::require<QLineEdit>(dialog, "editProfileConditionsEdit");
        input->setText(QStringLiteral("CFS/ME"));
        QTest::keyClick(input, Qt::Key_Return);
        // Symptoms: pain renamed (F2 edits in place), mood retired, energy added.
        symptoms->setCurrentItem(rowNamed(*symptoms, QStringLiteral("pain")));
        rowNamed(*symptoms, QStringLiteral("pain"))->setText(0, QStringLiteral("joint pain"));
        CHECK(rowNamed(*symptoms, QStringLiteral("joint pain"))->text(2) ==
              QStringLiteral("renamed from pain"));
        symptoms->setCurrentItem(rowNamed(*symptoms, QStringLiteral("mood")));
        auto* retire = WidgetFinder::require<QPushButton>(dialog, "editProfileRetireSymptom");
        QTest::mouseClick(retire, Qt::LeftButton);
        CHECK(rowNamed(*symptoms, QStringLiteral("mood"))->text(2) == QStringLiteral("to be retired"));
        CHECK(retire->text() == QStringLiteral("Bring &back"));
        dialog.addSymptom({QStringLiteral("energy"), true});
        CHECK_THROWS(dialog.addSymptom({QStringLiteral("Fatigue"), false})); // already tracked

        dialog.accept();
        INFO(dialog.problem().toStdString());
        CHECK(dialog.result() == QDialog::Accepted);
        const std::optional<Profile> edited = ProfileRepository(database).find(sam);
        REQUIRE(edited.has_value());
        CHECK(edited->name == QStringLiteral("Sam Jones"));
        CHECK(QSet<QString>(edited->conditions.begin(), edited->conditions.end()) ==
              QSet<QString>{QStringLiteral("Fibromyalgia"), QStringLiteral("ME/CFS")});
        // No score is lost: pain's are joint pain's, mood's stay with their days.
        CHECK(scoresOf(database, sam, QStringLiteral("joint pain")) == painScores);
        CHECK(scoresOf(database, sam, QStringLiteral("mood")) == moodScores);
        CHECK(symptomNamed(database, sam, QStringLiteral("mood"))->archived);
        CHECK(symptomNamed(database, sam, QStringLiteral("energy"))->definition.higherIsBetter);

        // A retired symptom comes back, with its history.
        EditProfileDialog again(session, sam);
        auto* list = WidgetFinder::require<QTreeWidget>(again, "editProfileSymptoms");
        REQUIRE(rowNamed(*list, QStringLiteral("mood")) != nullptr);
        CHECK(rowNamed(*list, QStringLiteral("mood"))->text(2) == QStringLiteral("retired, history kept"));
        list->setCurrentItem(rowNamed(*list, QStringLiteral("mood")));
        again.toggleSelectedRetired();
        again.accept();
        CHECK(again.result() == QDialog::Accepted);
        CHECK_FALSE(symptomNamed(database, sam, QStringLiteral("mood"))->archived);
        CHECK(scoresOf(database, sam, QStringLiteral("mood")) == moodScores);
    }
}

TEST_CASE("Removing a profile says a backup is made, asks, and can be undone from the window")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    DemoDiaryWriter(database).write({QStringLiteral("Kim"), 30, 2, QDate::currentDate()});
    ProfileRepository(database).add(QStringLiteral("Sam"));
    const std::int64_t kim = ProfileRepository(database).findByName(QStringLiteral("Kim"))->id;
    const int kimDays = DiaryRepository(database).countDays(kim);
    OpenWindow opened(database);
    MainWindow& window = opened.window;
    window.show();
    window.activateProfile(kim);
    auto* banner = WidgetFinder::require<QWidget>(window, "removalBanner");
    CHECK_FALSE(banner->isVisible());

    // The question first: it says what goes, that a backup is made, and Cancel is the default.
    QString question;
    QTimer::singleShot(0, &window, [&question] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        question = box->text() + QLatin1Char('\n') + box->informativeText();
        CHECK(box->defaultButton() == box->button(QMessageBox::Cancel));
        box->reject();
    });
    window.removeProfile();
    CHECK(question.contains(QStringLiteral("Kim")));
    CHECK(question.contains(QStringLiteral("backup")));
    CHECK(question.contains(QStringLiteral("undone")));
    CHECK(ProfileRepository(database).find(kim).has_value()); // cancelled: nothing removed

    QTimer::singleShot(0, &window, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        WidgetFinder::require<QPushButton>(*box, "confirmRemoveProfileButton")->click();
    });
    window.removeProfile();
    CHECK_FALSE(ProfileRepository(database).findByName(QStringLiteral("Kim")).has_value());
    CHECK(window.activeProfileName() == QStringLiteral("Sam"));
    REQUIRE(banner->isVisible());
    CHECK(window.removalBannerText().contains(QStringLiteral("Kim's profile was removed")));
    // The backup it names is there.
    const QString text = window.removalBannerText();
    const QString backup = text.mid(text.lastIndexOf(QStringLiteral(": ")) + 2).trimmed();
    CHECK(QFileInfo::exists(backup));

    auto* undo = WidgetFinder::require<QPushButton>(window, "undoRemovalButton");
    CHECK(undo->text().contains(QStringLiteral("Kim")));
    QTest::mouseClick(undo, Qt::LeftButton);
    const std::optional<Profile> back = ProfileRepository(database).findByName(QStringLiteral("Kim"));
    REQUIRE(back.has_value());
    CHECK(DiaryRepository(database).countDays(back->id) == kimDays);
    CHECK(window.activeProfileName() == QStringLiteral("Kim"));
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("The last profile removed leaves the welcome page, with Undo still in view")
{
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    const std::int64_t only = ProfileRepository(database).add(QStringLiteral("Alex"));
    OpenWindow opened(database);
    MainWindow& window = opened.window;
    window.show();
    REQUIRE(window.removeProfileConfirmed(only));
    CHECK(WidgetFinder::require<WelcomePage>(window, "WelcomePage")->isVisible());
    CHECK(WidgetFinder::require<QWidget>(window, "removalBanner")->isVisible());
    QTest::mouseClick(WidgetFinder::require<QPushButton>(window, "undoRemovalButton"), Qt::LeftButton);
    CHECK(window.activeProfileName() == QStringLiteral("Alex"));
    CHECK_FALSE(WidgetFinder::require<WelcomePage>(window, "WelcomePage")->isVisible());
}

} // namespace ldn::test
