#include "core/plan/TitrationSchedule.h"

#include "core/base/InputError.h"

#include <catch2/catch.hpp>

using namespace ldn;

namespace {

const QDate kStart(2026, 3, 2);

Dose mg(double value)
{
    return Dose::fromMicrograms(static_cast<std::int64_t>(value * 1000 + 0.5));
}

TitrationSchedule::Day dayOf(const TitrationPlan& plan, int offset)
{
    const std::optional<TitrationSchedule::Day> day = TitrationSchedule(plan).on(kStart.addDays(offset));
    REQUIRE(day);
    return *day;
}

} // namespace

TEST_CASE("The three templates climb as the usual schedules do", "[titration]")
{
    const TitrationPlan standard = TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, kStart);
    CHECK_FALSE(TitrationSchedule(standard).on(kStart.addDays(-1)));
    CHECK(dayOf(standard, 0).plannedDose == mg(1.5));
    CHECK(dayOf(standard, 13).plannedDose == mg(1.5));
    CHECK(*dayOf(standard, 13).nextStepOn == kStart.addDays(14));
    CHECK(*dayOf(standard, 13).nextStepDose == mg(3));
    CHECK(dayOf(standard, 14).plannedDose == mg(3));
    CHECK(dayOf(standard, 28).plannedDose == mg(4.5));
    CHECK(dayOf(standard, 28).targetReached);
    CHECK_FALSE(dayOf(standard, 28).nextStepOn);
    CHECK(dayOf(standard, 400).plannedDose == mg(4.5));

    const TitrationPlan weekly = TitrationPlan::fromTemplate(TitrationPlan::Template::Weekly, kStart);
    CHECK(dayOf(weekly, 6).plannedDose == mg(1));
    CHECK(dayOf(weekly, 7).plannedDose == mg(2));
    CHECK(dayOf(weekly, 21).plannedDose == mg(4));
    CHECK(*dayOf(weekly, 21).nextStepDose == mg(4.5)); // the last step stops at the target
    CHECK(dayOf(weekly, 28).plannedDose == mg(4.5));

    const TitrationPlan sensitive = TitrationPlan::fromTemplate(TitrationPlan::Template::Sensitive, kStart);
    CHECK(dayOf(sensitive, 0).plannedDose == mg(0.5));
    CHECK(dayOf(sensitive, 14 * 8 - 1).plannedDose == mg(4.0));
    CHECK(dayOf(sensitive, 14 * 8).plannedDose == mg(4.5));
}

TEST_CASE("Hold, step down and resume change the schedule from their dates", "[titration]")
{
    TitrationPlan plan = TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, kStart);
    // On 3 mg from day 14; vivid dreams: step down to half on day 20, resume on day 30.
    plan.adjustments = {
        {kStart.addDays(30), TitrationAdjustment::Kind::Resume, std::nullopt, QStringLiteral("settled")},
        {kStart.addDays(20), TitrationAdjustment::Kind::StepDown, mg(1.5), QStringLiteral("vivid dreams")},
    };
    CHECK(dayOf(plan, 19).plannedDose == mg(3));
    CHECK(dayOf(plan, 20).plannedDose == mg(1.5));
    CHECK(dayOf(plan, 20).onHold);
    CHECK_FALSE(dayOf(plan, 20).nextStepOn);
    CHECK(dayOf(plan, 29).plannedDose == mg(1.5)); // the day-28 step did not happen on hold
    CHECK(dayOf(plan, 30).plannedDose == mg(1.5));
    CHECK_FALSE(dayOf(plan, 30).onHold);
    CHECK(*dayOf(plan, 30).nextStepOn == kStart.addDays(44));
    CHECK(dayOf(plan, 44).plannedDose == mg(3));
    CHECK(dayOf(plan, 58).plannedDose == mg(4.5));

    TitrationPlan held = TitrationPlan::fromTemplate(TitrationPlan::Template::Weekly, kStart);
    held.adjustments = {{kStart.addDays(10), TitrationAdjustment::Kind::Hold, std::nullopt, {}}};
    CHECK(dayOf(held, 9).plannedDose == mg(2));
    CHECK(dayOf(held, 100).plannedDose == mg(2));

    TitrationPlan halved = TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, kStart);
    halved.adjustments = {{kStart.addDays(30), TitrationAdjustment::Kind::StepDown, std::nullopt, {}}};
    CHECK(dayOf(halved, 30).plannedDose == mg(2.25)); // halving 4.5 mg when no dose is given

    TitrationPlan set = TitrationPlan::fromTemplate(TitrationPlan::Template::Standard, kStart);
    set.adjustments = {{kStart.addDays(3), TitrationAdjustment::Kind::SetDose, mg(0.5), {}}};
    CHECK(dayOf(set, 3).plannedDose == mg(0.5));
    CHECK(dayOf(set, 17).plannedDose == mg(2));
}

TEST_CASE("Plans that cannot work are refused naming the field", "[titration]")
{
    const auto refusal = [](TitrationPlan plan) {
        try {
            plan.validate();
        } catch (const InputError& error) {
            return error.location();
        }
        return QString();
    };
    TitrationPlan plan = TitrationPlan::fromTemplate(TitrationPlan::Template::Custom, kStart);
    CHECK(refusal(plan).isEmpty());

    TitrationPlan wrong = plan;
    wrong.intervalDays = 0;
    CHECK(refusal(wrong) == QStringLiteral("interval"));
    wrong = plan;
    wrong.targetDose = mg(1);
    CHECK(refusal(wrong) == QStringLiteral("target"));
    wrong = plan;
    wrong.maximumDose = mg(50);
    CHECK(refusal(wrong) == QStringLiteral("maximum"));
    wrong = plan;
    wrong.startDose = mg(0);
    CHECK(refusal(wrong) == QStringLiteral("start dose"));
    wrong = plan;
    wrong.adjustments = {{kStart, TitrationAdjustment::Kind::SetDose, mg(9), {}}};
    CHECK(refusal(wrong) == QStringLiteral("dose"));
}
