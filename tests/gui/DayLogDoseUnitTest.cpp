#include "DayLogFixture.h"
#include "gui/today/DayLogPage.h"

namespace ldn::test {

TEST_CASE("The dose field takes a dose with its unit, exactly in micrograms", "[gui][daylog][micrograms]")
{
    DayLogFixture diary;
    DiarySession pageSession(diary.database);
    DayLogPage page(pageSession);
    std::vector<Dose> unusual;
    page.setDoseConfirmation([&unusual](const Dose& dose) {
        unusual.push_back(dose);
        return false;
    });
    int microgramQuestions = 0;
    page.setMicrogramQuestion([&microgramQuestions](const Dose&, const Dose&) {
        ++microgramQuestions;
        return false;
    });
    diary.showPage(page);
    auto* dose = WidgetFinder::require<QDoubleSpinBox>(page, "doseSpin");

    const std::vector<std::pair<QString, std::int64_t>> typed{
        {QStringLiteral("500mcg"), 500}, {QStringLiteral("500 \u00b5g"), 500}, {QStringLiteral("250ug"), 250},
        {QStringLiteral("0.5mg"), 500},  {QStringLiteral("1.5 mg"), 1500},     {QStringLiteral("0.125"), 125},
        {QStringLiteral("4.5"), 4500}};
    for (const auto& [text, micrograms] : typed) {
        INFO(text.toStdString());
        typeInto(dose, text);
        pressCtrl(Qt::Key_S);
        REQUIRE(diary.entryOn(diary.today).has_value());
        CHECK(diary.entryOn(diary.today)->dose == Dose::fromMicrograms(micrograms));
        CHECK(WidgetFinder::require<QLabel>(page, "dayLogError")->isHidden());
    }
    // Shown in the field's unit once typed: the unit typed does not stay.
    typeInto(dose, QStringLiteral("750mcg"));
    dose->interpretText();
    CHECK(dose->text() == QStringLiteral("0.75 mg"));
    CHECK(unusual.empty());
    CHECK(microgramQuestions == 0);
}

TEST_CASE("A bare number that reads better as micrograms asks first, and No leads to the usual warning",
          "[gui][daylog][micrograms]")
{
    DayLogFixture diary;
    DiarySession pageSession(diary.database);
    DayLogPage page(pageSession);
    std::vector<std::pair<Dose, Dose>> asked;
    bool meantMicrograms = false;
    page.setMicrogramQuestion([&](const Dose& typed, const Dose& reading) {
        asked.emplace_back(typed, reading);
        return meantMicrograms;
    });
    std::vector<Dose> unusual;
    page.setDoseConfirmation([&unusual](const Dose& dose) {
        unusual.push_back(dose);
        return false;
    });
    diary.showPage(page);
    auto* dose = WidgetFinder::require<QDoubleSpinBox>(page, "doseSpin");

    // No (the default): 500 stays 500 mg, and the unusual-dose warning decides; it says no too.
    typeInto(dose, QStringLiteral("500"));
    pressCtrl(Qt::Key_S);
    REQUIRE(asked.size() == 1);
    CHECK(asked.front().first == Dose::fromMicrograms(500'000));
    CHECK(asked.front().second == Dose::fromMicrograms(500));
    CHECK(unusual == std::vector<Dose>{Dose::fromMicrograms(500'000)});
    CHECK(diary.entries().empty());
    CHECK(dose->hasFocus());

    // Yes: saved as 0.5 mg, with no second question.
    meantMicrograms = true;
    typeInto(dose, QStringLiteral("500"));
    pressCtrl(Qt::Key_S);
    CHECK(asked.size() == 2);
    CHECK(unusual.size() == 1);
    REQUIRE(diary.entryOn(diary.today).has_value());
    CHECK(diary.entryOn(diary.today)->dose == Dose::fromMicrograms(500));
    CHECK(dose->value() == Approx(0.5));

    // 5000 is 5 mg in micrograms; as milligrams it is no possible dose at all.
    meantMicrograms = false;
    typeInto(dose, QStringLiteral("5000"));
    pressCtrl(Qt::Key_S);
    CHECK(asked.back().second == Dose::fromMicrograms(5000));
    CHECK(WidgetFinder::require<QLabel>(page, "dayLogError")->text() ==
          QStringLiteral("Dose: 5000 mg is not a possible dose."));
    // With its unit written, or where no microgram reading fits, nothing is asked.
    typeInto(dose, QStringLiteral("500mg"));
    pressCtrl(Qt::Key_S);
    typeInto(dose, QStringLiteral("45"));
    pressCtrl(Qt::Key_S);
    CHECK(asked.size() == 3);
    CHECK(unusual.back() == Dose::fromMicrograms(45'000));

    CHECK(DoseQuestions::microgramQuestion(Dose::fromMicrograms(500'000), Dose::fromMicrograms(500))
              .endsWith(QStringLiteral("Did you mean 0.5 mg (500 micrograms)?")));
}

TEST_CASE("A profile that enters doses in micrograms gets a microgram field", "[gui][daylog][micrograms]")
{
    DayLogFixture diary;
    Profile preferences;
    preferences.doseUnit = Dose::Unit::Micrograms;
    ProfileRepository(diary.database).setPreferences(diary.profileId, preferences);
    DiaryEntry earlier = fullEntry(diary.today.addDays(-1));
    earlier.dose = Dose::fromMicrograms(250);
    DiaryRepository(diary.database).save(diary.profileId, earlier);
    DiarySession pageSession(diary.database);
    DayLogPage page(pageSession);
    int questions = 0;
    page.setMicrogramQuestion([&questions](const Dose&, const Dose&) { return ++questions > 0; });
    diary.showPage(page);
    auto* dose = WidgetFinder::require<QDoubleSpinBox>(page, "doseSpin");

    CHECK(dose->text() == QStringLiteral("250 mcg"));
    CHECK(dose->accessibleName() == QStringLiteral("Dose in micrograms"));
    typeInto(dose, QStringLiteral("500"));
    pressCtrl(Qt::Key_S);
    REQUIRE(diary.entryOn(diary.today).has_value());
    CHECK(diary.entryOn(diary.today)->dose == Dose::fromMicrograms(500));
    typeInto(dose, QStringLiteral("1.5mg"));
    pressCtrl(Qt::Key_S);
    CHECK(diary.entryOn(diary.today)->dose == Dose::fromMicrograms(1500));
    CHECK(dose->text() == QStringLiteral("1500 mcg"));
    CHECK(questions == 0);

    // A fraction of a microgram cannot be kept: said, and nothing is written.
    typeInto(dose, QStringLiteral("0.5"));
    pressCtrl(Qt::Key_S);
    CHECK(WidgetFinder::require<QLabel>(page, "dayLogError")->text() ==
          QStringLiteral("Dose: 0.5 is more precise than a microgram."));
    CHECK(diary.entryOn(diary.today)->dose == Dose::fromMicrograms(1500));
}

TEST_CASE(
    "The Today tab names the person in large type with their colour, and shows which way each score goes",
    "[gui][daylog]")
{
    DayLogFixture diary;
    Profile preferences;
    preferences.colour = QStringLiteral("#D55E00");
    ProfileRepository(diary.database).setPreferences(diary.profileId, preferences);
    DiarySession pageSession(diary.database);
    DayLogPage page(pageSession);
    diary.showPage(page);

    auto* banner = WidgetFinder::require<PersonBanner>(page, "personBanner");
    auto* name = WidgetFinder::require<QLabel>(page, "personName");
    CHECK(banner->isVisible());
    CHECK(name->text() == QStringLiteral("Alex"));
    CHECK(banner->colour() == QStringLiteral("#d55e00"));
    CHECK(name->font().pointSizeF() >= page.font().pointSizeF() * 1.5);
    CHECK(banner->accessibleName() == QStringLiteral("Logging the day for Alex"));

    // Sleep quality and mood are better when higher, pain and fatigue worse: a cue beside each.
    auto* scores = WidgetFinder::require<QGroupBox>(page, "scoresGroup");
    CHECK(scores->findChildren<QWidget*>(QStringLiteral("higherIsBetterCue")).size() == 2);
    CHECK(scores->findChildren<QWidget*>(QStringLiteral("higherIsWorseCue")).size() == 3);
    CHECK(WidgetFinder::require<QSpinBox>(page, "score_mood")
              ->accessibleDescription()
              .startsWith(QStringLiteral("0 to 10, higher is better")));
    CHECK(WidgetFinder::require<QSpinBox>(page, "score_pain")
              ->accessibleDescription()
              .startsWith(QStringLiteral("0 to 10, higher is worse")));
    // The two faces differ in shape, not only in colour.
    const QImage better = ScoreDirectionCue::icon(true, page.palette(), 16, 1.0).toImage();
    const QImage worse = ScoreDirectionCue::icon(false, page.palette(), 16, 1.0).toImage();
    const auto shape = [](const QImage& image) {
        QImage mask(image.size(), QImage::Format_Mono);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                mask.setPixel(x, y, qAlpha(image.pixel(x, y)) > 128 ? 1 : 0);
            }
        }
        return mask;
    };
    CHECK(shape(better) != shape(worse));

    // Read-only (a review), the values keep the colours of enabled text.
    page.setReadOnly(true);
    auto* doseGroup = WidgetFinder::require<QGroupBox>(page, "doseGroup");
    CHECK_FALSE(doseGroup->isEnabled());
    CHECK(doseGroup->palette().color(QPalette::Disabled, QPalette::Text) ==
          page.palette().color(QPalette::Active, QPalette::Text));
    CHECK(scores->palette().color(QPalette::Disabled, QPalette::WindowText) ==
          page.palette().color(QPalette::Active, QPalette::WindowText));
    page.setReadOnly(false);
    CHECK(doseGroup->isEnabled());
    CHECK(doseGroup->palette().color(QPalette::Disabled, QPalette::Text) ==
          page.palette().color(QPalette::Disabled, QPalette::Text));
}

} // namespace ldn::test
