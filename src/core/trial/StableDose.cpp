#include "core/trial/StableDose.h"

#include "core/base/InputError.h"

namespace ldn {
namespace {

// The last kDays taken days before `start`, latest first.
std::vector<const DiaryEntry*> lastTakenDays(const std::vector<const DiaryEntry*>& diary, const QDate& start)
{
    std::vector<const DiaryEntry*> days;
    for (auto it = diary.rbegin(); it != diary.rend() && static_cast<int>(days.size()) < StableDose::kDays;
         ++it) {
        if ((*it)->date < start && (*it)->status != DoseStatus::Missed) {
            days.push_back(*it);
        }
    }
    return days;
}

} // namespace

std::optional<Dose> StableDose::before(const std::vector<const DiaryEntry*>& diary, const QDate& start)
{
    const std::vector<const DiaryEntry*> days = lastTakenDays(diary, start);
    if (static_cast<int>(days.size()) < kDays) {
        return std::nullopt;
    }
    for (const DiaryEntry* day : days) {
        if (day->dose != days.front()->dose) {
            return std::nullopt;
        }
    }
    return days.front()->dose;
}

void StableDose::require(const std::vector<const DiaryEntry*>& diary, const QDate& start, const Dose& ldnDose)
{
    const std::vector<const DiaryEntry*> days = lastTakenDays(diary, start);
    const QString field = QStringLiteral("ldn-dose");
    if (static_cast<int>(days.size()) < kDays) {
        throw InputError(field,
                         QStringLiteral("a blinded trial starts from a stable dose: the last %1 logged "
                                        "days before %2 are needed, and %3 are logged")
                             .arg(kDays)
                             .arg(start.toString(Qt::ISODate))
                             .arg(days.size()));
    }
    for (const DiaryEntry* day : days) {
        if (day->dose != ldnDose) {
            throw InputError(field,
                             QStringLiteral("a blinded trial starts from a stable dose of %1 mg, but %2 "
                                            "was logged at %3 mg (the last %4 logged days must all "
                                            "be at the trial's dose)")
                                 .arg(ldnDose.toMilligramText(), day->date.toString(Qt::ISODate),
                                      day->dose.toMilligramText())
                                 .arg(kDays));
        }
    }
}

} // namespace ldn
