#include "cli/AnalyzeCommand.h"

#include "cli/ArgumentList.h"
#include "cli/CommandContext.h"
#include "cli/OptionParsing.h"
#include "core/analysis/DoseResponseAnalysis.h"
#include "core/analysis/DoseResponseJson.h"
#include "core/analysis/OverallComparison.h"
#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "presentation/DoseText.h"
#include "services/DiarySession.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"

#include <algorithm>
#include <iterator>

namespace ldn {
namespace {

QString number(const std::optional<double>& value, int decimals = 1)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("–");
}

// " [-3.41, -0.80] better", or why there is no interval.
void printInterval(const AutocorrelatedDifference& difference, const SymptomDefinition& symptom,
                   ComparisonKind kind, QTextStream& out)
{
    if (difference.interval) {
        out << " [" << QString::number(difference.interval->low, 'f', 2) << ", "
            << QString::number(difference.interval->high, 'f', 2) << "] "
            << verdictKey(verdictFor(*difference.interval, symptom.higherIsBetter));
    } else if (difference.gap) {
        out << " (no interval: " << reasonText(*difference.gap, kind) << ")";
    }
}

void printOverall(const DoseResponseResult& result, QTextStream& out)
{
    out << "\nBaseline before LDN against the last " << OverallComparison::kRecentDays
        << " days (recent - baseline, 95% Newey-West interval)";
    if (result.firstLdnDose) {
        out << "; first dose of LDN " << IsoDate::format(*result.firstLdnDose);
    }
    out << "\n";
    for (const SymptomDefinition& symptom : result.symptoms) {
        const SymptomOverallChange& change = result.overall.at(symptom.name);
        out << "  " << symptom.name.leftJustified(16) << " ";
        if (!change.baseline) {
            out << "no comparison: " << reasonText(*change.gap, ComparisonKind::Overall) << "\n";
            continue;
        }
        out << "baseline " << number(change.baseline->mean()) << " (n " << change.baseline->n()
            << "), recent " << number(change.recent.mean()) << " (n " << change.recent.n()
            << "): " << number(change.difference, 2);
        if (change.verdict) {
            printInterval(change.autocorrelated, symptom, ComparisonKind::Overall, out);
        } else if (change.gap) {
            out << " (no verdict: " << reasonText(*change.gap, ComparisonKind::Overall) << ")";
        }
        if (change.startedInFlare()) {
            out << "  started during a flare: part of any improvement may be regression to the mean";
        }
        out << "\n";
    }
}

// The days analysed and every day up to the first dose of LDN: the baseline before LDN, and the
// scores it is judged against, may lie before --from. A ten-year diary analysed for its last month
// is then read for that month and the weeks before LDN, not whole.
std::vector<DiaryEntry> entriesToAnalyse(const DiaryRepository& diary, std::int64_t profileId,
                                         const DoseResponseAnalysis::Settings& settings)
{
    const std::optional<QDate> firstDose = diary.firstDoseDay(profileId);
    if (!firstDose) {
        return diary.entries(profileId, settings.from, settings.to);
    }
    std::vector<DiaryEntry> entries = diary.entries(profileId, {}, *firstDose);
    QDate restFrom = firstDose->addDays(1);
    if (settings.from.isValid()) {
        restFrom = std::max(restFrom, settings.from);
    }
    if (!settings.to.isValid() || restFrom <= settings.to) {
        std::vector<DiaryEntry> rest = diary.entries(profileId, restFrom, settings.to);
        entries.insert(entries.end(), std::make_move_iterator(rest.begin()),
                       std::make_move_iterator(rest.end()));
    }
    return entries;
}

void printText(const DoseResponseResult& result, const QString& profile, QTextStream& out)
{
    const Adherence& adherence = result.adherence;
    out << "Dose-response analysis for " << profile << ", " << IsoDate::format(result.from) << " to "
        << IsoDate::format(result.to) << "\n"
        << adherence.daysInRange << " days: " << adherence.daysLogged << " logged, " << adherence.dosesTaken
        << " doses taken, " << adherence.dosesMissed << " missed, " << adherence.zeroDoseDays
        << " at 0 mg\n\n";

    const auto printLevel = [&](const QString& title, const DoseLevelSummary& level) {
        out << title << " (" << level.days << " days)\n";
        for (const SymptomDefinition& symptom : result.symptoms) {
            const SummaryStatistics& statistics = level.symptoms.at(symptom.name);
            out << "  " << symptom.name.leftJustified(16) << " mean " << number(statistics.mean)
                << "  median " << number(statistics.median) << "  sd "
                << number(statistics.standardDeviation, 2) << "  n " << statistics.n
                << (statistics.n > 0 && statistics.n < DoseResponseAnalysis::kFewDays ? "  (few days)" : "")
                << "\n";
        }
    };
    if (result.baseline.days > 0) {
        printLevel(QStringLiteral("Baseline, 0 mg"), result.baseline);
    }
    for (const DoseLevelSummary& level : result.doseLevels) {
        printLevel(milligrams(level.dose), level);
    }
    for (const DoseStep& step : result.steps) {
        out << "\nChange on " << IsoDate::format(step.date) << ": " << step.from.toMilligramText() << " -> "
            << step.to.toMilligramText() << " mg (after - before, 95% Newey-West interval)\n";
        for (const SymptomDefinition& symptom : result.symptoms) {
            const SymptomStepChange& change = step.symptoms.at(symptom.name);
            out << "  " << symptom.name.leftJustified(16) << " " << number(change.difference, 2);
            printInterval(change.autocorrelated, symptom, ComparisonKind::Step, out);
            out << "  (" << change.before.size() << " days before, " << change.after.size() << " after)"
                << (change.before.size() < DoseResponseAnalysis::kFewDays ||
                            change.after.size() < DoseResponseAnalysis::kFewDays
                        ? "  few days: treat with caution"
                        : "");
            if (change.beforeTrend && change.beforeTrend->isFlagged()) {
                out << "  already "
                    << (change.beforeTrend->isImproving(symptom.higherIsBetter) ? "improving" : "worsening")
                    << " before (" << QString::number(change.beforeTrend->pointsPerWeek, 'f', 2)
                    << " a week)";
            }
            out << "\n";
        }
    }
    printOverall(result, out);
    out << "\nThis is one person's self-reported diary, not a trial: there is no placebo, scores drift on "
           "their own, and other changes at the same time (season, infections, other medicines) can explain "
           "a difference. Intervals allow for today's score resembling yesterday's, so they are wider than "
           "a comparison that treats every day as independent. An interval that includes 0 means no clear "
           "change.\n";
}

} // namespace

