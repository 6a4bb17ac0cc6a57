#include "gui/plan/PlanPage.h"

#include "WidgetFinder.h"
#include "core/base/InputError.h"
#include "gui/common/DoseSpinBox.h"
#include "gui/plan/AdjustmentDialog.h"
#include "gui/plan/MedicationStopDialog.h"
#include "gui/plan/PlanDialog.h"
#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/plan/MedicationRepository.h"
#include "storage/plan/TitrationRepository.h"
#include "support/TestEnvironment.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

namespace ldn::test {
namespace {

// Sunday; the standard plan below started three weeks earlier and stepped up on Mon 16 Nov.
const QDate kToday(2026, 11, 22);
const QDate kPlanStart(2026, 11, 2);

// Everything a person reads on a widget: the visible labels inside it, in order.
QString visibleText(const QWidget& widget)
{
    QStringList texts;
    for (const QLabel* label : widget.findChildren<QLabel*>()) {
        if (label->isVisibleTo(&widget) && !label->text().isEmpty()) {
            texts << label->text();
        }
    }
    return texts.join(QLatin1Char('\n'));
}

QString rowText(const QTableWidget& table, int row)
{
    QStringList cells;
    for (int column = 0; column < table.columnCount(); ++column) {
        const QTableWidgetItem* item = table.item(row, column);
        cells << (item ? item->text() : QString());
    }
    return cells.join(QStringLiteral(" | "));
}

// The dialog a button opened: a visible child of the page (closed ones may not be deleted yet).
template <typename Dialog>
Dialog* openDialog(const QWidget& page)
{
    Dialog* open = nullptr;
    for (Dialog* dialog : page.findChildren<Dialog*>()) {
        if (dialog->isVisible()) {
            REQUIRE(open == nullptr);
            open = dialog;
        }
    }
    REQUIRE(open != nullptr);
    return open;
}

void clickOk(const QDialog& dialog, const char* buttonBox)
{
    QPushButton* ok =
        WidgetFinder::require<QDialogButtonBox>(dialog, buttonBox)->button(QDialogButtonBox::Ok);
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

QWidget* nextTabStop(QWidget* widget)
{
    for (QWidget* next = widget->nextInFocusChain(); next != widget; next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && next->isEnabled() &&
            next->isVisibleTo(widget->window())) {
            return next;
        }
    }
    return nullptr;
}

DiaryEntry taken(const QDate& date, std::int64_t micrograms)
{
    DiaryEntry entry;
    entry.date = date;
    entry.status = DoseStatus::Taken;
    entry.dose = Dose::fromMicrograms(micrograms);
    return entry;
}

DiaryEntry missed(const QDate& date)
{
    DiaryEntry entry;
    entry.date = date;
    entry.status = DoseStatus::Missed;
    return entry;
}

struct Fixture {
    TemporaryFolder folder;
    Database database = Database::open(folder.file(QStringLiteral("diary.sqlite")));
    std::int64_t profileId =
        ProfileRepository(database).add(QStringLiteral("Alex"), {QStringLiteral("ME/CFS")});
    DiarySession session{database};
    PlanPage page{session};

    Fixture()
    {
        page.setToday(kToday);
        page.resize(1280, 800);
        page.show();
        page.showProfile(profileId);
    }

