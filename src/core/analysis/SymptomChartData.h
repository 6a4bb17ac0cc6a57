#pragma once

#include "core/diary/DiaryEntry.h"
#include "core/diary/SymptomDefinition.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ldn {

// Everything the symptom-versus-dose chart draws, as plain values. The GUI's chart adapter and
// the PDF report both draw from this, so they always agree with each other and with analysis.
struct SymptomChartData {
    struct Point {
        QDate date;
        double value = 0.0;
    };
    struct SymptomSeries {
        SymptomDefinition symptom;
        std::vector<Point> scores;      // raw daily scores
        std::vector<Point> rollingMean; // 7-day rolling mean (days with at least one score in the window)
    };
    struct DoseChange {
        QDate date;
        Dose from;
        Dose to;
    };
    struct Marker {
        QDate date;
        QString label; // "vivid dreams 2", "infection", "missed dose"
    };

    QDate from;
    QDate to;
    std::vector<SymptomSeries> symptoms;
    std::vector<Point> dose; // one point per dose-taken day, in mg; missed days are absent
    std::vector<DoseChange> doseChanges;
    std::vector<Marker> sideEffects; // severity 1-3 only
    std::vector<Marker> missedDoses;
    std::vector<Marker> events;

    static constexpr int kRollingDays = 7;

    // Builds the chart for [from, to] (invalid: the whole diary). Changes of dose follow the same
    // rule as DoseResponseAnalysis: missed and unlogged days never make one.
    static SymptomChartData build(const std::vector<DiaryEntry>& entries,
                                  const std::vector<SymptomDefinition>& symptoms, QDate from = {},
                                  QDate to = {});

    // Mean of the values on the `days` calendar days ending on each date that has any value.
    static std::vector<Point> rollingMean(const std::vector<Point>& points, int days);
};

} // namespace ldn
