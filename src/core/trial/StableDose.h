#pragma once

#include "core/diary/DiaryEntry.h"
#include "core/diary/Dose.h"

#include <QDate>

#include <optional>
#include <vector>

namespace ldn {

// A blinded trial starts from a stable dose (issue 19): the same dose on the last 14 logged days
// before its start, so that the periods compare LDN at that dose with placebo rather than with a
// dose still being changed. Missed days are skipped (a missed dose does not change the dose
// being taken); a day at 0 mg counts as a dose like any other.
class StableDose {
public:
    static constexpr int kDays = 14;

    // The dose of the last kDays logged, not missed days before `start` when they all agree;
    // empty when they do not or fewer are logged.
    static std::optional<Dose> before(const std::vector<const DiaryEntry*>& diary, const QDate& start);

    // Throws InputError("ldn-dose", …) unless the diary shows `ldnDose` as a stable dose before
    // `start`, saying what it shows instead.
    static void require(const std::vector<const DiaryEntry*>& diary, const QDate& start, const Dose& ldnDose);
};

} // namespace ldn