    std::vector<TitrationAdjustment> adjustments()
    {
        const std::optional<TitrationPlan> plan = TitrationRepository(database).activePlan(profileId);
        REQUIRE(plan.has_value());
        return plan->adjustments;
    }
};

} // namespace

TEST_CASE("Without a plan the page offers to set one up and nothing else")
{
    Fixture fixture;
    PlanPage& page = fixture.page;
    auto* card = WidgetFinder::require<QFrame>(page, "todayCard");
    auto* setUp = WidgetFinder::require<QPushButton>(page, "setUpPlanButton");

    CHECK(visibleText(*card).contains(QStringLiteral("no titration plan yet")));
    CHECK(setUp->isVisible());
    CHECK(setUp->isEnabled());
    CHECK(setUp->text() == QStringLiteral("Set up a plan\u2026"));
    CHECK(WidgetFinder::require<QPushButton>(page, "newPlanButton")->isEnabled());
    for (const char* name : {"holdButton", "stepDownButton", "resumeButton", "setDoseButton"}) {
        INFO(name);
        CHECK_FALSE(WidgetFinder::require<QPushButton>(page, name)->isEnabled());
    }
    CHECK_FALSE(WidgetFinder::require<QTableWidget>(page, "planHistory")->isVisible());
    CHECK_FALSE(WidgetFinder::require<QTableWidget>(page, "deviationTable")->isVisible());
    CHECK_FALSE(WidgetFinder::require<QFrame>(page, "opioidWarning")->isVisible());
    CHECK_FALSE(WidgetFinder::require<QFrame>(page, "medicationCautions")->isVisible());
}

TEST_CASE("A plan set up in the dialog is stored and today's dose and next step are shown")
{
    Fixture fixture;
    PlanPage& page = fixture.page;
    QSignalSpy changed(&fixture.session, &DiarySession::changed);

    QTest::mouseClick(WidgetFinder::require<QPushButton>(page, "setUpPlanButton"), Qt::LeftButton);
    auto* dialog = openDialog<PlanDialog>(page);
    QPointer<PlanDialog> guard(dialog);
    CHECK(WidgetFinder::require<QRadioButton>(*dialog, "standardRadio")->isChecked());
    CHECK(WidgetFinder::require<QDateEdit>(*dialog, "startDateEdit")->date() == kToday);
    WidgetFinder::require<QDateEdit>(*dialog, "startDateEdit")->setDate(kPlanStart);
    CHECK(dialog->previewText() ==
          QStringLiteral("1.5 mg from 2 Nov \u00b7 3 mg from 16 Nov \u00b7 4.5 mg from 30 Nov"));
    CHECK_FALSE(WidgetFinder::require<QLabel>(*dialog, "planError")->isVisible());
    clickOk(*dialog, "planButtons");

    CHECK((guard.isNull() || !guard->isVisible()));
    CHECK(changed.size() == 1);
    const std::optional<TitrationPlan> stored =
        TitrationRepository(fixture.database).activePlan(fixture.profileId);
    REQUIRE(stored.has_value());
    TitrationPlan expected = TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, kPlanStart);
    expected.id = stored->id;
    CHECK(*stored == expected);

    const QString card = visibleText(*WidgetFinder::require<QFrame>(page, "todayCard"));
    CHECK(card.contains(QStringLiteral("Today: 3 mg planned")));
    CHECK(card.contains(QStringLiteral("Next step: 4.5 mg on Mon 30 Nov 2026 (in 8 days)")));
    CHECK(card.contains(QStringLiteral(
        "Standard plan: 1.5 mg, +1.5 mg every 14 days, to 4.5 mg (maximum 6 mg), started 2 Nov 2026")));
    CHECK_FALSE(WidgetFinder::require<QPushButton>(page, "setUpPlanButton")->isVisible());
    CHECK(WidgetFinder::require<QPushButton>(page, "holdButton")->isEnabled());
    CHECK(WidgetFinder::require<QPushButton>(page, "stepDownButton")->isEnabled());
    CHECK(WidgetFinder::require<QPushButton>(page, "setDoseButton")->isEnabled());
    CHECK_FALSE(WidgetFinder::require<QPushButton>(page, "resumeButton")->isEnabled());
    auto* history = WidgetFinder::require<QTableWidget>(page, "planHistory");
    REQUIRE(history->rowCount() == 1);
    CHECK(rowText(*history, 0).contains(QStringLiteral("New plan (Standard)")));
    CHECK(rowText(*history, 0).contains(QStringLiteral("Current plan")));

    page.setToday(QDate(2026, 12, 5));
    CHECK(visibleText(*WidgetFinder::require<QFrame>(page, "todayCard"))
              .contains(QStringLiteral("Target of 4.5 mg reached")));
    CHECK_FALSE(WidgetFinder::require<QPushButton>(page, "holdButton")->isEnabled());
}

