#pragma once

#include "core/plan/TitrationPlan.h"
#include "core/trial/Trial.h"
#include "report/GpReport.h"
#include "report/PaperSize.h"
#include "report/ReportEvidence.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ldn {

// Everything the trial agreement shows (issue 19): the one page a patient and their GP read and
// sign before an open trial of LDN. TrialAgreementBuilder fills it from the diary;
// TrialAgreementWriter paints it.
struct TrialAgreement {
    QString profileName;
    QStringList conditions;
    Trial trial;
    std::optional<TitrationPlan> plan; // the titration plan in force at the trial's start
    // The dose the person already took before the trial started (their last logged dose); empty
    // when they had taken none: then the trial begins with its baseline at 0 mg.
    std::optional<Dose> doseBeforeStart;
    std::vector<GpReport::MedicationLine> medications; // current ones, and opioids stopped recently
    std::optional<ReportEvidence> evidence;            // empty: no evidence library installed
    QDate generatedOn;
    PaperSize paper = PaperSize::A4;

    bool startsWithBaseline() const { return !doseBeforeStart && trial.protocol.baselineDays > 0; }
};

} // namespace ldn