QString AnalyzeCommand::name() const
{
    return QStringLiteral("analyze");
}

QString AnalyzeCommand::summary() const
{
    return QStringLiteral("symptom scores per dose and before/after each change of dose");
}

QString AnalyzeCommand::usage() const
{
    return QStringLiteral(
        "analyze --profile NAME [--from DATE] [--to DATE] [--window DAYS] [--settle-days DAYS] "
        "[--json]\n"
        "\n"
        "  --window DAYS       days before and after each change to compare (default 14)\n"
        "  --settle-days DAYS  days after a change left out while the body adjusts (default 3)\n"
        "  --json              machine-readable output (keys in docs/formats.md)\n");
}

void AnalyzeCommand::run(ArgumentList& arguments, CommandContext& context)
{
    const std::optional<QString> profileName = arguments.takeOption(QStringLiteral("--profile"));
    const std::optional<QString> from = arguments.takeOption(QStringLiteral("--from"));
    const std::optional<QString> to = arguments.takeOption(QStringLiteral("--to"));
    const std::optional<QString> window = arguments.takeOption(QStringLiteral("--window"));
    const std::optional<QString> settle = arguments.takeOption(QStringLiteral("--settle-days"));
    const bool asJson = arguments.takeFlag(QStringLiteral("--json"));
    arguments.expectEmpty(name());

    DoseResponseAnalysis::Settings settings;
    if (from) {
        settings.from = IsoDate::parse(*from, QStringLiteral("--from"));
    }
    if (to) {
        settings.to = IsoDate::parse(*to, QStringLiteral("--to"));
    }
    if (settings.from.isValid() && settings.to.isValid() && settings.to < settings.from) {
        throw InputError(QStringLiteral("--to"), QStringLiteral("%1 is before --from %2").arg(*to, *from));
    }
    if (window) {
        settings.windowDays =
            static_cast<int>(OptionParsing::wholeNumber(*window, QStringLiteral("--window"), 1, 365));
    }
    if (settle) {
        settings.settleDays =
            static_cast<int>(OptionParsing::wholeNumber(*settle, QStringLiteral("--settle-days"), 0, 90));
    }

    const Profile profile = context.requireProfile(profileName, name());
    const DiarySession& session = context.session();
    const std::vector<DiaryEntry> entries = entriesToAnalyse(session.diary(), profile.id, settings);
    const DoseResponseResult result =
        DoseResponseAnalysis::run(entries, session.profiles().symptoms(profile.id), settings);
    if (asJson) {
        context.out() << QString::fromStdString(DoseResponseJson::toJson(result, profile.name).dump(2))
                      << "\n";
    } else if (result.adherence.daysLogged == 0) {
        context.out() << "No diary days logged for " << profile.name << " in this range.\n";
    } else {
        printText(result, profile.name, context.out());
    }
}

} // namespace ldn