TEST_CASE("A custom plan takes the numbers typed, and a new plan keeps the old one in the history")
{
    Fixture fixture;
    PlanPage& page = fixture.page;
    page.applyPlan(TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, kPlanStart));
    QSignalSpy changed(&fixture.session, &DiarySession::changed);

    QTest::mouseClick(WidgetFinder::require<QPushButton>(page, "newPlanButton"), Qt::LeftButton);
    auto* dialog = openDialog<PlanDialog>(page);
    CHECK(WidgetFinder::require<QLabel>(*dialog, "planReplaceNote")
              ->text()
              .contains(QStringLiteral("2 Nov 2026")));
    auto* startDose = WidgetFinder::require<DoseSpinBox>(*dialog, "startDoseSpin");
    CHECK_FALSE(startDose->isEnabled());
    WidgetFinder::require<QRadioButton>(*dialog, "customRadio")->setChecked(true);
    CHECK(startDose->isEnabled());
    startDose->setValue(0.5);
    WidgetFinder::require<DoseSpinBox>(*dialog, "stepSpin")->setValue(0.25);
    WidgetFinder::require<QSpinBox>(*dialog, "intervalSpin")->setValue(7);
    WidgetFinder::require<DoseSpinBox>(*dialog, "targetSpin")->setValue(1.5);
    WidgetFinder::require<DoseSpinBox>(*dialog, "maximumSpin")->setValue(3);
    CHECK(startDose->text() == QStringLiteral("0.5 mg"));
    CHECK(dialog->previewText().startsWith(QStringLiteral("0.5 mg from 22 Nov \u00b7 0.75 mg from 29 Nov")));
    clickOk(*dialog, "planButtons");

    CHECK(changed.size() == 1);
    const std::vector<TitrationPlan> plans = TitrationRepository(fixture.database).history(fixture.profileId);
    REQUIRE(plans.size() == 2);
    const TitrationPlan& custom = plans.back();
    CHECK(custom.kind == TitrationPlan::Template::Custom);
    CHECK(custom.startOn == kToday);
    CHECK(custom.startDose == Dose::fromMicrograms(500));
    CHECK(custom.stepDose == Dose::fromMicrograms(250));
    CHECK(custom.intervalDays == 7);
    CHECK(custom.targetDose == Dose::fromMicrograms(1500));
    CHECK(custom.maximumDose == Dose::fromMicrograms(3000));

    auto* history = WidgetFinder::require<QTableWidget>(page, "planHistory");
    REQUIRE(history->rowCount() == 2);
    CHECK(rowText(*history, 0).contains(QStringLiteral("New plan (Custom)")));
    CHECK(rowText(*history, 0).contains(QStringLiteral("Current plan")));
    CHECK(rowText(*history, 1).contains(QStringLiteral("New plan (Standard)")));
    CHECK(rowText(*history, 1).contains(QStringLiteral("Until Sat 21 Nov 2026")));
    CHECK(visibleText(*WidgetFinder::require<QFrame>(page, "todayCard"))
              .contains(QStringLiteral("Today: 0.5 mg planned")));
}

TEST_CASE("An invalid custom plan is explained inline and nothing is written")
{
    Fixture fixture;
    PlanPage& page = fixture.page;
    QSignalSpy changed(&fixture.session, &DiarySession::changed);
    PlanDialog* dialog = page.openPlanDialog();
    REQUIRE(dialog != nullptr);
    auto* error = WidgetFinder::require<QLabel>(*dialog, "planError");
    QPushButton* ok =
        WidgetFinder::require<QDialogButtonBox>(*dialog, "planButtons")->button(QDialogButtonBox::Ok);

    WidgetFinder::require<QRadioButton>(*dialog, "customRadio")->setChecked(true);
    WidgetFinder::require<DoseSpinBox>(*dialog, "startDoseSpin")->setValue(2);
    WidgetFinder::require<DoseSpinBox>(*dialog, "targetSpin")->setValue(1);

    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("Target: the target (1 mg) is below the start dose (2 mg)."));
    CHECK_FALSE(ok->isEnabled());
    dialog->accept(); // Enter, or a stale click, must be refused just the same
    CHECK(dialog->isVisible());
    CHECK(TitrationRepository(fixture.database).history(fixture.profileId).empty());
    CHECK(changed.isEmpty());

    WidgetFinder::require<DoseSpinBox>(*dialog, "targetSpin")->setValue(8);
    CHECK(error->text().startsWith(QStringLiteral("Maximum:")));
    WidgetFinder::require<DoseSpinBox>(*dialog, "maximumSpin")->setValue(8);
    CHECK_FALSE(error->isVisible());
    CHECK(ok->isEnabled());
    dialog->reject();
    CHECK(TitrationRepository(fixture.database).history(fixture.profileId).empty());
}

