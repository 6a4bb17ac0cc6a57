#pragma once

#include "core/diary/Dose.h"
#include "core/diary/Formulation.h"

#include <QString>
#include <QTime>

#include <optional>

namespace ldn {

// What the form for a day nobody has logged yet starts from: the latest of each detail logged
// before that day (the same time, formulation, pharmacy and batch as last time, and the dose last
// taken when no titration plan says otherwise). Empty fields had no value in the days looked at.
struct DayDefaults {
    std::optional<QTime> timeTaken;
    std::optional<Formulation> formulation;
    QString pharmacy;
    QString batch;
    std::optional<Dose> lastTakenDose;

    friend bool operator==(const DayDefaults&, const DayDefaults&) = default;
};

} // namespace ldn
