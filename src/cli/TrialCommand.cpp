#include "cli/TrialCommand.h"

#include "cli/ArgumentList.h"
#include "cli/CommandContext.h"
#include "cli/OptionParsing.h"
#include "cli/PdfOptions.h"
#include "cli/UsageError.h"
#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "core/trial/OpenTrialJson.h"
#include "core/trial/TrialStanding.h"
#include "presentation/DateText.h"
#include "presentation/Translations.h"
#include "report/ReportEvidenceReader.h"
#include "report/TrialAgreementBuilder.h"
#include "report/TrialAgreementWriter.h"
#include "services/DiarySession.h"
#include "services/TrialService.h"
#include "storage/db/StorageError.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/evidence/EvidencePackInstaller.h"

#include <QDir>
#include <nlohmann/json.hpp>

namespace ldn {
namespace {

// The options of a blinded trial, refused for now with the same message whichever is given.
const QStringList kBlindedOptions{QStringLiteral("--pairs"), QStringLiteral("--period-days"),
                                  QStringLiteral("--washout-days"), QStringLiteral("--ldn-dose")};

double smallestChangeFrom(const QString& text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !(value > 0.0) || value > TrialProtocol::kMaximumSmallestChange) {
        throw InputError(QStringLiteral("--mid"),
                         QStringLiteral("\"%1\" is not a number of points above 0 and at most %2")
                             .arg(text)
                             .arg(TrialProtocol::kMaximumSmallestChange));
    }
    return value;
}

QString pointsText(double points)
{
    return points == 1.0 ? QStringLiteral("1 point")
                         : QStringLiteral("%1 points").arg(QString::number(points));
}

Trial requireTrial(CommandContext& context, const Profile& profile)
{
    const std::optional<Trial> trial = context.session().trialService().latest(profile.id);
    if (!trial) {
        throw InputError(QStringLiteral("--profile"),
                         QStringLiteral("%1 has no trial; start one with \"trial start\"").arg(profile.name));
    }
    return *trial;
}

// Where the trial stands on `today`, in a sentence (TrialStanding: no baseline for someone
// already on LDN when the trial started; `firstDoseDay` is the diary's first day with LDN).
QString standingWords(const Trial& trial, const QDate& today, const std::optional<QDate>& firstDoseDay)
{
    const TrialStanding standing = TrialStanding::of(trial, today, firstDoseDay);
    switch (standing.phase) {
    case TrialStanding::Phase::Stopped:
        return QStringLiteral("Stopped on %1: %2").arg(IsoDate::format(trial.stoppedOn), trial.stopReason);
    case TrialStanding::Phase::NotStarted:
        return QStringLiteral("Starts on %1, in %2.")
            .arg(IsoDate::format(standing.date), dayCount(standing.count));
    case TrialStanding::Phase::Baseline:
        return QStringLiteral("Baseline day %1 of %2 (no LDN yet).").arg(standing.day).arg(standing.count);
    case TrialStanding::Phase::Running:
    case TrialStanding::Phase::BlindedPeriod:
        return QStringLiteral("Day %1 of the trial; review on %2, in %3.")
            .arg(QString::number(standing.day), IsoDate::format(trial.protocol.reviewOn),
                 dayCount(static_cast<int>(today.daysTo(trial.protocol.reviewOn))));
    case TrialStanding::Phase::ReviewDue:
        break;
    }
    return QStringLiteral("The review was due on %1: see \"trial verdict\".")
        .arg(IsoDate::format(standing.date));
}

} // namespace

QString TrialCommand::name() const
{
    return QStringLiteral("trial");
}

QString TrialCommand::summary() const
{
    return QStringLiteral("a trial of LDN agreed with the GP: protocol, stopping rules, review verdict");
}

QString TrialCommand::usage() const
{
    return QStringLiteral(
        "trial start --profile P --outcome SYMPTOM [--outcome S]... --mid POINTS --review-weeks N\n"
        "      [--baseline-days N] [--stop-rule TEXT]... [--start YYYY-MM-DD]\n"
        "      (1 to 3 outcomes; --mid is the smallest change that matters, default 1 point;\n"
        "       --review-weeks counts from the target dose of the titration plan, default 12;\n"
        "       --baseline-days at 0 mg, default 14; --start defaults to today and may lie in the past;\n"
        "       --blinded is not available yet)\n"
        "trial show --profile P [--json]\n"
        "trial stop --profile P --reason TEXT [--date YYYY-MM-DD]   (default: today)\n"
        "trial verdict --profile P --json\n"
        "trial agreement --profile P [--paper a4|letter] [--language de|en-GB|en-US] --out FILE.pdf\n"
        "      (one page for the patient and the GP to read and sign; paper and language as for\n"
        "       \"report\")\n");
}

