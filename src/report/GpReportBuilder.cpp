#include "report/GpReportBuilder.h"

#include "core/analysis/DoseResponseAnalysis.h"
#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "core/plan/PlanDeviation.h"
#include "core/plan/TitrationSchedule.h"
#include "report/ReportWording.h"
#include "storage/diary/AnnotationRepository.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/plan/MedicationRepository.h"
#include "storage/plan/TitrationRepository.h"
#include "storage/trial/TrialRepository.h"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace ldn {
namespace {

constexpr int kMinutesPerDay = 24 * 60;
// Night doses straddle midnight (9 pm – 3 am), so times are averaged on a clock that starts at noon.
constexpr int kClockShiftMinutes = 12 * 60;
constexpr int kUsualTimeDoses = 28;
// How far back a planned dose may have been prescribed and still count as this change's plan.
constexpr int kPlanLookBackDays = 60;

bool inRange(const QDate& date, const QDate& from, const QDate& to)
{
    return (!from.isValid() || date >= from) && (!to.isValid() || date <= to);
}

std::optional<QTime> usualTime(const std::vector<const DiaryEntry*>& taken)
{
    std::vector<int> minutes;
    for (auto it = taken.rbegin(); it != taken.rend() && minutes.size() < kUsualTimeDoses; ++it) {
        if ((*it)->timeTaken) {
            const int sinceMidnight = (*it)->timeTaken->hour() * 60 + (*it)->timeTaken->minute();
            minutes.push_back((sinceMidnight + kClockShiftMinutes) % kMinutesPerDay);
        }
    }
    if (minutes.empty()) {
        return std::nullopt;
    }
    std::sort(minutes.begin(), minutes.end());
    const int median = (minutes[minutes.size() / 2] + kMinutesPerDay - kClockShiftMinutes) % kMinutesPerDay;
    return QTime(median / 60, median % 60);
}

std::optional<GpReport::CurrentDose> currentDose(const std::vector<DiaryEntry>& all, const QDate& from,
                                                 const QDate& to)
{
    std::vector<const DiaryEntry*> taken;
    for (const DiaryEntry& entry : all) {
        if (entry.status == DoseStatus::Taken && inRange(entry.date, from, to)) {
            taken.push_back(&entry);
        }
    }
    if (taken.empty()) {
        return std::nullopt;
    }
    const DiaryEntry& last = *taken.back();
    GpReport::CurrentDose current;
    current.dose = last.dose;
    current.lastTaken = last.date;
    current.formulation = last.formulation;
    current.pharmacy = last.pharmacy;
    current.usualTime = usualTime(taken);
    // Walk back over the whole diary: the dose may have begun before the report's first day.
    current.since = last.date;
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (it->date > last.date || it->status == DoseStatus::Missed) {
            continue;
        }
        if (it->dose != last.dose) {
            break;
        }
        current.since = it->date;
    }
    current.sinceBeforeRange = from.isValid() && current.since < from;
    return current;
}

std::optional<GpReport::PlanStatus> planStatus(const std::vector<TitrationPlan>& plans,
                                               const std::vector<DiaryEntry>& rangeEntries, const QDate& on)
{
    if (plans.empty() || !on.isValid()) {
        return std::nullopt;
    }
    const TitrationPlan& plan = plans.back();
    const TitrationSchedule schedule(plan);
    GpReport::PlanStatus status;
    status.templateName = toStorageText(plan.kind);
    status.startDose = plan.startDose;
    status.stepDose = plan.stepDose;
    status.intervalDays = plan.intervalDays;
    status.targetDose = plan.targetDose;
    status.startOn = plan.startOn;
    status.on = on;
    if (const std::optional<TitrationSchedule::Day> day = schedule.on(on)) {
        status.plannedDose = day->plannedDose;
        status.onHold = day->onHold;
        status.targetReached = day->targetReached;
        status.nextStepOn = day->nextStepOn;
        status.nextStepDose = day->nextStepDose;
    } else {
        status.started = false;
        status.plannedDose = plan.startDose;
        status.nextStepOn = plan.startOn;
        status.nextStepDose = plan.startDose;
    }
    for (const PlanDeviation& deviation : PlanDeviation::find(schedule, rangeEntries, on)) {
        ++status.daysOffPlan;
        if (!deviation.taken) {
            ++status.missedOnPlan;
        }
    }
    return status;
}

const TitrationPlan* planCovering(const std::vector<TitrationPlan>& plans, const QDate& date)
{
    const TitrationPlan* covering = nullptr;
    for (const TitrationPlan& plan : plans) {
        if (plan.startOn.addDays(-GpReportBuilder::kPlanToleranceDays) <= date) {
            covering = &plan;
        }
    }
    return covering;
}

