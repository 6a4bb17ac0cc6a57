#pragma once

#include "core/diary/Annotation.h"
#include "core/diary/DiaryEntry.h"
#include "core/diary/Profile.h"
#include "core/diary/SymptomDefinition.h"
#include "core/plan/Medication.h"
#include "core/plan/TitrationPlan.h"
#include "report/GpReport.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace ldn {

class Database;

// Fills a GpReport from one profile's diary, plans and medicines. The per-dose and before/after
// numbers come from DoseResponseAnalysis with its default settings, so the PDF shows what
// `ldn-tracker-cli analyze --json` prints for the same dates, rounded for print.
class GpReportBuilder {
public:
    struct Request {
        QDate from; // invalid: the first logged day
        QDate to;   // invalid: the last logged day
        PaperSize paper = PaperSize::A4;
        ReportSections sections = ReportSections::defaults();
        QString questions;
        QDate generatedOn;                      // invalid: today
        std::optional<ReportEvidence> evidence; // empty: no evidence library installed
    };

    // Everything the report is made from, already read from storage.
    struct Sources {
        Profile profile;
        std::vector<SymptomDefinition> symptoms;
        std::vector<DiaryEntry> entries;  // the whole diary, by date
        std::vector<TitrationPlan> plans; // oldest first; the last one is the active plan
        std::vector<Medication> medications;
        std::vector<Annotation> annotations; // every note about the diary, by day
        std::optional<Trial> trial;          // the trial started last
    };

    explicit GpReportBuilder(Database& database);

    // Reads the profile's data and composes the report. An unknown profile is an InputError; a
    // `to` before `from` too (field "to").
    GpReport build(std::int64_t profileId, const Request& request);
    // Reads what a report of `profileId` is made from, so a preview can compose it again and again
    // as options change without going back to the database.
    Sources read(std::int64_t profileId);

    // Pure: the same sources and request always give the same report.
    static GpReport compose(const Sources& sources, const Request& request);

    // Side-effect reports further apart than this are separate episodes.
    static constexpr int kEpisodeGapDays = 14;
    // A change of dose this many days from the plan's date still counts as following the plan.
    static constexpr int kPlanToleranceDays = 7;

private:
    Database& m_database;
};

} // namespace ldn
