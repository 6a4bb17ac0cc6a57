#include "gui/diary/DiaryTableModel.h"

#include <QFont>
#include <QLocale>
#include <catch2/catch.hpp>

namespace ldn::test {
namespace {

const QDate kFirstDay(2025, 3, 3); // a Monday

DiaryEntry takenEntry(int dayOffset, std::int64_t micrograms)
{
    DiaryEntry entry;
    entry.date = kFirstDay.addDays(dayOffset);
    entry.status = DoseStatus::Taken;
    entry.dose = Dose::fromMicrograms(micrograms);
    return entry;
}

QString text(const DiaryTableModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST_CASE("The diary table has one row per calendar day, newest first, up to today")
{
    DiaryEntry first = takenEntry(0, 4500);
    first.timeTaken = QTime(21, 30);
    first.formulation = Formulation::Capsule;
    first.symptomScores = {{QStringLiteral("pain"), 6}, {QStringLiteral("sleep quality"), 3}};
    first.sideEffects = {{QStringLiteral("insomnia"), 1}, {QStringLiteral("vivid dreams"), 2}};
    first.events = QStringList{QStringLiteral("infection"), QStringLiteral("stressful day")};
    first.note = QStringLiteral("Slept badly.");
    DiaryEntry missed;
    missed.date = kFirstDay.addDays(2);
    missed.status = DoseStatus::Missed;
    const DiaryEntry baseline = takenEntry(3, 0);
    const QDate today = kFirstDay.addDays(5);

    DiaryTableModel model;
    model.setDiary({{QStringLiteral("pain"), false}, {QStringLiteral("sleep quality"), true}},
                   {first, missed, baseline}, today);

    REQUIRE(model.rowCount() == 6);
    // side effects, events, the note and the notes by carers and others after the symptoms
    REQUIRE(model.columnCount() == DiaryTableModel::FirstSymptomColumn + 2 + 4);
    CHECK(model.dateAt(0) == today);
    CHECK(model.dateAt(5) == kFirstDay);
    CHECK(model.rowOf(kFirstDay) == 5);
    CHECK(text(model, 5, DiaryTableModel::DateColumn) ==
          QLocale().dayName(1, QLocale::ShortFormat) + QStringLiteral(" 2025-03-03"));

    SECTION("the three dose states read differently")
    {
        CHECK(text(model, 5, DiaryTableModel::DoseColumn) == QStringLiteral("4.5 mg"));
        CHECK(text(model, 3, DiaryTableModel::DoseColumn) == QStringLiteral("Missed"));
        CHECK(text(model, 2, DiaryTableModel::DoseColumn) == QStringLiteral("0 mg"));
        CHECK(text(model, 4, DiaryTableModel::DoseColumn) == QStringLiteral("Not logged"));
        CHECK(text(model, 0, DiaryTableModel::DoseColumn) == QStringLiteral("Not logged"));
    }

    SECTION("missed and not logged differ in more than colour")
    {
        const auto font = [&](int row) {
            return model.data(model.index(row, DiaryTableModel::DoseColumn), Qt::FontRole).value<QFont>();
        };
        CHECK(font(3).bold());
        CHECK_FALSE(font(3).italic());
        CHECK(font(4).italic());
        CHECK_FALSE(font(4).bold());
        CHECK_FALSE(model.data(model.index(2, DiaryTableModel::DoseColumn), Qt::FontRole).isValid());
        CHECK_FALSE(model.data(model.index(3, DiaryTableModel::DoseColumn), Qt::DecorationRole).isNull());
        const QVariant missedColour =
            model.data(model.index(3, DiaryTableModel::DoseColumn), Qt::ForegroundRole);
        const QVariant unloggedColour =
            model.data(model.index(4, DiaryTableModel::DoseColumn), Qt::ForegroundRole);
        CHECK(missedColour.isValid());
        CHECK(unloggedColour.isValid());
        CHECK(missedColour != unloggedColour);
    }

    SECTION("the other columns show what was logged that day")
    {
        CHECK(text(model, 5, DiaryTableModel::TimeColumn) == QStringLiteral("21:30"));
        CHECK(text(model, 5, DiaryTableModel::FormColumn) == QStringLiteral("Capsule"));
        CHECK(text(model, 5, DiaryTableModel::FirstSymptomColumn) == QStringLiteral("6"));
        CHECK(text(model, 5, DiaryTableModel::FirstSymptomColumn + 1) == QStringLiteral("3"));
        CHECK(text(model, 5, model.sideEffectsColumn()) == QStringLiteral("vivid dreams 2, insomnia 1"));
        CHECK(text(model, 5, model.eventsColumn()) == QStringLiteral("infection, stressful day"));
        CHECK(text(model, 5, model.noteColumn()) == QStringLiteral("Slept badly."));
        CHECK(text(model, 4, DiaryTableModel::FirstSymptomColumn).isEmpty());
    }

    SECTION("symptom headers say which direction is better")
    {
        const QString pain = model.headerData(DiaryTableModel::FirstSymptomColumn, Qt::Horizontal).toString();
        const QString sleep =
            model.headerData(DiaryTableModel::FirstSymptomColumn + 1, Qt::Horizontal).toString();
        CHECK(pain.startsWith(QStringLiteral("Pain")));
        CHECK(pain.contains(QStringLiteral("\u2193")));
        CHECK(sleep.startsWith(QStringLiteral("Sleep quality")));
        CHECK(sleep.contains(QStringLiteral("\u2191")));
        CHECK(model.headerData(DiaryTableModel::FirstSymptomColumn, Qt::Horizontal, Qt::ToolTipRole)
                  .toString()
                  .contains(QStringLiteral("lower is better")));
        CHECK(model.headerData(model.noteColumn(), Qt::Horizontal).toString() == QStringLiteral("Note"));
    }

    SECTION("the summary figures count logged and missed days and the latest dose taken")
    {
        CHECK(model.loggedDays() == 3);
        CHECK(model.missedDays() == 1);
        REQUIRE(model.currentDose().has_value());
        CHECK(model.currentDose()->isZero());
    }
}

TEST_CASE("A diary whose last entry is after today still shows every logged day")
{
    DiaryTableModel model;
    model.setDiary({}, {takenEntry(0, 1500), takenEntry(9, 3000)}, kFirstDay.addDays(4));
    CHECK(model.rowCount() == 10);
    CHECK(model.dateAt(0) == kFirstDay.addDays(9));
}

TEST_CASE("An empty diary has no rows")
{
    DiaryTableModel model;
    model.setDiary({{QStringLiteral("pain"), false}}, {}, QDate::currentDate());
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.currentDose().has_value());
    model.setDiary({}, {takenEntry(0, 1500)}, kFirstDay);
    CHECK(model.rowCount() == 1);
    model.clear();
    CHECK(model.rowCount() == 0);
}

} // namespace ldn::test
