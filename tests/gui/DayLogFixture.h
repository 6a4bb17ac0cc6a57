#pragma once

// The Today tab's tests share this: a fresh diary with one profile, and keyboard helpers.

#include "WidgetFinder.h"
#include "core/base/IsoDate.h"
#include "core/plan/TitrationPlan.h"
#include "gui/common/DoseQuestions.h"
#include "gui/common/PersonBanner.h"
#include "gui/common/ScoreDirectionCue.h"
#include "gui/profiles/AddSymptomDialog.h"
#include "gui/today/DayLogPage.h"
#include "services/DiarySession.h"
#include "storage/db/Database.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/plan/MedicationRepository.h"
#include "storage/plan/TitrationRepository.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <set>
#include <vector>

namespace ldn::test {

// A profile with the default symptoms in a fresh diary file, and the page showing it.
class DayLogFixture {
public:
    DayLogFixture()
        : database(Database::open(folder.file(QStringLiteral("diary.sqlite"))))
        , profileId(ProfileRepository(database).add(QStringLiteral("Alex")))
    {}

    // Shows the page in an active window, so focus, Tab and shortcuts behave as on screen, with
    // the focus in the form as when the main window opens the page.
    void showPage(DayLogPage& page)
    {
        page.resize(1280, 800);
        page.show();
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
        page.showProfile(profileId);
        page.editDate(today);
    }

    std::vector<DiaryEntry> entries() { return DiaryRepository(database).entries(profileId); }
    std::optional<DiaryEntry> entryOn(const QDate& date)
    {
        const std::vector<DiaryEntry> found = DiaryRepository(database).entries(profileId, date, date);
        return found.empty() ? std::nullopt : std::optional<DiaryEntry>(found.front());
    }

    TemporaryFolder folder;
    Database database;
    std::int64_t profileId;
    const QDate today = QDate::currentDate();
};

inline DiaryEntry fullEntry(const QDate& date)
{
    DiaryEntry entry;
    entry.date = date;
    entry.dose = Dose::fromMicrograms(1500);
    entry.timeTaken = QTime(21, 15);
    entry.formulation = Formulation::Sublingual;
    entry.pharmacy = QStringLiteral("Rowan Pharmacy");
    entry.batch = QStringLiteral("RX-2201");
    entry.symptomScores = {{QStringLiteral("pain"), 3},
                           {QStringLiteral("fatigue"), 8},
                           {QStringLiteral("sleep quality"), 4},
                           {QStringLiteral("mood"), 0}};
    entry.sideEffects = {{QStringLiteral("insomnia"), 3}, {QStringLiteral("headache"), 0}};
    entry.events = {QStringLiteral("crash after exertion")};
    entry.note = QStringLiteral("Walked too far.");
    return entry;
}

inline QWidget* focused()
{
    QWidget* widget = QApplication::focusWidget();
    REQUIRE(widget != nullptr);
    return widget;
}

inline void pressCtrl(Qt::Key key)
{
    QTest::keyClick(focused(), key, Qt::ControlModifier);
}

// Replaces what a spin box shows, as a person does: select it all, then type.
inline void typeInto(QAbstractSpinBox* spin, const QString& text)
{
    spin->setFocus(Qt::TabFocusReason);
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

inline QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace ldn::test