TEST_CASE("Hold, step down and resume are recorded, shown today and listed in the history")
{
    Fixture fixture;
    PlanPage& page = fixture.page;
    page.applyPlan(TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, kPlanStart));
    QSignalSpy changed(&fixture.session, &DiarySession::changed);
    auto* card = WidgetFinder::require<QFrame>(page, "todayCard");
    auto* hold = WidgetFinder::require<QPushButton>(page, "holdButton");
    auto* resume = WidgetFinder::require<QPushButton>(page, "resumeButton");

    // Hold, on today's date by default, with a reason.
    QTest::mouseClick(hold, Qt::LeftButton);
    auto* holdDialog = openDialog<AdjustmentDialog>(page);
    CHECK(holdDialog->kind() == TitrationAdjustment::Kind::Hold);
    CHECK(WidgetFinder::require<QDateEdit>(*holdDialog, "adjustmentDateEdit")->date() == kToday);
    CHECK_FALSE(WidgetFinder::require<DoseSpinBox>(*holdDialog, "adjustmentDoseSpin")->isVisible());
    QTest::keyClicks(WidgetFinder::require<QLineEdit>(*holdDialog, "adjustmentReasonEdit"),
                     QStringLiteral("headaches"));
    clickOk(*holdDialog, "adjustmentButtons");

    CHECK(changed.size() == 1);
    REQUIRE(fixture.adjustments().size() == 1);
    CHECK(fixture.adjustments()[0] == TitrationAdjustment{kToday, TitrationAdjustment::Kind::Hold,
                                                          std::nullopt, QStringLiteral("headaches")});
    CHECK(visibleText(*card).contains(QStringLiteral("Today: 3 mg planned")));
    CHECK(visibleText(*card).contains(QStringLiteral("On hold since Sun 22 Nov 2026")));
    CHECK_FALSE(hold->isEnabled());
    CHECK(resume->isEnabled());

    // Step down two days later: half of the planned 3 mg is offered.
    page.setToday(QDate(2026, 11, 24));
    QTest::mouseClick(WidgetFinder::require<QPushButton>(page, "stepDownButton"), Qt::LeftButton);
    auto* stepDialog = openDialog<AdjustmentDialog>(page);
    auto* dose = WidgetFinder::require<DoseSpinBox>(*stepDialog, "adjustmentDoseSpin");
    CHECK(dose->isVisible());
    CHECK(dose->dose() == Dose::fromMicrograms(1500));
    CHECK(WidgetFinder::require<QLabel>(*stepDialog, "adjustmentPlannedLabel")->text() ==
          QStringLiteral("3 mg (on hold)"));
    QTest::keyClicks(WidgetFinder::require<QLineEdit>(*stepDialog, "adjustmentReasonEdit"),
                     QStringLiteral("vivid dreams"));
    clickOk(*stepDialog, "adjustmentButtons");

    CHECK(changed.size() == 2);
    REQUIRE(fixture.adjustments().size() == 2);
    CHECK(fixture.adjustments()[1] ==
          TitrationAdjustment{QDate(2026, 11, 24), TitrationAdjustment::Kind::StepDown,
                              Dose::fromMicrograms(1500), QStringLiteral("vivid dreams")});
    CHECK(visibleText(*card).contains(QStringLiteral("Today: 1.5 mg planned")));
    CHECK(visibleText(*card).contains(QStringLiteral("On hold since Sun 22 Nov 2026")));

    // Resume a week later: climbing again, the next step one interval on.
    page.setToday(QDate(2026, 12, 1));
    QTest::mouseClick(resume, Qt::LeftButton);
    clickOk(*openDialog<AdjustmentDialog>(page), "adjustmentButtons");

    CHECK(changed.size() == 3);
    REQUIRE(fixture.adjustments().size() == 3);
    CHECK(fixture.adjustments()[2].kind == TitrationAdjustment::Kind::Resume);
    CHECK(fixture.adjustments()[2].effectiveOn == QDate(2026, 12, 1));
    CHECK(visibleText(*card).contains(QStringLiteral("Today: 1.5 mg planned")));
    CHECK(visibleText(*card).contains(QStringLiteral("Next step: 3 mg on Tue 15 Dec 2026 (in 14 days)")));
    CHECK(hold->isEnabled());
    CHECK_FALSE(resume->isEnabled());

    auto* history = WidgetFinder::require<QTableWidget>(page, "planHistory");
    REQUIRE(history->rowCount() == 4);
    CHECK(rowText(*history, 0) == QStringLiteral("Tue 1 Dec 2026 | Resume |  | "));
    CHECK(rowText(*history, 1) == QStringLiteral("Tue 24 Nov 2026 | Step down | 1.5 mg | vivid dreams"));
    CHECK(rowText(*history, 2) == QStringLiteral("Sun 22 Nov 2026 | Hold |  | headaches"));
    CHECK(rowText(*history, 3).startsWith(QStringLiteral("Mon 2 Nov 2026 | New plan (Standard)")));
}

