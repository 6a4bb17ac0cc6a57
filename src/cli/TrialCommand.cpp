#include "cli/TrialCommand.h"

#include "cli/ArgumentList.h"
#include "cli/BlindedTrialText.h"
#include "cli/CommandContext.h"
#include "cli/OptionParsing.h"
#include "cli/PdfOptions.h"
#include "cli/UsageError.h"
#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "core/trial/OpenTrialJson.h"
#include "core/trial/TrialJson.h"
#include "core/trial/TrialStanding.h"
#include "presentation/DateText.h"
#include "presentation/Language.h"
#include "presentation/Translations.h"
#include "report/PharmacySheetWriter.h"
#include "report/ReportEvidenceReader.h"
#include "report/TrialAgreementBuilder.h"
#include "report/TrialAgreementWriter.h"
#include "services/DiarySession.h"
#include "services/TrialService.h"
#include "storage/db/OwnerOnlyFile.h"
#include "storage/db/StorageError.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/evidence/EvidencePackInstaller.h"

#include <QDir>
#include <nlohmann/json.hpp>

namespace ldn {
namespace {

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

// --blinded --pairs K --period-days D [--washout-days W] --ldn-dose MG; empty without --blinded
// (the design options alone are refused: they would silently start an open trial).
std::optional<BlindedDesign> blindedDesignFrom(ArgumentList& arguments)
{
    const bool blinded = arguments.takeFlag(QStringLiteral("--blinded"));
    const std::optional<QString> pairs = arguments.takeOption(QStringLiteral("--pairs"));
    const std::optional<QString> periodDays = arguments.takeOption(QStringLiteral("--period-days"));
    const std::optional<QString> washoutDays = arguments.takeOption(QStringLiteral("--washout-days"));
    const std::optional<QString> ldnDose = arguments.takeOption(QStringLiteral("--ldn-dose"));
    if (!blinded) {
        if (pairs || periodDays || washoutDays || ldnDose) {
            throw UsageError(
                QStringLiteral("trial start: --pairs, --period-days, --washout-days and --ldn-dose "
                               "belong to a blinded trial; add --blinded"));
        }
        return std::nullopt;
    }
    if (!ldnDose) {
        throw UsageError(
            QStringLiteral("trial start --blinded: --ldn-dose MG is required (the stable dose of "
                           "the last 14 logged days, which the LDN capsules will hold)"));
    }
    BlindedDesign design;
    // The protocol's checks (at least 2 pairs, periods at least washout + 3 days) say why; these
    // bounds only keep the numbers sane.
    if (pairs) {
        design.pairs =
            static_cast<int>(OptionParsing::wholeNumber(*pairs, QStringLiteral("--pairs"), 0, 1000));
    }
    if (periodDays) {
        design.periodDays = static_cast<int>(
            OptionParsing::wholeNumber(*periodDays, QStringLiteral("--period-days"), 0, 10000));
    }
    if (washoutDays) {
        design.washoutDays = static_cast<int>(
            OptionParsing::wholeNumber(*washoutDays, QStringLiteral("--washout-days"), 0, 10000));
    }
    design.ldnDose = Dose::parse(*ldnDose, QStringLiteral("--ldn-dose"));
    return design;
}

void reportBlindedStart(CommandContext& context, const Profile& profile, const Trial& trial)
{
    context.out() << "Started a blinded trial of LDN for " << profile.name << " on "
                  << IsoDate::format(trial.protocol.start) << ".\n";
    BlindedTrialText::writeDesign(context.out(), trial);
    context.out()
        << "  Print the pharmacy sheet (\"trial pharmacy-sheet\") for the pharmacy; do not look at it.\n";
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

bool TrialCommand::paintsPdf(const QStringList& arguments)
{
    try {
        ArgumentList list(arguments);
        list.takeOption(QStringLiteral("--db"));
        list.takeOption(QStringLiteral("--profile"));
        list.takeOption(QStringLiteral("--out"));
        list.takeOption(QStringLiteral("--paper"));
        list.takeOption(QStringLiteral("--language"));
        if (list.takePositional() != QStringLiteral("trial")) {
            return false;
        }
        const std::optional<QString> action = list.takePositional();
        return action == QStringLiteral("pharmacy-sheet") || action == QStringLiteral("agreement");
    } catch (const UsageError&) {
        return false;
    }
}

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
        "       --baseline-days at 0 mg, default 14; --start defaults to today and may lie in the past)\n"
        "      [--blinded --pairs K --period-days D [--washout-days W] --ldn-dose MG]\n"
        "      (blinded, with placebo capsules from a pharmacy: K pairs of periods, default 4, at least 2;\n"
        "       D days each, default 21, at least W + 3; W washout days left out, default 7; MG the\n"
        "       stable dose of the last 14 logged days; --review-weeks counts from the last period,\n"
        "       default 0; no opioid on the medicines; the arms stay sealed)\n"
        "trial show --profile P [--json]   (never shows a sealed trial's arms)\n"
        "trial stop --profile P --reason TEXT [--date YYYY-MM-DD]   (default: today)\n"
        "trial verdict --profile P --json   (a blinded trial: only after unblinding)\n"
        "trial pharmacy-sheet --profile P --out FILE.pdf|FILE.json [--paper a4|letter]\n"
        "      [--language de|en-GB|en-US]\n"
        "      (a blinded trial's periods with their arms, the LDN dose, the capsules per period and the\n"
        "       unblinding code: for the pharmacy, not the patient; printable again at any time)\n"
        "trial unblind --profile P --code CODE   (the code from the pharmacy sheet; a wrong one changes "
        "nothing)\n"
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
    } else if (action == QLatin1String("pharmacy-sheet")) {
        pharmacySheet(arguments, context, profileName);
    } else if (action == QLatin1String("unblind")) {
        unblind(arguments, context, profileName);
    } else if (action == QLatin1String("agreement")) {
        agreement(arguments, context, profileName);
    } else {
        throw UsageError(
            QStringLiteral("trial: say start, show, stop, verdict, agreement, pharmacy-sheet or unblind"));
    }
}

void TrialCommand::start(ArgumentList& arguments, CommandContext& context,
                         const std::optional<QString>& profileName)
{
    TrialProtocol protocol;
    protocol.blinded = blindedDesignFrom(arguments);
    protocol.outcomes = arguments.takeAllOptions(QStringLiteral("--outcome"));
    protocol.stopRules = arguments.takeAllOptions(QStringLiteral("--stop-rule"));
    const std::optional<QString> mid = arguments.takeOption(QStringLiteral("--mid"));
    const std::optional<QString> reviewWeeks = arguments.takeOption(QStringLiteral("--review-weeks"));
    const std::optional<QString> baselineDays = arguments.takeOption(QStringLiteral("--baseline-days"));
    const std::optional<QString> startText = arguments.takeOption(QStringLiteral("--start"));
    arguments.expectEmpty(QStringLiteral("trial start"));
    if (protocol.outcomes.isEmpty()) {
        throw UsageError(QStringLiteral("trial start: --outcome SYMPTOM is required (1 to 3 of them)"));
    }
    // Until a day can be logged as "took today's trial capsule" (log --trial-capsule), the placebo
    // days of a blinded trial would be logged as LDN doses, and the chart, the analysis and the GP
    // report would count them as LDN. Sealing, the pharmacy sheet, unblinding and the verdict are
    // in place and tested with this development switch on; patients cannot start one yet.
    if (protocol.isBlinded() &&
        qEnvironmentVariable("LDN_TRACKER_UNFINISHED_BLINDED_TRIAL") != QLatin1String("1")) {
        throw InputError(QStringLiteral("--blinded"),
                         QStringLiteral("blinded trials are not available yet: a day cannot be logged as "
                                        "\"took today's trial capsule\" yet, so placebo days would count as "
                                        "LDN days; start an open trial (without --blinded)"));
    }
    if (mid) {
        protocol.smallestChange = smallestChangeFrom(*mid);
    }
    if (baselineDays && protocol.isBlinded()) {
        throw UsageError(
            QStringLiteral("trial start --blinded: a blinded trial has no baseline at 0 mg; leave "
                           "out --baseline-days"));
    }
    if (baselineDays) {
        protocol.baselineDays = static_cast<int>(OptionParsing::wholeNumber(
            *baselineDays, QStringLiteral("--baseline-days"), 0, TrialProtocol::kMaximumBaselineDays));
    }
    const int weeks =
        reviewWeeks
            ? static_cast<int>(OptionParsing::wholeNumber(*reviewWeeks, QStringLiteral("--review-weeks"), 0,
                                                          TrialProtocol::kMaximumReviewWeeks))
        : protocol.isBlinded() ? 0 // the verdict can be reached as soon as the last period ends
                               : TrialProtocol::kDefaultReviewWeeks;
    protocol.start = startText ? IsoDate::parse(*startText, QStringLiteral("--start")) : QDate::currentDate();
    const Profile profile = context.requireProfile(profileName, QStringLiteral("trial start"));
    const Trial trial = context.session().trialService().start(profile.id, protocol, weeks);
    if (trial.protocol.isBlinded()) {
        reportBlindedStart(context, profile, trial);
        return;
    }
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
        if (trial.protocol.isBlinded()) {
            json.erase("baseline_days");
            json["blinded"] = BlindedTrialText::showJson(trial, today);
            json["standing"] = BlindedTrialText::standing(trial, today).toStdString();
        } else {
            json["standing"] = standing.toStdString();
        }
        json["stopping_rules_met"] = OpenTrialJson::rulesMet(met);
        context.out() << QString::fromStdString(json.dump(2)) << "\n";
        return;
    }
    if (trial.protocol.isBlinded()) {
        showBlinded(context, profile, trial, met, today);
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

void TrialCommand::showBlinded(CommandContext& context, const Profile& profile, const Trial& trial,
                               const std::vector<StoppingRules::Met>& met, const QDate& today)
{
    QTextStream& out = context.out();
    out << "Blinded trial of LDN for " << profile.name << ", started "
        << IsoDate::format(trial.protocol.start) << "\n";
    BlindedTrialText::writeShow(out, trial, today);
    for (const StoppingRules::Met& rule : met) {
        out << "  !! " << rule.words() << "\n";
    }
}

void TrialCommand::pharmacySheet(ArgumentList& arguments, CommandContext& context,
                                 const std::optional<QString>& profileName)
{
    const std::optional<QString> out = arguments.takeOption(QStringLiteral("--out"));
    const std::optional<QString> paper = arguments.takeOption(QStringLiteral("--paper"));
    const std::optional<QString> languageTag = arguments.takeOption(QStringLiteral("--language"));
    arguments.expectEmpty(QStringLiteral("trial pharmacy-sheet"));
    if (!out) {
        throw UsageError(QStringLiteral("trial pharmacy-sheet: --out FILE.pdf or FILE.json is required"));
    }
    const bool asJson = out->endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (!asJson && !out->endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        throw InputError(QStringLiteral("--out"),
                         QStringLiteral("\"%1\" must end in .pdf or .json").arg(*out));
    }
    const Language language = PdfOptions::language(languageTag);
    const PaperSize paperSize = PdfOptions::paper(paper, language);
    const Profile profile = context.requireProfile(profileName, QStringLiteral("trial pharmacy-sheet"));
    const Trial trial = requireTrial(context, profile);
    if (!trial.protocol.isBlinded()) {
        throw InputError(
            QStringLiteral("trial"),
            QStringLiteral("the trial of %1 is an open trial: only a blinded trial has a pharmacy "
                           "sheet")
                .arg(profile.name));
    }
    const BlindedDesign& design = *trial.protocol.blinded;
    const SealedAllocation::Contents contents = context.session().trialService().openSeal(trial);
    const PharmacySheetWriter::Sheet sheet{profile.name,         design.periodsFrom(trial.protocol.start),
                                           contents.allocation,  contents.code,
                                           design.ldnDose,       design.capsulesPerPeriod(),
                                           QDate::currentDate(), paperSize};
    if (asJson) {
        const nlohmann::json json =
            TrialJson::pharmacySheet(sheet.periods, sheet.allocation, sheet.code, sheet.ldnDose);
        OwnerOnlyFile::write(*out, QByteArray::fromStdString(json.dump(2) + "\n"));
    } else {
        // Only the sheet speaks the language (the pharmacy's); this tool's messages stay English.
        Translations::install(language);
        try {
            PharmacySheetWriter(sheet).write(*out);
        } catch (const std::runtime_error& error) {
            throw InputError(QStringLiteral("--out"), QString::fromUtf8(error.what()));
        }
    }
    context.out() << "Wrote the pharmacy sheet of " << profile.name << "'s blinded trial to " << *out
                  << ". It shows the arms: give it to the pharmacy, not to " << profile.name << ".\n";
}

void TrialCommand::unblind(ArgumentList& arguments, CommandContext& context,
                           const std::optional<QString>& profileName)
{
    const std::optional<QString> code = arguments.takeOption(QStringLiteral("--code"));
    arguments.expectEmpty(QStringLiteral("trial unblind"));
    if (!code) {
        throw UsageError(QStringLiteral("trial unblind: --code CODE (from the pharmacy sheet) is required"));
    }
    const Profile profile = context.requireProfile(profileName, QStringLiteral("trial unblind"));
    const Trial trial = context.session().trialService().unblind(profile.id, *code, QDate::currentDate());
    context.out() << "Unblinded the trial of " << profile.name << " on " << IsoDate::format(trial.unblindedOn)
                  << ". See the result with \"trial verdict --profile " << profile.name << " --json\".\n";
}

void TrialCommand::writeBlindedVerdict(CommandContext& context, const Trial& trial)
{
    const std::map<QString, TrialOutcomeVerdict> outcomes =
        context.session().trialService().blindedVerdict(trial);
    nlohmann::json json = TrialJson::verdict(outcomes, trial.protocol.blinded->pairs);
    json["kind"] = "blinded";
    json["unblinded_on"] = IsoDate::format(trial.unblindedOn).toStdString();
    json["mid"] = trial.protocol.smallestChange;
    json["smallest_possible_p"] = trial.protocol.blinded->smallestPossibleP();
    context.out() << QString::fromStdString(json.dump(2)) << "\n";
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
    if (trial.isSealed()) {
        throw InputError(
            QStringLiteral("trial"),
            QStringLiteral("the trial of %1 is still blinded: enter the pharmacy's code with \"trial "
                           "unblind\" after the last period, then ask for the verdict")
                .arg(profile.name));
    }
    if (trial.protocol.isBlinded()) {
        writeBlindedVerdict(context, trial);
        return;
    }
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
