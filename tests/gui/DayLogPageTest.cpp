#include "gui/today/DayLogPage.h"

#include "DayLogFixture.h"

namespace ldn::test {

TEST_CASE("A day is logged from the keyboard alone, starting from the plan's dose")
{
    DayLogFixture diary;
    TitrationRepository(diary.database)
        .setPlan(diary.profileId,
                 TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, diary.today.addDays(-20)));
    DiarySession pageSession(diary.database);
    DayLogPage page(pageSession);
    QSignalSpy changed(&pageSession, &DiarySession::changed);
    diary.showPage(page);

    auto* dose = WidgetFinder::require<QDoubleSpinBox>(page, "doseSpin");
    CHECK(WidgetFinder::require<QDateEdit>(page, "dateEdit")->date() == diary.today);
    CHECK(WidgetFinder::require<QRadioButton>(page, "doseTakenRadio")->isChecked());
    CHECK(dose->value() == Approx(3.0)); // 1.5 mg, one 14-day step of 1.5 mg
    CHECK(WidgetFinder::require<QLabel>(page, "planHint")->text() ==
          QStringLiteral("Plan: 3 mg today \u00b7 next step 4.5 mg on %1")
              .arg(IsoDate::format(diary.today.addDays(8))));
    CHECK(WidgetFinder::require<QLabel>(page, "dayLogStatus")->text() == QStringLiteral("Not logged yet"));
    CHECK(WidgetFinder::require<QTimeEdit>(page, "timeEdit")->time() == QTime(22, 0));

    // The cursor starts in the plan's dose; Enter confirms it and goes on to the first score.
    CHECK(dose->hasFocus());
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(dose->value() == Approx(3.0));
    // One digit and Tab per symptom, in the profile's order, starting in the first score.
    CHECK(WidgetFinder::require<QSpinBox>(page, "score_pain")->hasFocus());
    for (const char* score : {"6", "7", "5", "4", "10"}) {
        QTest::keyClicks(focused(), QString::fromLatin1(score));
        QTest::keyClick(focused(), Qt::Key_Tab);
    }
    CHECK(WidgetFinder::require<QSpinBox>(page, "score_pain")->value() == 6);
    CHECK(WidgetFinder::require<QSpinBox>(page, "score_brain_fog")->value() == 4);
    CHECK(WidgetFinder::require<QSpinBox>(page, "score_mood")->value() == 10);
    // Past the scores, Tab reaches the first side effect: Space ticks it, a digit picks the severity.
    CHECK(WidgetFinder::require<QCheckBox>(page, "sideEffect_vivid_dreams")->hasFocus());
    QTest::keyClick(focused(), Qt::Key_Space);
    QTest::keyClick(focused(), Qt::Key_Tab);
    CHECK(WidgetFinder::require<QComboBox>(page, "severity_vivid_dreams")->hasFocus());
    QTest::keyClicks(focused(), QStringLiteral("2"));

    auto* time = WidgetFinder::require<QTimeEdit>(page, "timeEdit");
    time->setTime(QTime(21, 30));
    QTest::keyClicks(WidgetFinder::require<QComboBox>(page, "formulationCombo"), QStringLiteral("Liquid"));
    QTest::keyClicks(WidgetFinder::require<QLineEdit>(page, "pharmacyEdit"),
                     QStringLiteral("Apotheke Mitte"));
    QTest::keyClicks(WidgetFinder::require<QLineEdit>(page, "batchEdit"), QStringLiteral("B-17"));
    // Typing an own side effect's name ticks it.
    QTest::keyClicks(WidgetFinder::require<QLineEdit>(page, "sideEffectOtherName"),
                     QStringLiteral("tingling"));
    CHECK(WidgetFinder::require<QCheckBox>(page, "sideEffect_other")->isChecked());
    QTest::keyClick(WidgetFinder::require<QCheckBox>(page, "event_infection"), Qt::Key_Space);
    QTest::keyClicks(WidgetFinder::require<QLineEdit>(page, "event_other"), QStringLiteral("dentist"));
    auto* note = WidgetFinder::require<QPlainTextEdit>(page, "noteEdit");
    note->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(note, QStringLiteral("Slept badly"));
    QTest::keyClick(note, Qt::Key_Tab); // moves on instead of typing a tab
    CHECK(note->toPlainText() == QStringLiteral("Slept badly"));
    CHECK(WidgetFinder::require<QPushButton>(page, "saveButton")->hasFocus());
    CHECK(changed.isEmpty());