void TrialCommand::run(ArgumentList& arguments, CommandContext& context)
{
    const std::optional<QString> action = arguments.takePositional();
    const std::optional<QString> profileName = arguments.takeOption(QStringLiteral("--profile"));
    if (action == QLatin1String("start")) {
        start(arguments, context, profileName);
    } else if (action == QLatin1String("show")) {
        show(arguments, context, profileName);
    } else if (action == QLatin1String("stop")) {
        stop(arguments, context, profileName);
    } else if (action == QLatin1String("verdict")) {
        verdict(arguments, context, profileName);
    } else if (action == QLatin1String("agreement")) {
        agreement(arguments, context, profileName);
    } else {
        throw UsageError(QStringLiteral("trial: say start, show, agreement, stop or verdict"));
    }
}

void TrialCommand::start(ArgumentList& arguments, CommandContext& context,
                         const std::optional<QString>& profileName)
{
    bool blinded = arguments.takeFlag(QStringLiteral("--blinded"));
    for (const QString& option : kBlindedOptions) {
        blinded = !arguments.takeAllOptions(option).isEmpty() || blinded;
    }
    TrialProtocol protocol;
    protocol.outcomes = arguments.takeAllOptions(QStringLiteral("--outcome"));
    protocol.stopRules = arguments.takeAllOptions(QStringLiteral("--stop-rule"));
    const std::optional<QString> mid = arguments.takeOption(QStringLiteral("--mid"));
    const std::optional<QString> reviewWeeks = arguments.takeOption(QStringLiteral("--review-weeks"));
    const std::optional<QString> baselineDays = arguments.takeOption(QStringLiteral("--baseline-days"));
    const std::optional<QString> startText = arguments.takeOption(QStringLiteral("--start"));
    arguments.expectEmpty(QStringLiteral("trial start"));
    if (blinded) {
        throw InputError(QStringLiteral("--blinded"),
                         QStringLiteral("blinded trials are not available yet; start an open trial (without "
                                        "--blinded, --pairs, --period-days, --washout-days and --ldn-dose)"));
    }
    if (protocol.outcomes.isEmpty()) {
        throw UsageError(QStringLiteral("trial start: --outcome SYMPTOM is required (1 to 3 of them)"));
    }
    if (mid) {
        protocol.smallestChange = smallestChangeFrom(*mid);
    }
    if (baselineDays) {
        protocol.baselineDays = static_cast<int>(OptionParsing::wholeNumber(
            *baselineDays, QStringLiteral("--baseline-days"), 0, TrialProtocol::kMaximumBaselineDays));
    }
    const int weeks =
        reviewWeeks
            ? static_cast<int>(OptionParsing::wholeNumber(*reviewWeeks, QStringLiteral("--review-weeks"), 0,
                                                          TrialProtocol::kMaximumReviewWeeks))
            : TrialProtocol::kDefaultReviewWeeks;
    protocol.start = startText ? IsoDate::parse(*startText, QStringLiteral("--start")) : QDate::currentDate();
    const Profile profile = context.requireProfile(profileName, QStringLiteral("trial start"));
    const Trial trial = context.session().trialService().start(profile.id, protocol, weeks);
    context.out() << "Started an open trial of LDN for " << profile.name << " on "
                  << IsoDate::format(trial.protocol.start) << ".\n"
                  << "  Outcomes: " << trial.protocol.outcomes.join(QStringLiteral(", ")) << "\n"
                  << "  Smallest change that matters: " << pointsText(trial.protocol.smallestChange) << "\n"
                  << "  Baseline: " << dayCount(trial.protocol.baselineDays) << " at 0 mg\n"
                  << "  Review on " << IsoDate::format(trial.protocol.reviewOn) << "\n";
}

