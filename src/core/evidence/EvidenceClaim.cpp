#include "core/evidence/EvidenceClaim.h"

#include "core/base/InputError.h"
#include "core/evidence/EvidenceSource.h"

#include <cmath>

namespace ldn {

void validateClaim(const EvidenceClaim& claim, const QString& location)
{
    const auto at = [&location](const char* field) {
        return location + QStringLiteral(": ") + QLatin1String(field);
    };
    if (claim.outcome.trimmed().isEmpty()) {
        throw InputError(at("outcome"), QStringLiteral("an outcome is required (e.g. pain, fatigue)"));
    }
    const auto checkLength = [](const QString& text, const QString& field, int maximum) {
        if (text.size() > maximum) {
            throw InputError(
                field, QStringLiteral("can be at most %1 characters (got %2)").arg(maximum).arg(text.size()));
        }
    };
    checkLength(claim.outcome, at("outcome"), 200);
    checkLength(claim.population, at("population"), 1000);
    checkLength(claim.summary, at("summary"), kMaximumEvidenceTextLength);
    checkLength(claim.effect.metric, at("effect.metric"), 1000);
    checkLength(claim.effect.pValue, at("effect.p"), 40);
    checkLength(claim.dose, at("dose"), 200);
    checkLength(claim.duration, at("duration"), 200);
    for (const std::optional<double>& number :
         {claim.effect.value, claim.effect.ciLow, claim.effect.ciHigh}) {
        if (number && !std::isfinite(*number)) {
            throw InputError(at("effect"), QStringLiteral("numbers must be finite"));
        }
    }
    if (claim.effect.ciLow.has_value() != claim.effect.ciHigh.has_value()) {
        throw InputError(at("effect"), QStringLiteral("a confidence interval needs both ends"));
    }
    if (claim.effect.ciLow && *claim.effect.ciLow > *claim.effect.ciHigh) {
        throw InputError(at("effect"),
                         QStringLiteral("the interval's low end (%1) is above its high end (%2)")
                             .arg(*claim.effect.ciLow)
                             .arg(*claim.effect.ciHigh));
    }
    if (claim.participants && (*claim.participants < 0 || *claim.participants > kMaximumParticipants)) {
        throw InputError(
            at("participants"),
            QStringLiteral("%1 is not a possible number of participants").arg(*claim.participants));
    }
}

} // namespace ldn