    pressCtrl(Qt::Key_S);

    const std::vector<DiaryEntry> entries = diary.entries();
    REQUIRE(entries.size() == 1);
    const DiaryEntry& saved = entries.front();
    CHECK(saved.date == diary.today);
    CHECK(saved.status == DoseStatus::Taken);
    CHECK(saved.dose == Dose::fromMicrograms(3000));
    CHECK(saved.timeTaken == QTime(21, 30));
    CHECK(saved.formulation == Formulation::Liquid);
    CHECK(saved.pharmacy == QStringLiteral("Apotheke Mitte"));
    CHECK(saved.batch == QStringLiteral("B-17"));
    CHECK(saved.symptomScores == std::map<QString, int>{{QStringLiteral("pain"), 6},
                                                        {QStringLiteral("fatigue"), 7},
                                                        {QStringLiteral("sleep quality"), 5},
                                                        {QStringLiteral("brain fog"), 4},
                                                        {QStringLiteral("mood"), 10}});
    CHECK(saved.sideEffects ==
          std::map<QString, int>{{QStringLiteral("vivid dreams"), 2}, {QStringLiteral("tingling"), 1}});
    CHECK(sorted(saved.events) == QStringList{QStringLiteral("dentist"), QStringLiteral("infection")});
    CHECK(saved.note == QStringLiteral("Slept badly"));
    CHECK(changed.size() == 1);
    CHECK(WidgetFinder::require<QLabel>(page, "dayLogError")->isHidden());
    CHECK(WidgetFinder::require<QLabel>(page, "dayLogConfirmation")->text() ==
          QStringLiteral("Saved %1: 3 mg, 5 scores")
              .arg(QLocale().toString(diary.today, QStringLiteral("ddd d MMM"))));
    CHECK(WidgetFinder::require<QLabel>(page, "dayLogStatus")->text() ==
          QStringLiteral("Logged \u2014 saving replaces this day"));
}

TEST_CASE("A score takes a digit over the dash, and an emptied score is not scored")
{
    DayLogFixture diary;
    DiarySession pageSession(diary.database);
    DayLogPage page(pageSession);
    diary.showPage(page);
    auto* pain = WidgetFinder::require<QSpinBox>(page, "score_pain");
    auto* editor = pain->findChild<QLineEdit*>();
    REQUIRE(editor != nullptr);
    CHECK(pain->text() == QStringLiteral("\u2013"));

    editor->deselect(); // as after a click: the cursor sits after the dash
    editor->end(false);
    QTest::keyClicks(pain, QStringLiteral("7"));
    CHECK(pain->value() == 7);
    QTest::keyClicks(pain, QStringLiteral("5")); // 75 is not a score
    CHECK(pain->value() == 7);

    QTest::keyClick(pain, Qt::Key_Backspace);
    pain->interpretText();
    CHECK(pain->value() == -1);
    QTest::mouseClick(WidgetFinder::require<QRadioButton>(page, "zeroDoseRadio"), Qt::LeftButton);
    pressCtrl(Qt::Key_S);
    REQUIRE(diary.entries().size() == 1);
    CHECK(diary.entries().front().symptomScores.empty());
}

