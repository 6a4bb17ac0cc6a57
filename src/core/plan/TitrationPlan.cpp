#include "core/plan/TitrationPlan.h"

#include "core/base/InputError.h"

#include <array>

namespace ldn {
namespace {

struct TemplateName {
    TitrationPlan::Template kind;
    const char* storage;
    const char* description;
};

constexpr std::array<TemplateName, 4> kTemplates{{
    {TitrationPlan::Template::Standard, "standard", "1.5 mg, +1.5 mg every 14 days, to 4.5 mg"},
    {TitrationPlan::Template::Weekly, "weekly", "1 mg, +1 mg every 7 days, to 4.5 mg"},
    {TitrationPlan::Template::Sensitive, "sensitive", "0.5 mg, +0.5 mg every 14 days, to 4.5 mg (sensitive)"},
    {TitrationPlan::Template::Custom, "custom", "custom plan"},
}};

} // namespace

TitrationPlan TitrationPlan::fromTemplate(Template kind, QDate startOn)
{
    TitrationPlan plan;
    plan.kind = kind;
    plan.startOn = startOn;
    plan.targetDose = Dose::fromMicrograms(4500);
    plan.maximumDose = Dose::fromMicrograms(6000);
    switch (kind) {
    case Template::Standard:
    case Template::Custom:
        plan.startDose = Dose::fromMicrograms(1500);
        plan.stepDose = Dose::fromMicrograms(1500);
        plan.intervalDays = 14;
        break;
    case Template::Weekly:
        plan.startDose = Dose::fromMicrograms(1000);
        plan.stepDose = Dose::fromMicrograms(1000);
        plan.intervalDays = 7;
        break;
    case Template::Sensitive:
        plan.startDose = Dose::fromMicrograms(500);
        plan.stepDose = Dose::fromMicrograms(500);
        plan.intervalDays = 14;
        break;
    }
    return plan;
}

void TitrationPlan::validate() const
{
    if (!startOn.isValid()) {
        throw InputError(QStringLiteral("start"), QStringLiteral("a plan needs a start date"));
    }
    if (intervalDays < 1 || intervalDays > 365) {
        throw InputError(QStringLiteral("interval"),
                         QStringLiteral("steps must be 1 to 365 days apart (got %1)").arg(intervalDays));
    }
    if (startDose.isZero()) {
        throw InputError(QStringLiteral("start dose"), QStringLiteral("the start dose must be above 0 mg"));
    }
    if (targetDose < startDose) {
        throw InputError(QStringLiteral("target"),
                         QStringLiteral("the target (%1 mg) is below the start dose (%2 mg)")
                             .arg(targetDose.toMilligramText(), startDose.toMilligramText()));
    }
    if (stepDose.isZero() && targetDose != startDose) {
        throw InputError(QStringLiteral("step"),
                         QStringLiteral("a step above 0 mg is needed to reach the target"));
    }
    if (maximumDose < targetDose) {
        throw InputError(QStringLiteral("maximum"),
                         QStringLiteral("the maximum (%1 mg) is below the target (%2 mg)")
                             .arg(maximumDose.toMilligramText(), targetDose.toMilligramText()));
    }
    if (maximumDose.micrograms() > Dose::kConfirmAboveMicrograms) {
        throw InputError(QStringLiteral("maximum"),
                         QStringLiteral("%1 mg is not a low dose; LDN plans stay at or below 10 mg")
                             .arg(maximumDose.toMilligramText()));
    }
    for (const TitrationAdjustment& adjustment : adjustments) {
        if (adjustment.dose && *adjustment.dose > maximumDose) {
            throw InputError(QStringLiteral("dose"),
                             QStringLiteral("%1 mg is above the plan's maximum of %2 mg")
                                 .arg(adjustment.dose->toMilligramText(), maximumDose.toMilligramText()));
        }
    }
}

QString toStorageText(TitrationPlan::Template kind)
{
    for (const TemplateName& entry : kTemplates) {
        if (entry.kind == kind) {
            return QString::fromLatin1(entry.storage);
        }
    }
    return {};
}

std::optional<TitrationPlan::Template> planTemplateFromText(const QString& text)
{
    for (const TemplateName& entry : kTemplates) {
        if (text.trimmed().toLower() == QLatin1String(entry.storage)) {
            return entry.kind;
        }
    }
    return std::nullopt;
}

QString describe(TitrationPlan::Template kind)
{
    for (const TemplateName& entry : kTemplates) {
        if (entry.kind == kind) {
            return QString::fromLatin1(entry.description);
        }
    }
    return {};
}

} // namespace ldn
