#include "core/diary/DiaryEntry.h"

#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "core/diary/Severity.h"

#include <algorithm>

namespace ldn {
namespace {

QString locationOf(const DiaryEntry& entry, const QString& field)
{
    return QStringLiteral("%1 %2").arg(IsoDate::format(entry.date), field);
}

} // namespace

void DiaryEntry::validate() const
{
    validateScores(nullptr);
}

void DiaryEntry::validate(const std::vector<SymptomDefinition>& symptoms) const
{
    validateScores(&symptoms);
}

void DiaryEntry::validateScores(const std::vector<SymptomDefinition>* symptoms) const
{
    if (!date.isValid()) {
        throw InputError(QStringLiteral("date"), QStringLiteral("a diary entry needs a valid date"));
    }
    if (status == DoseStatus::Taken &&
        (dose.micrograms() < 0 || dose.micrograms() > Dose::kMaximumMicrograms)) {
        throw InputError(locationOf(*this, QStringLiteral("dose")), QStringLiteral("not a possible dose"));
    }
    if (timeTaken && !timeTaken->isValid()) {
        throw InputError(locationOf(*this, QStringLiteral("time")),
                         QStringLiteral("not a valid time of day"));
    }
    if (status == DoseStatus::Missed && timeTaken) {
        throw InputError(locationOf(*this, QStringLiteral("time")),
                         QStringLiteral("a missed dose has no time taken"));
    }
    for (const auto& [symptom, score] : symptomScores) {
        if (symptoms) {
            // clang 14 (the fuzz build) cannot capture a structured binding in a lambda.
            const QString& name = symptom;
            const bool known =
                std::any_of(symptoms->begin(), symptoms->end(), [&name](const SymptomDefinition& own) {
                    return own.name.compare(name, Qt::CaseInsensitive) == 0;
                });
            if (!known) {
                throw InputError(locationOf(*this, QStringLiteral("score")),
                                 QStringLiteral("\"%1\" is not one of this profile's symptoms").arg(symptom));
            }
        }
        if (score < kMinimumSymptomScore || score > kMaximumSymptomScore) {
            throw InputError(locationOf(*this, QStringLiteral("score")),
                             QStringLiteral("%1 must be scored 0 to 10 (got %2)").arg(symptom).arg(score));
        }
    }
    for (const auto& [effect, severity] : sideEffects) {
        if (effect.trimmed().isEmpty()) {
            throw InputError(locationOf(*this, QStringLiteral("side effect")),
                             QStringLiteral("a name is required"));
        }
        if (!Severity::isValid(severity)) {
            throw InputError(locationOf(*this, QStringLiteral("side effect")),
                             QStringLiteral("%1 severity must be 0 to 3 (got %2)").arg(effect).arg(severity));
        }
    }
    for (const QString& event : events) {
        if (event.trimmed().isEmpty()) {
            throw InputError(locationOf(*this, QStringLiteral("event")),
                             QStringLiteral("an event needs a name"));
        }
    }
}

} // namespace ldn