TEST_CASE("Tab walks the day form from top to bottom")
{
    DayLogFixture diary;
    DiarySession pageSession(diary.database);
    DayLogPage page(pageSession);
    diary.showPage(page);

    // The unticked choices of the dose are reached with the arrow keys, as in any radio group.
    // Form, pharmacy and batch, which rarely change, come after the events.
    const std::vector<const char*> expected{"dateEdit",
                                            "doseTakenRadio",
                                            "doseSpin",
                                            "timeEdit",
                                            "score_pain",
                                            "score_fatigue",
                                            "score_sleep_quality",
                                            "score_brain_fog",
                                            "score_mood",
                                            "sideEffect_vivid_dreams",
                                            "sideEffect_insomnia"};
    WidgetFinder::require<QWidget>(page, expected.front())->setFocus(Qt::TabFocusReason);
    for (std::size_t index = 1; index < expected.size(); ++index) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        INFO("after " << expected[index - 1] << ", focus on " << focused()->objectName().toStdString()
                      << " in " << focused()->parentWidget()->objectName().toStdString());
        CHECK(WidgetFinder::require<QWidget>(page, expected[index])->hasFocus());
    }
    QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
    QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(WidgetFinder::require<QSpinBox>(page, "score_mood")->hasFocus());

    auto* taken = WidgetFinder::require<QRadioButton>(page, "doseTakenRadio");
    taken->setFocus(Qt::TabFocusReason);
    QTest::keyClick(taken, Qt::Key_Right);
    CHECK(WidgetFinder::require<QRadioButton>(page, "zeroDoseRadio")->isChecked());
    QTest::keyClick(focused(), Qt::Key_Right);
    CHECK(WidgetFinder::require<QRadioButton>(page, "missedRadio")->isChecked());
    CHECK_FALSE(WidgetFinder::require<QDoubleSpinBox>(page, "doseSpin")->isEnabled());
    QTest::keyClick(focused(), Qt::Key_Tab); // the dose and time are skipped while missed
    CHECK(WidgetFinder::require<QSpinBox>(page, "score_pain")->hasFocus());

    WidgetFinder::require<QCheckBox>(page, "event_stressful_day")->setFocus(Qt::TabFocusReason);
    QTest::keyClick(focused(), Qt::Key_Tab);
    CHECK(WidgetFinder::require<QLineEdit>(page, "event_other")->hasFocus());
    QTest::keyClick(focused(), Qt::Key_Tab); // form, pharmacy and batch are skipped while missed
    CHECK(WidgetFinder::require<QPlainTextEdit>(page, "noteEdit")->hasFocus());

    QTest::mouseClick(WidgetFinder::require<QRadioButton>(page, "doseTakenRadio"), Qt::LeftButton);
    WidgetFinder::require<QLineEdit>(page, "event_other")->setFocus(Qt::TabFocusReason);
    for (const char* next : {"formulationCombo", "pharmacyEdit", "batchEdit", "noteEdit"}) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        INFO("expected " << next << ", focus on " << focused()->objectName().toStdString());
        CHECK(WidgetFinder::require<QWidget>(page, next)->hasFocus());
    }
}

TEST_CASE(
    "The dose is two Tabs from the first score, and its choices are one stop where Space keeps the dose",
    "[gui][daylog]")
{
    DayLogFixture diary;
    TitrationRepository(diary.database)
        .setPlan(diary.profileId, TitrationPlan::fromTemplate(TitrationPlan::Template::Weekly, diary.today));
    DiarySession pageSession(diary.database);
    // In tabs, as in the main window, so that leaving the tab and coming back can be tried.
    QTabWidget tabs;
    auto* page = new DayLogPage(pageSession);
    tabs.addTab(page, QStringLiteral("Today"));
    tabs.addTab(new QLabel(QStringLiteral("elsewhere")), QStringLiteral("Chart"));
    tabs.resize(1280, 800);
    tabs.show();
    tabs.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&tabs));
    page->showProfile(diary.profileId);
    page->editDate(diary.today);
    auto* dose = WidgetFinder::require<QDoubleSpinBox>(*page, "doseSpin");
    auto* taken = WidgetFinder::require<QRadioButton>(*page, "doseTakenRadio");
    auto* pain = WidgetFinder::require<QSpinBox>(*page, "score_pain");
    REQUIRE(dose->hasFocus()); // not logged yet: the dose is not confirmed

    int presses = 0;
    while (!pain->hasFocus() && presses < 10) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        ++presses;
    }
    CHECK(presses <= 2);

    // Back from the dose, the one stop of the choices is the ticked one; Space there changes nothing.
    dose->setFocus(Qt::TabFocusReason);
    QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(taken->hasFocus());
    QTest::keyClick(focused(), Qt::Key_Space);
    CHECK(taken->isChecked());
    QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(WidgetFinder::require<QDateEdit>(*page, "dateEdit")->hasFocus());

    // Tabbing on from the dose confirmed it: opening the tab again puts the cursor in the first score.
    tabs.setCurrentIndex(1);
    tabs.setCurrentIndex(0);
    CHECK(pain->hasFocus());
    // Another day starts at its dose, until Enter (or Tab) confirms it.
    page->editDate(diary.today.addDays(-1));
    CHECK(dose->hasFocus());
    tabs.setCurrentIndex(1);
    tabs.setCurrentIndex(0);
    CHECK(dose->hasFocus());
    QTest::keyClicks(focused(), QStringLiteral("1.5"));
    QTest::keyClick(focused(), Qt::Key_Enter, Qt::KeypadModifier);
    CHECK(pain->hasFocus());
    CHECK(dose->value() == Approx(1.5));
    tabs.setCurrentIndex(1);
    tabs.setCurrentIndex(0);
    CHECK(pain->hasFocus());
}