std::optional<Dose> plannedOn(const TitrationSchedule& schedule, const QDate& date)
{
    const std::optional<TitrationSchedule::Day> day = schedule.on(date);
    return day ? std::optional<Dose>(day->plannedDose) : std::nullopt;
}

void describeChange(GpReport::DoseChange& change, const std::vector<TitrationPlan>& plans)
{
    const TitrationPlan* plan = planCovering(plans, change.date);
    if (!plan) {
        return;
    }
    const TitrationSchedule schedule(*plan);
    // The plan's day for this dose: the latest day on or before the change when the plan moved to
    // it, or else a day shortly after it (a step taken a little early).
    std::optional<QDate> planDay;
    if (plannedOn(schedule, change.date) == change.to) {
        planDay = change.date;
        for (int back = 1; back <= kPlanLookBackDays; ++back) {
            const QDate earlier = change.date.addDays(-back);
            if (plannedOn(schedule, earlier) != change.to) {
                break;
            }
            planDay = earlier;
        }
    } else {
        for (int ahead = 1; ahead <= GpReportBuilder::kPlanToleranceDays; ++ahead) {
            if (plannedOn(schedule, change.date.addDays(ahead)) == change.to) {
                planDay = change.date.addDays(ahead);
                break;
            }
        }
    }
    change.planned = planDay ? GpReport::DoseChange::Planned::Yes : GpReport::DoseChange::Planned::No;
    change.daysFromPlan = planDay ? static_cast<int>(planDay->daysTo(change.date)) : 0;

    // Only an adjustment that moves the dose the way the diary did explains the change: a step down
    // a decrease (to its dose, if it names one), a set dose a move to that dose. Holds and resumes
    // change no dose on their day.
    const auto explains = [&change](const TitrationAdjustment& adjustment) {
        switch (adjustment.kind) {
        case TitrationAdjustment::Kind::StepDown:
            return change.to < change.from && (!adjustment.dose || *adjustment.dose == change.to);
        case TitrationAdjustment::Kind::SetDose:
            return adjustment.dose == change.to;
        case TitrationAdjustment::Kind::Hold:
        case TitrationAdjustment::Kind::Resume:
            break;
        }
        return false;
    };
    const TitrationAdjustment* nearest = nullptr;
    for (const TitrationAdjustment& adjustment : plan->adjustments) {
        const qint64 distance = std::abs(adjustment.effectiveOn.daysTo(change.date));
        if (distance <= GpReportBuilder::kPlanToleranceDays && explains(adjustment) &&
            (!nearest || distance < std::abs(nearest->effectiveOn.daysTo(change.date)))) {
            nearest = &adjustment;
        }
    }
    if (nearest) {
        change.reason = displayName(nearest->kind);
        if (!nearest->reason.trimmed().isEmpty()) {
            change.reason += QStringLiteral(": ") + nearest->reason.trimmed();
        }
    } else if (planDay && *planDay == plan->startOn) {
        change.reason = ReportWording::tr("Start of plan");
    } else if (planDay) {
        change.reason = ReportWording::tr("Scheduled step");
    }
}

// The open trial's review as of the report's day (as `trial verdict` gives it), once the review
// date has come or the trial was stopped. A blinded trial is left out: its section belongs to the
// blinded trial's own verdict, shown only after unblinding.
std::optional<GpReport::TrialStatus> trialStatus(const GpReportBuilder::Sources& sources, const QDate& today)
{
    if (!sources.trial || sources.trial->protocol.isBlinded()) {
        return std::nullopt;
    }
    GpReport::TrialStatus status{*sources.trial, std::nullopt};
    const Trial& trial = status.trial;
    if (!trial.isStopped() && today < trial.protocol.reviewOn) {
        return status;
    }
    const QDate to = std::min(today, trial.span().last);
    std::vector<const DiaryEntry*> diary;
    for (const DiaryEntry& entry : sources.entries) {
        if (entry.date <= to) {
            diary.push_back(&entry);
        }
    }
    OpenTrialReview::PlannedDose plannedDose;
    if (!sources.plans.empty()) {
        plannedDose = [schedule = TitrationSchedule(sources.plans.back())](const QDate& day) {
            return plannedOn(schedule, day);
        };
    }
    status.review = OpenTrialReview::of(trial.protocol, sources.symptoms, diary, to, plannedDose);
    return status;
}