TEST_CASE("A step-down without a dose records half of that day's planned dose, as the CLI does")
{
    Fixture fixture;
    PlanPage& page = fixture.page;
    page.applyPlan(TitrationPlan::fromTemplate(TitrationPlan::Template::Weekly, kPlanStart));
    QSignalSpy changed(&fixture.session, &DiarySession::changed);

    // Weekly: 1 mg, 2 mg from 9 Nov, 3 mg from 16 Nov; half of 3 mg is 1.5 mg.
    page.applyAdjustment({kToday, TitrationAdjustment::Kind::StepDown, std::nullopt, QString()});
    REQUIRE(fixture.adjustments().size() == 1);
    CHECK(fixture.adjustments()[0].dose == Dose::fromMicrograms(1500));
    CHECK(changed.size() == 1);

    // A change before the plan began is refused, and nothing is written.
    CHECK_THROWS_AS(
        page.applyAdjustment({QDate(2026, 10, 1), TitrationAdjustment::Kind::Hold, std::nullopt, {}}),
        InputError);
    CHECK(fixture.adjustments().size() == 1);
    CHECK(changed.size() == 1);
}

TEST_CASE("Logged days that differ from the plan are listed as deviations")
{
    Fixture fixture;
    PlanPage& page = fixture.page;
    page.applyPlan(TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, kPlanStart));
    auto* table = WidgetFinder::require<QTableWidget>(page, "deviationTable");
    auto* none = WidgetFinder::require<QLabel>(page, "noDeviationsLabel");
    CHECK(none->isVisible());
    CHECK(none->text().startsWith(QStringLiteral("No deviations")));
    CHECK_FALSE(table->isVisible());

    DiaryRepository(fixture.database)
        .save(fixture.profileId, {taken(QDate(2026, 11, 3), 1500), missed(QDate(2026, 11, 5)),
                                  taken(QDate(2026, 11, 17), 3000), taken(QDate(2026, 11, 20), 1500),
                                  taken(QDate(2026, 11, 25), 1000)}); // after today: not yet a deviation
    page.showProfile(fixture.profileId);

    CHECK_FALSE(none->isVisible());
    CHECK(table->isVisible());
    REQUIRE(table->rowCount() == 2);
    CHECK(rowText(*table, 0) == QStringLiteral("Fri 20 Nov 2026 | 3 mg | 1.5 mg"));
    CHECK(rowText(*table, 1) == QStringLiteral("Thu 5 Nov 2026 | 1.5 mg | Missed"));
}