TEST_CASE("A missed dose is saved without a dose or time, and 0 mg as a dose taken")
{
    DayLogFixture diary;
    DiarySession pageSession(diary.database);
    DayLogPage page(pageSession);
    diary.showPage(page);
    auto* time = WidgetFinder::require<QTimeEdit>(page, "timeEdit");
    auto* dose = WidgetFinder::require<QDoubleSpinBox>(page, "doseSpin");

    SECTION("missed")
    {
        auto* missed = WidgetFinder::require<QRadioButton>(page, "missedRadio");
        QTest::keyClick(&page, Qt::Key_M, Qt::AltModifier); // the mnemonic; buttons click a moment later
        CHECK(QTest::qWaitFor([missed] { return missed->isChecked(); }));
        CHECK_FALSE(time->isEnabled());
        CHECK_FALSE(dose->isEnabled());
        CHECK_FALSE(WidgetFinder::require<QComboBox>(page, "formulationCombo")->isEnabled());
        pressCtrl(Qt::Key_S);
        const std::optional<DiaryEntry> saved = diary.entryOn(diary.today);
        REQUIRE(saved.has_value());
        CHECK(saved->status == DoseStatus::Missed);
        CHECK_FALSE(saved->timeTaken.has_value());
        CHECK_FALSE(saved->formulation.has_value());
        CHECK(WidgetFinder::require<QLabel>(page, "dayLogConfirmation")
                  ->text()
                  .endsWith(QStringLiteral(": missed dose, 0 scores")));
    }
    SECTION("no LDN today")
    {
        QTest::mouseClick(WidgetFinder::require<QRadioButton>(page, "zeroDoseRadio"), Qt::LeftButton);
        CHECK_FALSE(time->isEnabled());
        pressCtrl(Qt::Key_Return);
        const std::optional<DiaryEntry> saved = diary.entryOn(diary.today);
        REQUIRE(saved.has_value());
        CHECK(saved->status == DoseStatus::Taken);
        CHECK(saved->dose.isZero());
        CHECK_FALSE(saved->timeTaken.has_value());

        // Reloading shows the day as "no LDN", not as missed.
        page.editDate(diary.today);
        CHECK(WidgetFinder::require<QRadioButton>(page, "zeroDoseRadio")->isChecked());
    }
    SECTION("0 typed as the dose")
    {
        typeInto(dose, QStringLiteral("0"));
        pressCtrl(Qt::Key_S);
        const std::optional<DiaryEntry> saved = diary.entryOn(diary.today);
        REQUIRE(saved.has_value());
        CHECK(saved->status == DoseStatus::Taken);
        CHECK(saved->dose.isZero());
    }
}

TEST_CASE("A day with no plan and no earlier dose needs the dose typed before it can be saved")
{
    DayLogFixture diary;
    DiarySession pageSession(diary.database);
    DayLogPage page(pageSession);
    QSignalSpy changed(&pageSession, &DiarySession::changed);
    diary.showPage(page);
    auto* dose = WidgetFinder::require<QDoubleSpinBox>(page, "doseSpin");
    auto* error = WidgetFinder::require<QLabel>(page, "dayLogError");
    CHECK(dose->text() == QStringLiteral("\u2013 mg"));
    CHECK(WidgetFinder::require<QLabel>(page, "planHint")->text() == QStringLiteral("No titration plan"));

    pressCtrl(Qt::Key_S);
    CHECK(error->isVisible());
    CHECK(error->text().startsWith(QStringLiteral("Dose: type the dose you took")));
    CHECK(diary.entries().empty());
    CHECK(changed.isEmpty());
    CHECK(dose->hasFocus());

    typeInto(dose, QStringLiteral("1.5"));
    pressCtrl(Qt::Key_S);
    CHECK(error->isHidden());
    REQUIRE(diary.entries().size() == 1);
    CHECK(diary.entries().front().dose == Dose::fromMicrograms(1500));

    // A day before that has nothing to start from either.
    page.editDate(diary.today.addDays(-1));
    CHECK(dose->text() == QStringLiteral("\u2013 mg")); // no dose before yesterday either
}