void TrialCommand::show(ArgumentList& arguments, CommandContext& context,
                        const std::optional<QString>& profileName)
{
    const bool asJson = arguments.takeFlag(QStringLiteral("--json"));
    arguments.expectEmpty(QStringLiteral("trial show"));
    const Profile profile = context.requireProfile(profileName, QStringLiteral("trial show"));
    const Trial trial = requireTrial(context, profile);
    const QDate today = QDate::currentDate();
    const std::vector<StoppingRules::Met> met = context.session().trialService().rulesMet(trial, today);
    const QString standing = standingWords(trial, today, context.session().diary().firstDoseDay(profile.id));
    if (asJson) {
        nlohmann::json json = OpenTrialJson::protocol(trial);
        json["profile"] = profile.name.toStdString();
        json["standing"] = standing.toStdString();
        json["stopping_rules_met"] = OpenTrialJson::rulesMet(met);
        context.out() << QString::fromStdString(json.dump(2)) << "\n";
        return;
    }
    const TrialProtocol& protocol = trial.protocol;
    QTextStream& out = context.out();
    out << "Open trial of LDN for " << profile.name << ", started " << IsoDate::format(protocol.start) << "\n"
        << "  Outcomes: " << protocol.outcomes.join(QStringLiteral(", ")) << "\n"
        << "  Smallest change that matters: " << pointsText(protocol.smallestChange) << "\n"
        << "  Baseline: " << dayCount(protocol.baselineDays) << " at 0 mg\n"
        << "  Review on " << IsoDate::format(protocol.reviewOn) << " (" << trial.reviewWeeks
        << " weeks after the target dose)\n"
        << "  Stopping rules: a side effect severe (3) on two days in a row; an opioid added to the "
           "medicines";
    for (const QString& rule : protocol.stopRules) {
        out << "; " << rule;
    }
    out << "\n  Now: " << standing << "\n";
    for (const StoppingRules::Met& rule : met) {
        out << "  !! " << rule.words() << "\n";
    }
}

void TrialCommand::stop(ArgumentList& arguments, CommandContext& context,
                        const std::optional<QString>& profileName)
{
    const std::optional<QString> reason = arguments.takeOption(QStringLiteral("--reason"));
    const std::optional<QString> dateText = arguments.takeOption(QStringLiteral("--date"));
    arguments.expectEmpty(QStringLiteral("trial stop"));
    if (!reason) {
        throw UsageError(QStringLiteral("trial stop: --reason TEXT is required"));
    }
    const QDate today = QDate::currentDate();
    const QDate stoppedOn = dateText ? IsoDate::parse(*dateText, QStringLiteral("--date")) : today;
    const Profile profile = context.requireProfile(profileName, QStringLiteral("trial stop"));
    const Trial trial = context.session().trialService().stop(profile.id, *reason, stoppedOn, today);
    context.out() << "Stopped the trial of " << profile.name << " on " << IsoDate::format(trial.stoppedOn)
                  << ": " << trial.stopReason << "\n";
}

void TrialCommand::verdict(ArgumentList& arguments, CommandContext& context,
                           const std::optional<QString>& profileName)
{
    const bool asJson = arguments.takeFlag(QStringLiteral("--json"));
    arguments.expectEmpty(QStringLiteral("trial verdict"));
    if (!asJson) {
        throw UsageError(QStringLiteral("trial verdict: --json is required"));
    }
    const Profile profile = context.requireProfile(profileName, QStringLiteral("trial verdict"));
    const Trial trial = requireTrial(context, profile);
    const QDate today = QDate::currentDate();
    const OpenTrialReview review = context.session().trialService().review(trial, today);
    nlohmann::json json = OpenTrialJson::review(review, trial);
    json["stopping_rules_met"] =
        OpenTrialJson::rulesMet(context.session().trialService().rulesMet(trial, today));
    context.out() << QString::fromStdString(json.dump(2)) << "\n";
}

// The agreement for the patient and the GP to sign, in the language and on the paper asked for.
void TrialCommand::agreement(ArgumentList& arguments, CommandContext& context,
                             const std::optional<QString>& profileName)
{
    const std::optional<QString> paper = arguments.takeOption(QStringLiteral("--paper"));
    const std::optional<QString> languageTag = arguments.takeOption(QStringLiteral("--language"));
    const std::optional<QString> out = arguments.takeOption(QStringLiteral("--out"));
    arguments.expectEmpty(QStringLiteral("trial agreement"));
    if (!out || out->isEmpty()) {
        throw UsageError(QStringLiteral("trial agreement: --out FILE.pdf is required"));
    }
    const Language language = PdfOptions::language(languageTag);
    const PaperSize paperSize = PdfOptions::paper(paper, language);
    PdfOptions::checkTarget(*out);
    const Profile profile = context.requireProfile(profileName, QStringLiteral("trial agreement"));
    requireTrial(context, profile);
    // As `report` does: the page speaks the language, this tool's own messages do not; the
    // bundled evidence library is installed when first needed.
    Translations::install(language);
    try {
        EvidencePackInstaller::installBundled(context.database());
    } catch (const StorageError&) {
    }
    std::optional<ReportEvidence> evidence =
        ReportEvidenceReader::read(context.database(), profile.conditions);
    TrialAgreement agreement = TrialAgreementBuilder(context.database())
                                   .build(profile.id, std::move(evidence), paperSize, QDate::currentDate());
    const PdfDocument document = TrialAgreementWriter(std::move(agreement)).document();
    document.write(*out);
    context.out() << "Wrote the trial agreement for " << profile.name << " to "
                  << QDir::toNativeSeparators(*out) << "\n";
}

} // namespace ldn