TEST_CASE("An opioid raises a warning banner, a thyroid hormone a caution, and removal can be undone")
{
    Fixture fixture;
    PlanPage& page = fixture.page;
    auto* name = WidgetFinder::require<QLineEdit>(page, "medicationNameEdit");
    auto* doseText = WidgetFinder::require<QLineEdit>(page, "medicationDoseEdit");
    auto* add = WidgetFinder::require<QPushButton>(page, "addMedicationButton");
    auto* table = WidgetFinder::require<QTableWidget>(page, "medicationTable");
    auto* warning = WidgetFinder::require<QFrame>(page, "opioidWarning");
    auto* warningText = WidgetFinder::require<QLabel>(page, "opioidWarningText");
    auto* cautions = WidgetFinder::require<QFrame>(page, "medicationCautions");
    MedicationRepository medicines(fixture.database);
    QSignalSpy medicationsChanged(&fixture.session, &DiarySession::changed);

    CHECK_FALSE(add->isEnabled());
    QTest::keyClicks(name, QStringLiteral("Tramadol"));
    QTest::keyClicks(doseText, QStringLiteral("50 mg twice daily"));
    QTest::mouseClick(add, Qt::LeftButton);

    REQUIRE(medicines.list(fixture.profileId).size() == 1);
    CHECK(medicationsChanged.count() == 1);
    CHECK(name->text().isEmpty());
    CHECK(warning->isVisible());
    CHECK(warningText->text().startsWith(QStringLiteral("Warning: Tramadol is an opioid.")));
    CHECK(warningText->text().contains(QStringLiteral("Do not take LDN with opioid medicines")));
    CHECK(warningText->font().bold());
    CHECK_FALSE(cautions->isVisible());
    REQUIRE(table->rowCount() == 1);
    CHECK(rowText(*table, 0) == QStringLiteral("Tramadol | Do not combine (opioid) |  | 50 mg twice daily"));

    QTest::keyClicks(name, QStringLiteral("Levothyroxine"));
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(cautions->isVisible());
    const QString cautionText = WidgetFinder::require<QLabel>(page, "medicationCautionsText")->text();
    CHECK(cautionText.startsWith(QStringLiteral("Caution: Levothyroxine (thyroid hormone).")));
    CHECK(warning->isVisible());
    REQUIRE(table->rowCount() == 2);

    // Removing the opioid hides the banner; Undo puts the same record back.
    REQUIRE(table->item(1, 0)->text() == QStringLiteral("Tramadol"));
    table->selectRow(1);
    QTest::mouseClick(WidgetFinder::require<QPushButton>(page, "removeMedicationButton"), Qt::LeftButton);
    CHECK_FALSE(warning->isVisible());
    CHECK(cautions->isVisible());
    REQUIRE(medicines.list(fixture.profileId).size() == 1);
    CHECK(medicines.list(fixture.profileId)[0].name == QStringLiteral("Levothyroxine"));
    auto* undo = WidgetFinder::require<QPushButton>(page, "undoRemoveButton");
    CHECK(undo->isVisible());
    CHECK(WidgetFinder::require<QLabel>(page, "medicationUndoLabel")->text() ==
          QStringLiteral("Removed Tramadol."));

    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(warning->isVisible());
    CHECK_FALSE(undo->isVisible());
    const std::vector<Medication> back = medicines.list(fixture.profileId);
    REQUIRE(back.size() == 2);
    CHECK(back[1].name == QStringLiteral("Tramadol"));
    CHECK(back[1].doseText == QStringLiteral("50 mg twice daily"));

    // The Delete key removes the selected medicine too.
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(medicines.list(fixture.profileId).size() == 1);
    CHECK_FALSE(cautions->isVisible());
}