TEST_CASE("Without a plan the last dose taken before the day is offered")
{
    DayLogFixture diary;
    DiaryEntry earlier = fullEntry(diary.today.addDays(-3));
    earlier.dose = Dose::fromMicrograms(250);
    DiaryRepository(diary.database).save(diary.profileId, earlier);
    DiarySession pageSession(diary.database);
    DayLogPage page(pageSession);
    diary.showPage(page);

    CHECK(WidgetFinder::require<QDoubleSpinBox>(page, "doseSpin")->value() == Approx(0.25));
    CHECK(WidgetFinder::require<QTimeEdit>(page, "timeEdit")->time() == QTime(21, 15));
    CHECK(WidgetFinder::require<QComboBox>(page, "formulationCombo")->currentText() ==
          QStringLiteral("Sublingual"));
    CHECK(WidgetFinder::require<QLineEdit>(page, "pharmacyEdit")->text() == QStringLiteral("Rowan Pharmacy"));
    CHECK(WidgetFinder::require<QLineEdit>(page, "batchEdit")->text() == QStringLiteral("RX-2201"));
    // Scores are never carried over by themselves.
    CHECK(WidgetFinder::require<QSpinBox>(page, "score_pain")->value() == -1);
}

TEST_CASE("Copy yesterday fills every field from the last logged day, for the selected date")
{
    DayLogFixture diary;
    DiaryEntry earlier = fullEntry(diary.today.addDays(-2)); // the most recent logged day, not yesterday
    earlier.sideEffects[QStringLiteral("rash")] = 1;         // two own side effects: one is "other"
    earlier.sideEffects[QStringLiteral("tingling")] = 2;
    earlier.events << QStringLiteral("travel");
    DiaryRepository(diary.database).save(diary.profileId, fullEntry(diary.today.addDays(-9)));
    DiaryRepository(diary.database).save(diary.profileId, earlier);
    DiarySession pageSession(diary.database);
    DayLogPage page(pageSession);
    QSignalSpy changed(&pageSession, &DiarySession::changed);
    diary.showPage(page);
    page.editDate(diary.today);

    pressCtrl(Qt::Key_Y);
    CHECK(WidgetFinder::require<QSpinBox>(page, "score_fatigue")->value() == 8);
    CHECK(WidgetFinder::require<QSpinBox>(page, "score_brain_fog")->value() == -1);
    CHECK(WidgetFinder::require<QCheckBox>(page, "sideEffect_insomnia")->isChecked());
    CHECK(WidgetFinder::require<QComboBox>(page, "severity_insomnia")->currentData().toInt() == 3);
    CHECK(WidgetFinder::require<QLabel>(page, "dayLogConfirmation")
              ->text()
              .startsWith(QStringLiteral("Copied from")));
    pressCtrl(Qt::Key_S);

    const std::optional<DiaryEntry> copied = diary.entryOn(diary.today);
    REQUIRE(copied.has_value());
    DiaryEntry expected = earlier;
    expected.date = diary.today;
    CHECK(copied->status == expected.status);
    CHECK(copied->dose == expected.dose);
    CHECK(copied->timeTaken == expected.timeTaken);
    CHECK(copied->formulation == expected.formulation);
    CHECK(copied->pharmacy == expected.pharmacy);
    CHECK(copied->batch == expected.batch);
    CHECK(copied->symptomScores == expected.symptomScores);
    CHECK(copied->sideEffects == expected.sideEffects);
    CHECK(sorted(copied->events) == sorted(expected.events));
    CHECK(copied->note == expected.note);
    CHECK(diary.entryOn(diary.today.addDays(-2))->date == diary.today.addDays(-2)); // the source stays
    CHECK(diary.entries().size() == 3);
    CHECK(changed.size() == 1);
}

