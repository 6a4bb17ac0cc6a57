#pragma once

#include "core/diary/Dose.h"
#include "core/diary/DoseStatus.h"
#include "core/diary/Formulation.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <map>
#include <optional>

namespace ldn {

// One logged day of one person's diary. A day without an entry is "not logged".
struct DiaryEntry {
    QDate date;
    DoseStatus status = DoseStatus::Taken;
    Dose dose; // meaningful only when status is Taken
    std::optional<QTime> timeTaken;
    std::optional<Formulation> formulation;
    QString pharmacy;
    QString batch;
    std::map<QString, int> symptomScores; // symptom name -> 0..10
    std::map<QString, int> sideEffects;   // side effect name -> severity 0..3
    QStringList events;                   // e.g. "infection", "crash after exertion"
    QString note;

    friend bool operator==(const DiaryEntry&, const DiaryEntry&) = default;
};

constexpr int kMaximumSideEffectSeverity = 3;

} // namespace ldn
