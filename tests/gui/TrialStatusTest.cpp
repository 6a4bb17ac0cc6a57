#include "DayLogFixture.h"
#include "gui/today/DayLogPage.h"
#include "gui/today/TrialStatusPanel.h"
#include "presentation/DateText.h"
#include "services/DiaryService.h"
#include "services/TrialService.h"

namespace ldn::test {
namespace {

TrialProtocol painTrial(const QDate& start)
{
    TrialProtocol protocol;
    protocol.start = start;
    protocol.outcomes = {QStringLiteral("pain")};
    return protocol;
}

DiaryEntry doseDay(const QDate& date, int micrograms)
{
    DiaryEntry entry;
    entry.date = date;
    entry.dose = Dose::fromMicrograms(micrograms);
    entry.symptomScores[QStringLiteral("pain")] = 5;
    return entry;
}

} // namespace

TEST_CASE("The Today tab says where the trial stands and warns when a stopping rule is met",
          "[gui][daylog][trial]")
{
    DayLogFixture diary;
    DiarySession session(diary.database);
    DayLogPage page(session);
    diary.showPage(page);
    auto* panel = WidgetFinder::require<TrialStatusPanel>(page, "trialStatusPanel");
    CHECK(panel->isHidden()); // no trial, nothing to say

    SECTION("someone not yet on LDN starts with the baseline")
    {
        session.trialService().start(diary.profileId, painTrial(diary.today.addDays(-4)), 12);
        QCoreApplication::processEvents(); // the page re-reads after the announced change
        CHECK(panel->isVisible());
        CHECK(panel->standingText().contains(QStringLiteral("baseline day 5 of 14, no LDN yet")));
        CHECK(panel->warningText().isEmpty());
    }
    SECTION("someone already on LDN is told the day and the review; two severe days in a row warn")
    {
        for (int back = 40; back >= 1; --back) {
            session.diaryService().saveDay(diary.profileId, doseDay(diary.today.addDays(-back), 1500));
        }
        const Trial trial =
            session.trialService().start(diary.profileId, painTrial(diary.today.addDays(-9)), 12);
        QCoreApplication::processEvents();
        CHECK(panel->standingText().contains(QStringLiteral("day 10;")));
        CHECK(panel->standingText().contains(longDate(trial.protocol.reviewOn)));
        CHECK(panel->warningText().isEmpty());

        for (int back : {3, 2}) {
            DiaryEntry day = doseDay(diary.today.addDays(-back), 1500);
            day.sideEffects = {{QStringLiteral("headache"), 3}};
            session.diaryService().saveDay(diary.profileId, day);
        }
        QCoreApplication::processEvents();
        CHECK(panel->warningText().contains(QStringLiteral("Stopping rule met: headache was severe (3)")));

        session.trialService().stop(diary.profileId, QStringLiteral("headaches"), diary.today, diary.today);
        QCoreApplication::processEvents();
        CHECK(panel->standingText().contains(QStringLiteral("stopped on")));
    }
}

} // namespace ldn::test