TEST_CASE("A past day loads what was saved, and saving it again replaces that day")
{
    DayLogFixture diary;
    const QDate past = diary.today.addDays(-5);
    DiaryEntry missed;
    missed.date = diary.today.addDays(-4);
    missed.status = DoseStatus::Missed;
    DiaryRepository(diary.database).save(diary.profileId, {fullEntry(past), missed});
    DiarySession pageSession(diary.database);
    DayLogPage page(pageSession);
    diary.showPage(page);
    auto* date = WidgetFinder::require<QDateEdit>(page, "dateEdit");
    auto* status = WidgetFinder::require<QLabel>(page, "dayLogStatus");
    auto* pain = WidgetFinder::require<QSpinBox>(page, "score_pain");
    CHECK(date->maximumDate() == diary.today);

    page.editDate(past);
    CHECK(status->text() == QStringLiteral("Logged \u2014 saving replaces this day"));
    CHECK(WidgetFinder::require<QDoubleSpinBox>(page, "doseSpin")->value() == Approx(1.5));
    CHECK(WidgetFinder::require<QTimeEdit>(page, "timeEdit")->time() == QTime(21, 15));
    CHECK(pain->value() == 3);
    CHECK(WidgetFinder::require<QSpinBox>(page, "score_brain_fog")->value() == -1);
    CHECK(WidgetFinder::require<QCheckBox>(page, "sideEffect_headache")->isChecked());
    CHECK(WidgetFinder::require<QComboBox>(page, "severity_headache")->currentData().toInt() == 0);
    CHECK(WidgetFinder::require<QCheckBox>(page, "event_crash_after_exertion")->isChecked());
    CHECK(WidgetFinder::require<QPlainTextEdit>(page, "noteEdit")->toPlainText() ==
          QStringLiteral("Walked too far."));
    CHECK(pain->hasFocus());

    // Alt+Right and Alt+Left move a day at a time; the missed day loads as missed.
    QTest::keyClick(focused(), Qt::Key_Right, Qt::AltModifier);
    CHECK(date->date() == past.addDays(1));
    CHECK(WidgetFinder::require<QRadioButton>(page, "missedRadio")->isChecked());
    QTest::keyClick(focused(), Qt::Key_Left, Qt::AltModifier);
    QTest::keyClick(focused(), Qt::Key_Left, Qt::AltModifier);
    CHECK(date->date() == past.addDays(-1));
    CHECK(status->text() == QStringLiteral("Not logged yet"));
    CHECK(pain->value() == -1);
    QTest::keyClick(focused(), Qt::Key_Right, Qt::AltModifier);
    CHECK(pain->value() == 3);

    typeInto(pain, QStringLiteral("9"));
    pressCtrl(Qt::Key_S);

    CHECK(diary.entries().size() == 2);
    DiaryEntry expected = fullEntry(past);
    expected.symptomScores[QStringLiteral("pain")] = 9;
    CHECK(diary.entryOn(past) == expected);
}

TEST_CASE("A dose far outside the LDN range is saved only when confirmed")
{
    DayLogFixture diary;
    DiarySession pageSession(diary.database);
    DayLogPage page(pageSession);
    QSignalSpy changed(&pageSession, &DiarySession::changed);
    std::vector<Dose> asked;
    bool answer = false;
    page.setDoseConfirmation([&asked, &answer](const Dose& dose) {
        asked.push_back(dose);
        return answer;
    });
    diary.showPage(page);
    auto* dose = WidgetFinder::require<QDoubleSpinBox>(page, "doseSpin");
    auto* error = WidgetFinder::require<QLabel>(page, "dayLogError");

    typeInto(dose, QStringLiteral("45"));
    pressCtrl(Qt::Key_S);
    REQUIRE(asked.size() == 1);
    CHECK(asked.front() == Dose::fromMicrograms(45000));
    CHECK(diary.entries().empty());
    CHECK(changed.isEmpty());
    CHECK(error->isVisible());
    CHECK(dose->hasFocus());

    answer = true;
    pressCtrl(Qt::Key_S);
    CHECK(asked.size() == 2);
    REQUIRE(diary.entries().size() == 1);
    CHECK(diary.entries().front().dose == Dose::fromMicrograms(45000));
    CHECK(changed.size() == 1);
    CHECK(error->isHidden());

    // The usual range is saved without a question.
    typeInto(dose, QStringLiteral("4.5"));
    pressCtrl(Qt::Key_S);
    CHECK(asked.size() == 2);
    CHECK(diary.entries().front().dose == Dose::fromMicrograms(4500));

    CHECK(
        DayLogPage::doseConfirmationQuestion(Dose::fromMicrograms(45000))
            .startsWith(QStringLiteral("45 mg is far above the usual LDN range of 0.1\u201310 mg; full-dose "
                                       "naltrexone is 50 mg. Did you mean 4.5 mg?")));
    CHECK(DayLogPage::doseConfirmationQuestion(Dose::fromMicrograms(50))
              .contains(QStringLiteral("Did you mean 0.5 mg?")));
}

