#pragma once

#include "core/analysis/DoseResponseResult.h"
#include "core/diary/DiaryEntry.h"
#include "core/diary/Dose.h"
#include "core/diary/SymptomDefinition.h"
#include "core/trial/TrialProtocol.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace ldn {

// "Improved by at least N points?" for one primary outcome of an open trial.
enum class SmallestChangeAnswer { Yes, No, CantTell };

struct OpenTrialOutcome {
    QString symptom;
    bool higherIsBetter = false;
    SymptomOverallChange comparison; // issue 18's baseline against the last 28 days
    SmallestChangeAnswer answer = SmallestChangeAnswer::CantTell;
    QString words; // translated in the context "OpenTrialReview"
};

// How the trial's days were kept, from its start to the review.
struct TrialAdherence {
    int daysInTrial = 0;
    int daysLogged = 0;
    int daysMissed = 0;
    int daysAsPlanned = 0; // taken, at the planned dose where a plan says one
    // daysAsPlanned / daysLogged; empty with nothing logged.
    std::optional<double> shareAsPlanned() const;
};

struct TrialSideEffectCount {
    QString name;
    int days = 0;       // days it was logged above "none"
    int severeDays = 0; // days at severity 3
    int worst = 0;
};

// The review of an open trial (issue 19) at or after its review date: for each primary outcome
// OverallComparison's baseline against the last 28 days with its Newey–West interval, set against
// the smallest change that matters; adherence; side effects; and the limits no open trial escapes.
//
// The answer to "improved by at least N points" (N the smallest change that matters), by the
// interval of the improvement (recent − baseline, its sign turned so that better is positive):
// - "yes" only when the whole interval lies at or beyond N: the data rule out a smaller gain;
// - "no" when the whole interval lies below N: even the most hopeful end falls short;
// - "can't tell" otherwise, and whenever there is no interval (too few days, no baseline).
// A point estimate beyond N with an interval reaching below N is "can't tell", not "yes": one
// person's diary cannot promise more than its interval.
class OpenTrialReview {
public:
    // The planned dose on a day, where a titration plan says one (empty: no plan that day).
    using PlannedDose = std::function<std::optional<Dose>(const QDate&)>;

    std::vector<OpenTrialOutcome> outcomes;
    TrialAdherence adherence;
    std::vector<TrialSideEffectCount> sideEffects; // by name, most days first
    QDate from;
    QDate to;

    // `wholeDiary` in date order; the review covers the trial's start to `to` (the review date, or
    // the last day analysed).
    static OpenTrialReview of(const TrialProtocol& protocol, const std::vector<SymptomDefinition>& symptoms,
                              const std::vector<const DiaryEntry*>& wholeDiary, const QDate& to,
                              const PlannedDose& plannedDose = {});

    static SmallestChangeAnswer answerFor(const NeweyWestInterval& interval, bool higherIsBetter,
                                          double smallestChange);
    // "yes", "no", "can't tell" (translated in the context "OpenTrialReview" by the shells).
    static const char* answerWords(SmallestChangeAnswer answer);
    // The honest limits of an open trial, each a sentence, translated.
    static QStringList limits();
};

} // namespace ldn
