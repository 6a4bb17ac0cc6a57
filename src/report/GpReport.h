#pragma once

#include "core/analysis/DoseResponseResult.h"
#include "core/analysis/SummaryStatistics.h"
#include "core/analysis/SymptomChartData.h"
#include "core/diary/Annotation.h"
#include "core/diary/Dose.h"
#include "core/diary/Formulation.h"
#include "core/diary/SymptomDefinition.h"
#include "core/plan/Medication.h"
#include "core/plan/MedicationSafety.h"
#include "core/trial/OpenTrialReview.h"
#include "core/trial/Trial.h"
#include "report/PaperSize.h"
#include "report/ReportEvidence.h"
#include "report/ReportSection.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>
#include <vector>

namespace ldn {

// Everything the GP summary PDF shows, as plain values: who, which dates, which sections, the
// patient's questions, and the computed parts. GpReportBuilder fills it from a diary database;
// GpReportWriter paints it. Keeping the two apart lets tests check numbers without reading a PDF,
// and lets the GUI preview exactly what will be saved.
struct GpReport {
    struct CurrentDose {
        Dose dose;
        QDate since; // the day this dose began (the last change of dose), or the first day shown
        bool sinceBeforeRange = false; // true when the dose began before the report's first day
        QDate lastTaken;
        std::optional<QTime> usualTime; // median time over the last 28 doses
        std::optional<Formulation> formulation;
        QString pharmacy;
    };

    struct PlanStatus {
        QString templateName; // "standard", "custom", …
        Dose startDose;
        Dose stepDose;
        int intervalDays = 0;
        Dose targetDose;
        QDate startOn;
        QDate on;            // the day the status is for (the report's last day)
        bool started = true; // false: the plan starts after `on`
        Dose plannedDose;
        bool onHold = false;
        bool targetReached = false;
        std::optional<QDate> nextStepOn;
        std::optional<Dose> nextStepDose;
        int daysOffPlan = 0; // logged days in the range whose dose differed from the plan
        int missedOnPlan = 0;
    };

    struct DoseChange {
        enum class Planned { NoPlan, Yes, No };
        QDate date;
        Dose from;
        Dose to;
        Planned planned = Planned::NoPlan;
        int daysFromPlan = 0; // when planned: days after (+) or before (-) the plan's date
        QString reason;       // from a plan adjustment made at the time, or "scheduled step"
    };

    struct SideEffectEpisode {
        QString name;
        QDate first;
        QDate last;
        int daysReported = 0;
        int worstSeverity = 0;           // 1 mild, 2 moderate, 3 severe
        std::optional<Dose> doseAtOnset; // empty when the onset day's dose was missed
    };

    // The profile's latest open trial (issue 19): its review once the review date has come or the
    // trial was stopped; before that only where it stands.
    struct TrialStatus {
        Trial trial;
        std::optional<OpenTrialReview> review;
    };

    struct MedicationLine {
        Medication medication;
        MedicationSafety::Assessment assessment;
    };

    // Who, which dates, what to print.
    QString profileName;
    QStringList conditions;
    QDate from; // invalid when nothing at all is logged
    QDate to;
    QDate generatedOn;
    PaperSize paper = PaperSize::A4;
    ReportSections sections = ReportSections::defaults();
    QString questions;

    // Computed parts.
    std::vector<SymptomDefinition> symptoms;
    // DoseResponseAnalysis with its default window and settling days, over the whole diary for
    // the report's dates: its `overall` is the first page's baseline against the last 28 days.
    DoseResponseResult analysis;
    SymptomChartData chart;
    std::optional<CurrentDose> currentDose;
    std::optional<PlanStatus> plan;
    std::vector<DoseChange> doseHistory;
    std::vector<SideEffectEpisode> sideEffects;
    std::vector<MedicationLine> medications;
    // Notes written about the patient's days (by a carer, or by the patient about the diary) in
    // the report's period, notes about the diary as a whole first; printed only when chosen.
    std::vector<Annotation> notes;
    std::optional<ReportEvidence> evidence; // empty: no evidence library installed
    std::optional<TrialStatus> trial;       // empty: no open trial

    bool hasDiaryDays() const { return analysis.adherence.daysLogged > 0; }
};

} // namespace ldn