TEST_CASE("A problem in the form is shown inline and nothing is written")
{
    DayLogFixture diary;
    TitrationRepository(diary.database)
        .setPlan(diary.profileId, TitrationPlan::fromTemplate(TitrationPlan::Template::Weekly, diary.today));
    DiarySession pageSession(diary.database);
    DayLogPage page(pageSession);
    QSignalSpy changed(&pageSession, &DiarySession::changed);
    diary.showPage(page);
    auto* error = WidgetFinder::require<QLabel>(page, "dayLogError");

    QTest::keyClick(WidgetFinder::require<QCheckBox>(page, "sideEffect_other"), Qt::Key_Space);
    pressCtrl(Qt::Key_S);
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("Other side effect: type its name, or untick it."));
    CHECK(WidgetFinder::require<QLineEdit>(page, "sideEffectOtherName")->hasFocus());
    CHECK(diary.entries().empty());
    CHECK(changed.isEmpty());

    QTest::mouseClick(WidgetFinder::require<QPushButton>(page, "clearFormButton"), Qt::LeftButton);
    CHECK(error->isHidden());
    CHECK_FALSE(WidgetFinder::require<QCheckBox>(page, "sideEffect_other")->isChecked());
    CHECK(WidgetFinder::require<QDoubleSpinBox>(page, "doseSpin")->value() == Approx(1.0));
}

TEST_CASE("Every input of the day form has a name for screen readers")
{
    DayLogFixture diary;
    DiarySession pageSession(diary.database);
    DayLogPage page(pageSession);
    diary.showPage(page);

    // Spin boxes, combo boxes and the date's calendar hold editors of their own; the outer widget
    // carries the name.
    const auto isPartOfAnotherInput = [&page](const QWidget* widget) {
        for (const QWidget* parent = widget->parentWidget(); parent && parent != &page;
             parent = parent->parentWidget()) {
            if (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent) ||
                qobject_cast<const QCalendarWidget*>(parent)) {
                return true;
            }
        }
        return false;
    };
    int inputs = 0;
    for (QWidget* widget : page.findChildren<QWidget*>()) {
        const bool input = qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QComboBox*>(widget) ||
                           qobject_cast<QLineEdit*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                           qobject_cast<QCheckBox*>(widget) || qobject_cast<QRadioButton*>(widget);
        if (!input || isPartOfAnotherInput(widget)) {
            continue;
        }
        ++inputs;
        INFO("widget " << widget->objectName().toStdString() << " (" << widget->metaObject()->className()
                       << ")");
        CHECK_FALSE(widget->accessibleName().trimmed().isEmpty());
    }
    // date, 3 radios, dose, time, form, pharmacy, batch, 5 scores, 7 side effects with a severity
    // each, the other side effect's name, 4 events, the other event, the note
    CHECK(inputs == 9 + 5 + 14 + 1 + 4 + 1 + 1);

    for (const char* label :
         {"dateLabel", "timeLabel", "formulationLabel", "pharmacyLabel", "batchLabel", "noteLabel"}) {
        INFO("label " << label);
        CHECK(WidgetFinder::require<QLabel>(page, label)->buddy() != nullptr);
    }

    // Alt+letter reaches each part once, and never a letter the main window's menus use.
    std::set<QString> mnemonics;
    QStringList texts;
    for (const QLabel* label : page.findChildren<QLabel*>()) {
        texts << label->text();
    }
    for (const QAbstractButton* button : page.findChildren<QAbstractButton*>()) {
        texts << button->text();
    }
    for (const QGroupBox* group : page.findChildren<QGroupBox*>()) {
        texts << group->title();
    }
    for (const QString& text : texts) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (mnemonic.isEmpty()) {
            continue;
        }
        INFO(text.toStdString());
        CHECK(mnemonics.insert(mnemonic.toString()).second);
        for (const char* menu : {"Alt+F", "Alt+V", "Alt+H"}) {
            CHECK(mnemonic.toString() != QString::fromLatin1(menu));
        }
    }
    CHECK(mnemonics.size() == 15);
}

TEST_CASE("Ten symptoms fit the day form at 1280x800 without scrolling")
{
    DayLogFixture diary;
    ProfileRepository profiles(diary.database);
    for (const char* name : {"headache", "joint pain", "nausea", "dizziness", "muscle aches"}) {
        profiles.addSymptom(diary.profileId, {QString::fromLatin1(name), false});
    }
    DiarySession pageSession(diary.database);
    DayLogPage page(pageSession);
    diary.showPage(page);
    QApplication::processEvents();

    CHECK(page.findChildren<QSpinBox*>(QRegularExpression(QStringLiteral("^score_"))).size() == 10);
    CHECK(WidgetFinder::require<QScrollArea>(page, "dayLogScroll")->verticalScrollBar()->maximum() == 0);
    CHECK(WidgetFinder::require<QPushButton>(page, "saveButton")->isVisible());
}