std::vector<GpReport::SideEffectEpisode> sideEffectEpisodes(const std::vector<DiaryEntry>& all,
                                                            const QDate& from, const QDate& to)
{
    std::vector<GpReport::SideEffectEpisode> episodes;
    std::map<QString, std::size_t> open; // side effect -> index of its latest episode
    std::optional<Dose> lastDose;
    for (const DiaryEntry& entry : all) {
        if (entry.status == DoseStatus::Taken) {
            lastDose = entry.dose;
        }
        if (!inRange(entry.date, from, to)) {
            continue;
        }
        for (const auto& [name, severity] : entry.sideEffects) {
            if (severity <= 0) {
                continue;
            }
            const auto found = open.find(name);
            if (found != open.end() &&
                episodes[found->second].last.daysTo(entry.date) <= GpReportBuilder::kEpisodeGapDays) {
                GpReport::SideEffectEpisode& episode = episodes[found->second];
                episode.last = entry.date;
                ++episode.daysReported;
                episode.worstSeverity = std::max(episode.worstSeverity, severity);
                continue;
            }
            episodes.push_back({name, entry.date, entry.date, 1, severity, lastDose});
            open[name] = episodes.size() - 1;
        }
    }
    std::stable_sort(episodes.begin(), episodes.end(),
                     [](const GpReport::SideEffectEpisode& a, const GpReport::SideEffectEpisode& b) {
                         return a.first < b.first;
                     });
    return episodes;
}

} // namespace

GpReportBuilder::GpReportBuilder(Database& database)
    : m_database(database)
{}

GpReport GpReportBuilder::build(std::int64_t profileId, const Request& request)
{
    return compose(read(profileId), request);
}

GpReportBuilder::Sources GpReportBuilder::read(std::int64_t profileId)
{
    Sources sources;
    ProfileRepository profiles(m_database);
    const std::optional<Profile> profile = profiles.find(profileId);
    if (!profile) {
        throw InputError(QStringLiteral("profile"), QStringLiteral("no profile with id %1").arg(profileId));
    }
    sources.profile = *profile;
    sources.symptoms = profiles.symptoms(profileId);
    sources.entries = DiaryRepository(m_database).entries(profileId);
    sources.plans = TitrationRepository(m_database).history(profileId);
    sources.medications = MedicationRepository(m_database).list(profileId);
    sources.annotations = AnnotationRepository(m_database).list(profileId);
    sources.trial = TrialRepository(m_database).latest(profileId);
    return sources;
}

GpReport GpReportBuilder::compose(const Sources& sources, const Request& request)
{
    if (request.from.isValid() && request.to.isValid() && request.to < request.from) {
        throw InputError(QStringLiteral("to"),
                         QStringLiteral("%1 is before the first day %2")
                             .arg(IsoDate::format(request.to), IsoDate::format(request.from)));
    }
    GpReport report;
    report.profileName = sources.profile.name;
    report.conditions = sources.profile.conditions;
    report.paper = request.paper;
    report.sections = request.sections;
    report.questions = request.questions.trimmed();
    report.generatedOn = request.generatedOn.isValid() ? request.generatedOn : QDate::currentDate();
    report.symptoms = sources.symptoms;
    report.evidence = request.evidence;

    const std::vector<DiaryEntry>& all = sources.entries;
    report.from = request.from.isValid() ? request.from : (all.empty() ? QDate() : all.front().date);
    report.to = request.to.isValid() ? request.to : (all.empty() ? QDate() : all.back().date);
    if (report.from.isValid() && report.to.isValid() && report.to < report.from) {
        // Only one end was given and it lies beyond the diary: an empty period of that one day.
        if (request.from.isValid()) {
            report.to = report.from;
        } else {
            report.from = report.to;
        }
    }

    std::vector<DiaryEntry> inPeriod;
    for (const DiaryEntry& entry : all) {
        if (inRange(entry.date, report.from, report.to)) {
            inPeriod.push_back(entry);
        }
    }

    DoseResponseAnalysis::Settings settings;
    settings.from = report.from;
    settings.to = report.to;
    // The whole diary: the baseline before LDN stays the same whichever dates the report covers.
    report.analysis = DoseResponseAnalysis::run(all, sources.symptoms, settings);
    report.chart = SymptomChartData::build(inPeriod, sources.symptoms, report.from, report.to);
    report.currentDose = currentDose(all, report.from, report.to);
    report.plan = planStatus(sources.plans, inPeriod, report.to.isValid() ? report.to : report.generatedOn);

    for (const DoseStep& step : report.analysis.steps) {
        GpReport::DoseChange change;
        change.date = step.date;
        change.from = step.from;
        change.to = step.to;
        describeChange(change, sources.plans);
        report.doseHistory.push_back(change);
    }
    report.sideEffects = sideEffectEpisodes(all, report.from, report.to);

    for (const Medication& medication : sources.medications) {
        if (medication.stoppedOn.isValid() && report.from.isValid() && medication.stoppedOn < report.from) {
            continue;
        }
        report.medications.push_back({medication, MedicationSafety::assess(medication.name)});
    }
    report.trial = trialStatus(sources, report.generatedOn);
    for (const Annotation& note : sources.annotations) {
        // A note about the diary as a whole belongs to every period; a dated one to its own.
        if (!note.day.isValid() || (report.from.isValid() && inRange(note.day, report.from, report.to))) {
            report.notes.push_back(note);
        }
    }
    return report;
}

} // namespace ldn