TEST_CASE("A stopped medicine stays listed, an opioid keeps its warning for four weeks, and the stop "
          "can be corrected or undone")
{
    Fixture fixture;
    PlanPage& page = fixture.page;
    MedicationRepository medicines(fixture.database);
    Medication tramadol;
    tramadol.name = QStringLiteral("Tramadol");
    tramadol.startedOn = QDate(2026, 10, 1);
    medicines.add(fixture.profileId, tramadol);
    page.showProfile(fixture.profileId);
    auto* table = WidgetFinder::require<QTableWidget>(page, "medicationTable");
    auto* stop = WidgetFinder::require<QPushButton>(page, "stopMedicationButton");
    auto* warningText = WidgetFinder::require<QLabel>(page, "opioidWarningText");
    QSignalSpy medicationsChanged(&fixture.session, &DiarySession::changed);
    CHECK_FALSE(stop->isEnabled());
    table->selectRow(0);
    REQUIRE(stop->isEnabled());

    // A day before the start is refused in the dialog, which stays open; nothing is written.
    QTest::mouseClick(stop, Qt::LeftButton);
    auto* dialog = openDialog<MedicationStopDialog>(page);
    CHECK(dialog->stoppedOn() == kToday);
    CHECK(WidgetFinder::require<QLabel>(*dialog, "stopNote")->isVisible());
    CHECK_THROWS_AS(page.stopMedication(medicines.list(fixture.profileId)[0], QDate(2026, 9, 1)), InputError);
    CHECK_FALSE(medicines.list(fixture.profileId)[0].stoppedOn.isValid());
    dialog->setStoppedOn(QDate(2026, 11, 19));
    clickOk(*dialog, "stopButtons");

    REQUIRE(medicines.list(fixture.profileId).size() == 1);
    CHECK(medicines.list(fixture.profileId)[0].stoppedOn == QDate(2026, 11, 19));
    CHECK(medicationsChanged.count() == 1);
    CHECK(rowText(*table, 0) ==
          QStringLiteral("Tramadol | Do not combine (opioid) | 1 Oct \u2013 19 Nov 2026 | "));
    CHECK(WidgetFinder::require<QFrame>(page, "opioidWarning")->isVisible());
    CHECK(warningText->text().startsWith(
        QStringLiteral("Warning: Tramadol, an opioid, was stopped on 19 Nov 2026 (3 days ago).")));
    CHECK(WidgetFinder::require<QLabel>(page, "medicationUndoLabel")->text() ==
          QStringLiteral("Marked Tramadol as stopped on 19 Nov 2026."));
    // Five weeks on, it is kept for the record, in grey, without a warning.
    page.setToday(kToday.addDays(35));
    CHECK_FALSE(WidgetFinder::require<QFrame>(page, "opioidWarning")->isVisible());
    CHECK(table->item(0, 1)->text() == QStringLiteral("Stopped (opioid)"));
    page.setToday(kToday);

    // A stopped medicine's day can be corrected, or the stop taken back; Undo restores it.
    table->selectRow(0);
    REQUIRE(stop->isEnabled());
    CHECK(stop->text() == QStringLiteral("Change &stop\u2026"));
    QTest::mouseClick(stop, Qt::LeftButton);
    auto* change = openDialog<MedicationStopDialog>(page);
    CHECK(change->stoppedOn() == QDate(2026, 11, 19));
    QTest::mouseClick(WidgetFinder::require<QPushButton>(*change, "stillTakingButton"), Qt::LeftButton);
    CHECK_FALSE(medicines.list(fixture.profileId)[0].stoppedOn.isValid());
    CHECK(warningText->text().startsWith(QStringLiteral("Warning: Tramadol is an opioid.")));
    CHECK(WidgetFinder::require<QLabel>(page, "medicationUndoLabel")->text() ==
          QStringLiteral("Marked Tramadol as still taken."));
    CHECK(medicationsChanged.count() == 2);

    QTest::mouseClick(WidgetFinder::require<QPushButton>(page, "undoRemoveButton"), Qt::LeftButton);
    CHECK(medicines.list(fixture.profileId)[0].stoppedOn == QDate(2026, 11, 19));
    CHECK(medicationsChanged.count() == 3);
}

TEST_CASE("A medicine's start date is optional")
{
    Fixture fixture;
    PlanPage& page = fixture.page;
    auto* started = WidgetFinder::require<QCheckBox>(page, "medicationStartedCheck");
    auto* startedOn = WidgetFinder::require<QDateEdit>(page, "medicationStartedEdit");
    CHECK_FALSE(startedOn->isEnabled());
    started->setChecked(true);
    CHECK(startedOn->isEnabled());
    startedOn->setDate(QDate(2024, 3, 1));
    QTest::keyClicks(WidgetFinder::require<QLineEdit>(page, "medicationNameEdit"),
                     QStringLiteral("Vitamin D"));
    QTest::mouseClick(WidgetFinder::require<QPushButton>(page, "addMedicationButton"), Qt::LeftButton);

    const std::vector<Medication> list = MedicationRepository(fixture.database).list(fixture.profileId);
    REQUIRE(list.size() == 1);
    CHECK(list[0].startedOn == QDate(2024, 3, 1));
    CHECK(rowText(*WidgetFinder::require<QTableWidget>(page, "medicationTable"), 0) ==
          QStringLiteral("Vitamin D |  | since 1 Mar 2024 | "));
    CHECK_FALSE(WidgetFinder::require<QFrame>(page, "opioidWarning")->isVisible());
    CHECK_FALSE(started->isChecked());
}