TEST_CASE("People add their own symptom from the Today tab without losing what they typed", "[gui][daylog]")
{
    DayLogFixture fixture;
    DiarySession pageSession(fixture.database);
    DayLogPage page(pageSession);
    fixture.showPage(page);
    QSignalSpy changed(&pageSession, &DiarySession::changed);
    // Saving the day is announced too; this counts the changes of the symptom list.
    const auto symptomChanges = [&changed] {
        return std::count_if(changed.begin(), changed.end(), [](const QList<QVariant>& arguments) {
            return arguments.at(0).value<DiaryChange>().subjects.testFlag(DiaryChange::Subject::Symptoms);
        });
    };
    WidgetFinder::require<QDoubleSpinBox>(page, "doseSpin")->setValue(1.5);
    WidgetFinder::require<QSpinBox>(page, "score_pain")->setValue(6);

    AddSymptomDialog dialog(&page);
    dialog.setSubmitFunction([&](const SymptomDefinition& symptom) { page.addSymptom(symptom); });
    auto* name = WidgetFinder::require<QLineEdit>(dialog, "symptomNameEdit");
    CHECK_FALSE(name->accessibleName().isEmpty());
    name->setText(QStringLiteral("Energy"));
    WidgetFinder::require<QCheckBox>(dialog, "higherIsBetterCheck")->setChecked(true);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(symptomChanges() == 1);

    const std::vector<SymptomDefinition> symptoms =
        ProfileRepository(fixture.database).symptoms(fixture.profileId);
    REQUIRE(symptoms.size() == 6);
    CHECK(symptoms.back() == SymptomDefinition{QStringLiteral("Energy"), true});
    CHECK(WidgetFinder::require<QSpinBox>(page, "score_pain")->value() == 6); // kept
    auto* energy = WidgetFinder::require<QSpinBox>(page, "score_Energy");
    energy->setValue(7);
    QTest::mouseClick(WidgetFinder::require<QPushButton>(page, "saveButton"), Qt::LeftButton);
    const std::optional<DiaryEntry> saved = fixture.entryOn(fixture.today);
    REQUIRE(saved);
    CHECK(saved->symptomScores.at(QStringLiteral("Energy")) == 7);
    CHECK(saved->symptomScores.at(QStringLiteral("pain")) == 6);

    // A symptom already tracked is refused in the dialog, which stays open; nothing is added.
    AddSymptomDialog again(&page);
    again.setSubmitFunction([&](const SymptomDefinition& symptom) { page.addSymptom(symptom); });
    WidgetFinder::require<QLineEdit>(again, "symptomNameEdit")->setText(QStringLiteral("PAIN"));
    again.accept();
    CHECK(again.result() != QDialog::Accepted);
    CHECK(again.problem().contains(QStringLiteral("already tracked")));
    CHECK(ProfileRepository(fixture.database).symptoms(fixture.profileId).size() == 6);
    CHECK(symptomChanges() == 1);
}

TEST_CASE("An opioid on the medicine list is flagged on the Today tab too", "[gui][daylog]")
{
    DayLogFixture fixture;
    DiarySession pageSession(fixture.database);
    DayLogPage page(pageSession);
    fixture.showPage(page);
    auto* reminder = WidgetFinder::require<QLabel>(page, "opioidReminder");
    CHECK_FALSE(reminder->isVisible());
    Medication tramadol;
    tramadol.name = QStringLiteral("Tramadol 50 mg");
    MedicationRepository(fixture.database).add(fixture.profileId, tramadol);
    page.showProfile(fixture.profileId);
    CHECK(reminder->isVisible());
    CHECK(reminder->text().startsWith(QStringLiteral("Warning: Tramadol 50 mg")));
    CHECK(reminder->text().contains(QStringLiteral("Do not take LDN with opioid medicines")));

    // Stopped three days ago it is still mentioned; stopped five weeks ago, no longer.
    const std::int64_t id = MedicationRepository(fixture.database).list(fixture.profileId)[0].id;
    MedicationRepository(fixture.database).setStopped(id, QDate::currentDate().addDays(-3));
    page.showProfile(fixture.profileId);
    CHECK(reminder->isVisible());
    CHECK(reminder->text().startsWith(QStringLiteral("Warning: Tramadol 50 mg, an opioid, was stopped on")));
    CHECK(reminder->text().contains(QStringLiteral("(3 days ago)")));
    MedicationRepository(fixture.database).setStopped(id, QDate::currentDate().addDays(-35));
    page.showProfile(fixture.profileId);
    CHECK_FALSE(reminder->isVisible());
}

} // namespace ldn::test
