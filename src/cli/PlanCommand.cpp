#include "cli/PlanCommand.h"

#include "cli/ArgumentList.h"
#include "cli/CommandContext.h"
#include "cli/OptionParsing.h"
#include "cli/UsageError.h"
#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "core/plan/PlanDeviation.h"
#include "core/plan/TitrationSchedule.h"
#include "services/DiarySession.h"
#include "services/PlanService.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/plan/TitrationRepository.h"

#include <nlohmann/json.hpp>

namespace ldn {
namespace {

QDate dateOption(ArgumentList& arguments, const QString& option)
{
    const std::optional<QString> text = arguments.takeOption(option);
    return text ? IsoDate::parse(*text, option) : QDate::currentDate();
}

std::optional<Dose> doseOption(ArgumentList& arguments, const QString& option)
{
    const std::optional<QString> text = arguments.takeOption(option);
    if (!text) {
        return std::nullopt;
    }
    return Dose::parse(*text, option);
}

TitrationPlan requirePlan(CommandContext& context, const Profile& profile)
{
    std::optional<TitrationPlan> plan = context.session().plans().activePlan(profile.id);
    if (!plan) {
        throw InputError(
            QStringLiteral("--profile"),
            QStringLiteral("%1 has no titration plan yet; set one with: plan set --profile \"%1\" "
                           "--template standard")
                .arg(profile.name));
    }
    return *plan;
}

QString planSummary(const TitrationPlan& plan)
{
    return QStringLiteral("%1 mg, +%2 mg every %3 days, to %4 mg (maximum %5 mg)")
        .arg(plan.startDose.toMilligramText(), plan.stepDose.toMilligramText())
        .arg(plan.intervalDays)
        .arg(plan.targetDose.toMilligramText(), plan.maximumDose.toMilligramText());
}

} // namespace

QString PlanCommand::name() const
{
    return QStringLiteral("plan");
}

QString PlanCommand::summary() const
{
    return QStringLiteral("set or show the titration plan; hold, step down, resume");
}

QString PlanCommand::usage() const
{
    return QStringLiteral(
        "plan set --profile NAME --template standard|weekly|sensitive|custom [--start DATE]\n"
        "         [--start-dose MG] [--step MG] [--every DAYS] [--target MG] [--maximum MG]\n"
        "plan show --profile NAME [--date DATE] [--json]\n"
        "plan hold|resume --profile NAME [--date DATE] [--reason TEXT]\n"
        "plan step-down --profile NAME [--date DATE] [--dose MG] [--reason TEXT]   (default: half the dose)\n"
        "plan set-dose --profile NAME --dose MG [--date DATE] [--reason TEXT]\n"
        "\n"
        "Templates: standard = 1.5 mg +1.5 mg every 14 days to 4.5 mg; weekly = 1 mg +1 mg every 7 days\n"
        "to 4.5 mg; sensitive = 0.5 mg +0.5 mg every 14 days to 4.5 mg. Any number given turns the plan\n"
        "into a custom one. Dates default to today.\n");
}

void PlanCommand::run(ArgumentList& arguments, CommandContext& context)
{
    const std::optional<QString> action = arguments.takePositional();
    const std::optional<QString> profileName = arguments.takeOption(QStringLiteral("--profile"));
    if (action == QLatin1String("set")) {
        set(arguments, context, profileName);
    } else if (action == QLatin1String("show")) {
        show(arguments, context, profileName);
    } else if (action == QLatin1String("hold") || action == QLatin1String("step-down") ||
               action == QLatin1String("resume") || action == QLatin1String("set-dose")) {
        adjust(*action, arguments, context, profileName);
    } else {
        throw UsageError(QStringLiteral("plan: say set, show, hold, step-down, resume or set-dose"));
    }
}

void PlanCommand::set(ArgumentList& arguments, CommandContext& context,
                      const std::optional<QString>& profileName)
{
    const std::optional<QString> templateText = arguments.takeOption(QStringLiteral("--template"));
    const QDate start = dateOption(arguments, QStringLiteral("--start"));
    const std::optional<Dose> startDose = doseOption(arguments, QStringLiteral("--start-dose"));
    const std::optional<Dose> step = doseOption(arguments, QStringLiteral("--step"));
    const std::optional<QString> every = arguments.takeOption(QStringLiteral("--every"));
    const std::optional<Dose> target = doseOption(arguments, QStringLiteral("--target"));
    const std::optional<Dose> maximum = doseOption(arguments, QStringLiteral("--maximum"));
    arguments.expectEmpty(QStringLiteral("plan set"));
    if (!templateText) {
        throw UsageError(QStringLiteral("plan set: --template standard|weekly|sensitive|custom is required"));
    }
    const std::optional<TitrationPlan::Template> kind = planTemplateFromText(*templateText);
    if (!kind) {
        throw InputError(
            QStringLiteral("--template"),
            QStringLiteral("\"%1\" is not standard, weekly, sensitive or custom").arg(*templateText));
    }
    TitrationPlan plan = TitrationPlan::fromTemplate(*kind, start);
    if (startDose || step || every || target || maximum) {
        plan.kind = TitrationPlan::Template::Custom;
    }
    plan.startDose = startDose.value_or(plan.startDose);
    plan.stepDose = step.value_or(plan.stepDose);
    plan.targetDose = target.value_or(plan.targetDose);
    plan.maximumDose = maximum.value_or(std::max(plan.maximumDose, plan.targetDose));
    if (every) {
        plan.intervalDays =
            static_cast<int>(OptionParsing::wholeNumber(*every, QStringLiteral("--every"), 1, 365));
    }
    const Profile profile = context.requireProfile(profileName, QStringLiteral("plan set"));
    context.session().planService().setPlan(profile.id, plan);
    context.out() << "Plan for " << profile.name << " from " << IsoDate::format(start) << ": "
                  << planSummary(plan) << ".\n";
}

void PlanCommand::show(ArgumentList& arguments, CommandContext& context,
                       const std::optional<QString>& profileName)
{
    const QDate date = dateOption(arguments, QStringLiteral("--date"));
    const bool asJson = arguments.takeFlag(QStringLiteral("--json"));
    arguments.expectEmpty(QStringLiteral("plan show"));
    const Profile profile = context.requireProfile(profileName, QStringLiteral("plan show"));
    const TitrationPlan plan = requirePlan(context, profile);
    const TitrationSchedule schedule(plan);
    const std::optional<TitrationSchedule::Day> day = schedule.on(date);
    const std::vector<PlanDeviation> deviations = PlanDeviation::find(
        schedule, context.session().diary().entries(profile.id, plan.startOn, date), date);

    if (asJson) {
        nlohmann::json adjustments = nlohmann::json::array();
        for (const TitrationAdjustment& adjustment : schedule.plan().adjustments) {
            adjustments.push_back({{"date", IsoDate::format(adjustment.effectiveOn).toStdString()},
                                   {"kind", toStorageText(adjustment.kind).toStdString()},
                                   {"dose_mg", adjustment.dose ? nlohmann::json(adjustment.dose->milligrams())
                                                               : nlohmann::json(nullptr)},
                                   {"reason", adjustment.reason.toStdString()}});
        }
        nlohmann::json deviationList = nlohmann::json::array();
        for (const PlanDeviation& deviation : deviations) {
            deviationList.push_back(
                {{"date", IsoDate::format(deviation.date).toStdString()},
                 {"planned_mg", deviation.planned.milligrams()},
                 {"taken_mg",
                  deviation.taken ? nlohmann::json(deviation.taken->milligrams()) : nlohmann::json(nullptr)},
                 {"missed", !deviation.taken.has_value()}});
        }
        nlohmann::json json = {
            {"profile", profile.name.toStdString()},
            {"template", toStorageText(plan.kind).toStdString()},
            {"start", IsoDate::format(plan.startOn).toStdString()},
            {"start_mg", plan.startDose.milligrams()},
            {"step_mg", plan.stepDose.milligrams()},
            {"interval_days", plan.intervalDays},
            {"target_mg", plan.targetDose.milligrams()},
            {"maximum_mg", plan.maximumDose.milligrams()},
            {"date", IsoDate::format(date).toStdString()},
            {"planned_mg", day ? nlohmann::json(day->plannedDose.milligrams()) : nlohmann::json(nullptr)},
            {"on_hold", day && day->onHold},
            {"target_reached", day && day->targetReached},
            {"next_step", day && day->nextStepOn
                              ? nlohmann::json{{"date", IsoDate::format(*day->nextStepOn).toStdString()},
                                               {"dose_mg", day->nextStepDose->milligrams()}}
                              : nlohmann::json(nullptr)},
            {"adjustments", adjustments},
            {"deviations", deviationList},
        };
        context.out() << QString::fromStdString(json.dump(2)) << "\n";
        return;
    }

    QTextStream& out = context.out();
    out << "Plan for " << profile.name << " (" << toStorageText(plan.kind) << ", from "
        << IsoDate::format(plan.startOn) << "): " << planSummary(plan) << "\n";
    if (!day) {
        out << IsoDate::format(date) << ": the plan has not started yet.\n";
    } else {
        out << IsoDate::format(date) << ": " << day->plannedDose.toMilligramText() << " mg planned";
        if (day->onHold) {
            out << " (on hold)";
        } else if (day->targetReached) {
            out << " (target reached)";
        }
        out << "\n";
        if (day->nextStepOn) {
            out << "Next step: " << day->nextStepDose->toMilligramText() << " mg on "
                << IsoDate::format(*day->nextStepOn) << "\n";
        }
    }
    if (!schedule.plan().adjustments.empty()) {
        out << "Adjustments:\n";
        for (const TitrationAdjustment& adjustment : schedule.plan().adjustments) {
            out << "  " << IsoDate::format(adjustment.effectiveOn) << "  " << displayName(adjustment.kind);
            if (adjustment.dose) {
                out << " to " << adjustment.dose->toMilligramText() << " mg";
            }
            if (!adjustment.reason.isEmpty()) {
                out << " (" << adjustment.reason << ")";
            }
            out << "\n";
        }
    }
    out << "Days that differed from the plan: " << deviations.size() << "\n";
    for (const PlanDeviation& deviation : deviations) {
        out << "  " << IsoDate::format(deviation.date) << "  "
            << (deviation.taken ? deviation.taken->toMilligramText() + QStringLiteral(" mg taken")
                                : QStringLiteral("missed"))
            << ", " << deviation.planned.toMilligramText() << " mg planned\n";
    }
}

void PlanCommand::adjust(const QString& action, ArgumentList& arguments, CommandContext& context,
                         const std::optional<QString>& profileName)
{
    TitrationAdjustment adjustment;
    adjustment.effectiveOn = dateOption(arguments, QStringLiteral("--date"));
    adjustment.dose = doseOption(arguments, QStringLiteral("--dose"));
    adjustment.reason = arguments.takeOption(QStringLiteral("--reason")).value_or(QString());
    arguments.expectEmpty(QStringLiteral("plan ") + action);
    if (action == QLatin1String("hold")) {
        adjustment.kind = TitrationAdjustment::Kind::Hold;
    } else if (action == QLatin1String("resume")) {
        adjustment.kind = TitrationAdjustment::Kind::Resume;
    } else if (action == QLatin1String("set-dose")) {
        adjustment.kind = TitrationAdjustment::Kind::SetDose;
        if (!adjustment.dose) {
            throw UsageError(QStringLiteral("plan set-dose: --dose MG is required"));
        }
    } else {
        adjustment.kind = TitrationAdjustment::Kind::StepDown;
    }
    if (adjustment.dose && (adjustment.kind == TitrationAdjustment::Kind::Hold ||
                            adjustment.kind == TitrationAdjustment::Kind::Resume)) {
        throw UsageError(QStringLiteral("plan %1: --dose does not apply").arg(action));
    }
    const Profile profile = context.requireProfile(profileName, QStringLiteral("plan ") + action);
    requirePlan(context, profile);
    context.session().planService().adjust(profile.id, adjustment);
    const std::optional<TitrationSchedule::Day> after =
        TitrationSchedule(requirePlan(context, profile)).on(adjustment.effectiveOn);
    context.out() << displayName(adjustment.kind) << " from " << IsoDate::format(adjustment.effectiveOn)
                  << " for " << profile.name;
    if (after) {
        context.out() << ": " << after->plannedDose.toMilligramText() << " mg planned";
    }
    context.out() << ".\n";
}

} // namespace ldn
