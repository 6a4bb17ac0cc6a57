#include "core/exchange/ArchivedTrialJson.h"

#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "core/json/JsonFieldReader.h"
#include "core/json/JsonTextWriter.h"

namespace ldn {
namespace {

void writeDate(JsonTextWriter& json, const QDate& date)
{
    if (date.isValid()) {
        json.value(IsoDate::format(date));
    } else {
        json.null();
    }
}

void writeTexts(JsonTextWriter& json, const QStringList& texts)
{
    json.beginArray();
    for (const QString& text : texts) {
        json.value(text);
    }
    json.endArray();
}

QDate requiredDate(const JsonFieldReader& item, const char* key)
{
    return IsoDate::parse(item.requiredString(key), item.at(key));
}

int wholeNumber(const JsonFieldReader& item, const char* key, int lowest, int highest)
{
    const std::optional<int> number = item.integer(key);
    if (!number || *number < lowest || *number > highest) {
        throw InputError(item.at(key),
                         QStringLiteral("must be a whole number from %1 to %2").arg(lowest).arg(highest));
    }
    return *number;
}

// A blinded trial's design and its allocation exactly as the diary keeps it: scrambled with its
// key (SealedAllocation), so the backup stays sealed too.
void writeBlinded(JsonTextWriter& json, const Trial& trial)
{
    const BlindedDesign& design = *trial.protocol.blinded;
    json.key("blinded");
    json.beginObject();
    json.key("pairs").value(design.pairs);
    json.key("period_days").value(design.periodDays);
    json.key("washout_days").value(design.washoutDays);
    json.key("ldn_dose_ug").value(design.ldnDose.micrograms());
    json.key("sealed_allocation").value(trial.sealed->scrambled);
    json.key("seal_key").value(trial.sealed->key);
    json.key("unblinded_on");
    writeDate(json, trial.unblindedOn);
    json.endObject();
}

void readBlinded(const JsonFieldReader& blinded, Trial& trial)
{
    blinded.rejectUnknownKeys({"pairs", "period_days", "washout_days", "ldn_dose_ug", "sealed_allocation",
                               "seal_key", "unblinded_on"});
    BlindedDesign design;
    design.pairs = wholeNumber(blinded, "pairs", BlindedDesign::kMinimumPairs, BlindedDesign::kMaximumPairs);
    design.periodDays = wholeNumber(blinded, "period_days", BlindedDesign::kMinimumPeriodDays,
                                    BlindedDesign::kMaximumPeriodDays);
    design.washoutDays =
        wholeNumber(blinded, "washout_days", 0, design.periodDays - BlindedDesign::kMinimumAnalysedDays);
    design.ldnDose = Dose::fromMicrograms(
        wholeNumber(blinded, "ldn_dose_ug", 1, static_cast<int>(Dose::kMaximumMicrograms)));
    SealedAllocation sealed{blinded.requiredString("sealed_allocation"), blinded.requiredString("seal_key")};
    // Opened only to check it is whole and fits the design; nothing of it is shown.
    if (sealed.open().allocation.pairs() != design.pairs) {
        throw InputError(blinded.at("sealed_allocation"),
                         QStringLiteral("the sealed allocation does not fit %1 pairs").arg(design.pairs));
    }
    const QString unblindedOn = blinded.string("unblinded_on");
    if (!unblindedOn.isEmpty()) {
        trial.unblindedOn = IsoDate::parse(unblindedOn, blinded.at("unblinded_on"));
    }
    trial.protocol.blinded = design;
    trial.sealed = sealed;
}

} // namespace

void ArchivedTrialJson::write(JsonTextWriter& json, const Trial& trial)
{
    const TrialProtocol& protocol = trial.protocol;
    json.beginObject();
    json.key("kind").value(protocol.isBlinded() ? "blinded" : "open");
    json.key("start");
    writeDate(json, protocol.start);
    json.key("outcomes");
    writeTexts(json, protocol.outcomes);
    // The smallest change is typed with a digit or two after the point; 15 significant digits
    // read back as the same double.
    json.key("mid").rawValue(QByteArray::number(protocol.smallestChange, 'g', 15));
    json.key("baseline_days").value(protocol.baselineDays);
    json.key("review_weeks").value(trial.reviewWeeks);
    json.key("review_on");
    writeDate(json, protocol.reviewOn);
    json.key("stop_rules");
    writeTexts(json, protocol.stopRules);
    json.key("stopped_on");
    writeDate(json, trial.stoppedOn);
    json.key("stop_reason").value(trial.stopReason);
    if (protocol.isBlinded() && trial.sealed) {
        writeBlinded(json, trial);
    }
    json.endObject();
}

Trial ArchivedTrialJson::read(const JsonFieldReader& item, const QSet<QString>& symptomNames)
{
    item.rejectUnknownKeys({"kind", "start", "outcomes", "mid", "baseline_days", "review_weeks", "review_on",
                            "stop_rules", "stopped_on", "stop_reason", "blinded"});
    const QString kind = item.requiredString("kind");
    if (kind != QLatin1String("open") && kind != QLatin1String("blinded")) {
        throw InputError(item.at("kind"), QStringLiteral("\"%1\" is not one of open, blinded").arg(kind));
    }
    Trial trial;
    TrialProtocol& protocol = trial.protocol;
    protocol.start = requiredDate(item, "start");
    protocol.outcomes = item.stringList("outcomes");
    if (protocol.outcomes.size() < TrialProtocol::kMinimumOutcomes ||
        protocol.outcomes.size() > TrialProtocol::kMaximumOutcomes) {
        throw InputError(item.at("outcomes"), QStringLiteral("a trial has 1 to 3 outcomes"));
    }
    for (const QString& outcome : protocol.outcomes) {
        if (!symptomNames.contains(outcome.simplified().toLower())) {
            throw InputError(item.at("outcomes"),
                             QStringLiteral("\"%1\" is not one of the profile's symptoms").arg(outcome));
        }
    }
    const std::optional<double> mid = item.number("mid");
    if (!mid || !(*mid > 0.0) || *mid > TrialProtocol::kMaximumSmallestChange) {
        throw InputError(item.at("mid"), QStringLiteral("must be a number of points above 0 and at most 10"));
    }
    protocol.smallestChange = *mid;
    protocol.baselineDays = wholeNumber(item, "baseline_days", 0, TrialProtocol::kMaximumBaselineDays);
    trial.reviewWeeks = wholeNumber(item, "review_weeks", 0, TrialProtocol::kMaximumReviewWeeks);
    protocol.reviewOn = requiredDate(item, "review_on");
    if (protocol.reviewOn < protocol.start) {
        throw InputError(item.at("review_on"), QStringLiteral("the review cannot come before the start"));
    }
    protocol.stopRules = item.stringList("stop_rules");
    const QString stoppedOn = item.string("stopped_on");
    if (!stoppedOn.isEmpty()) {
        trial.stoppedOn = IsoDate::parse(stoppedOn, item.at("stopped_on"));
        trial.stopReason = item.requiredString("stop_reason").trimmed();
        if (trial.stoppedOn < protocol.start || trial.stopReason.isEmpty()) {
            throw InputError(item.at("stopped_on"),
                             QStringLiteral("a trial stops on or after its start, with a reason"));
        }
    }
    if (kind == QLatin1String("blinded")) {
        const nlohmann::json* blinded = item.object("blinded");
        if (blinded == nullptr) {
            throw InputError(item.at("blinded"),
                             QStringLiteral("a blinded trial needs its design and sealed allocation"));
        }
        readBlinded(JsonFieldReader(*blinded, item.at("blinded")), trial);
    } else if (item.object("blinded") != nullptr) {
        throw InputError(item.at("blinded"), QStringLiteral("an open trial has no blinded design"));
    }
    return trial;
}

} // namespace ldn