TEST_CASE("The plan page and its dialogs are usable from the keyboard and by screen readers")
{
    Fixture fixture;
    PlanPage& page = fixture.page;
    page.applyPlan(TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, kPlanStart));
    MedicationRepository(fixture.database)
        .add(fixture.profileId, Medication{0, QStringLiteral("Tramadol"), {}, {}, {}, {}});
    page.showProfile(fixture.profileId);

    for (const QWidget* input : page.findChildren<QWidget*>()) {
        if (qobject_cast<const QLineEdit*>(input) || qobject_cast<const QAbstractSpinBox*>(input) ||
            qobject_cast<const QCheckBox*>(input) || qobject_cast<const QTableWidget*>(input)) {
            if (input->parentWidget() && qobject_cast<const QAbstractSpinBox*>(input->parentWidget())) {
                continue; // a spin box's own line edit
            }
            INFO(input->objectName().toStdString());
            CHECK_FALSE(input->accessibleName().isEmpty());
        }
    }
    CHECK(WidgetFinder::require<QFrame>(page, "opioidWarning")
              ->accessibleDescription()
              .startsWith(QStringLiteral("Warning:")));

    auto* newPlan = WidgetFinder::require<QPushButton>(page, "newPlanButton");
    auto* hold = WidgetFinder::require<QPushButton>(page, "holdButton");
    auto* stepDown = WidgetFinder::require<QPushButton>(page, "stepDownButton");
    auto* setDose = WidgetFinder::require<QPushButton>(page, "setDoseButton");
    auto* name = WidgetFinder::require<QLineEdit>(page, "medicationNameEdit");
    CHECK(nextTabStop(newPlan) == hold);
    CHECK(nextTabStop(hold) == stepDown);
    CHECK(nextTabStop(stepDown) == setDose); // Resume is disabled while not on hold
    CHECK(nextTabStop(setDose) == WidgetFinder::require<QTableWidget>(page, "planHistory"));
    CHECK(nextTabStop(name) == WidgetFinder::require<QLineEdit>(page, "medicationDoseEdit"));
    CHECK(WidgetFinder::require<QLabel>(page, "medicationNameLabel")->buddy() == name);

    PlanDialog dialog;
    for (const char* labelName :
         {"startDateLabel", "startDoseLabel", "stepLabel", "intervalLabel", "targetLabel", "maximumLabel"}) {
        INFO(labelName);
        auto* label = WidgetFinder::require<QLabel>(dialog, labelName);
        CHECK(label->buddy() != nullptr);
        CHECK(label->text().contains(QLatin1Char('&')));
    }
    CHECK(WidgetFinder::require<QRadioButton>(dialog, "sensitiveRadio")
              ->text()
              .contains(QStringLiteral("often used in ME/CFS and Long Covid")));
}

TEST_CASE("The plan dialog fills in each template and previews its schedule")
{
    PlanDialog dialog;
    dialog.setPlan(TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, QDate(2026, 12, 14)));
    CHECK(dialog.previewText() ==
          QStringLiteral("1.5 mg from 14 Dec \u00b7 3 mg from 28 Dec \u00b7 4.5 mg from 11 Jan 2027"));

    WidgetFinder::require<QRadioButton>(dialog, "sensitiveRadio")->setChecked(true);
    CHECK(dialog.plan() ==
          TitrationPlan::fromTemplate(TitrationPlan::Template::Sensitive, QDate(2026, 12, 14)));
    CHECK_FALSE(WidgetFinder::require<DoseSpinBox>(dialog, "targetSpin")->isEnabled());
    // Nine steps are shortened to the first five and the target.
    CHECK(dialog.previewText().endsWith(QStringLiteral("\u2026 \u00b7 4.5 mg from 5 Apr 2027")));

    WidgetFinder::require<QRadioButton>(dialog, "weeklyRadio")->setChecked(true);
    CHECK(dialog.plan() == TitrationPlan::fromTemplate(TitrationPlan::Template::Weekly, QDate(2026, 12, 14)));

    // A submit function that refuses keeps the dialog open with the reason shown.
    dialog.setSubmitFunction([](const TitrationPlan&) {
        throw InputError(QStringLiteral("start"), QStringLiteral("the plan cannot start then"));
    });
    dialog.open();
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(WidgetFinder::require<QLabel>(dialog, "planError")->text() ==
          QStringLiteral("Start: the plan cannot start then."));
    dialog.setSubmitFunction({});
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
}

} // namespace ldn::test
