#include "core/analysis/SymptomChartData.h"

#include <deque>

namespace ldn {

std::vector<SymptomChartData::Point> SymptomChartData::rollingMean(const std::vector<Point>& points, int days)
{
    std::vector<Point> means;
    means.reserve(points.size());
    std::deque<Point> window;
    double sum = 0.0;
    for (const Point& point : points) {
        window.push_back(point);
        sum += point.value;
        while (window.front().date.daysTo(point.date) >= days) {
            sum -= window.front().value;
            window.pop_front();
        }
        means.push_back({point.date, sum / static_cast<double>(window.size())});
    }
    return means;
}

SymptomChartData SymptomChartData::build(const std::vector<DiaryEntry>& entries,
                                         const std::vector<SymptomDefinition>& symptoms, QDate from, QDate to)
{
    SymptomChartData data;
    std::vector<const DiaryEntry*> days;
    for (const DiaryEntry& entry : entries) {
        if ((!from.isValid() || entry.date >= from) && (!to.isValid() || entry.date <= to)) {
            days.push_back(&entry);
        }
    }
    data.from = from.isValid() ? from : (days.empty() ? QDate() : days.front()->date);
    data.to = to.isValid() ? to : (days.empty() ? QDate() : days.back()->date);

    for (const SymptomDefinition& symptom : symptoms) {
        SymptomSeries series{symptom, {}, {}};
        for (const DiaryEntry* day : days) {
            const auto score = day->symptomScores.find(symptom.name);
            if (score != day->symptomScores.end()) {
                series.scores.push_back({day->date, static_cast<double>(score->second)});
            }
        }
        series.rollingMean = rollingMean(series.scores, kRollingDays);
        data.symptoms.push_back(std::move(series));
    }

    std::optional<Dose> lastDose;
    for (const DiaryEntry* day : days) {
        if (day->status == DoseStatus::Missed) {
            data.missedDoses.push_back({day->date, QStringLiteral("missed dose")});
        } else {
            data.dose.push_back({day->date, day->dose.milligrams()});
            if (lastDose && *lastDose != day->dose) {
                data.doseChanges.push_back({day->date, *lastDose, day->dose});
            }
            lastDose = day->dose;
        }
        for (const auto& [name, severity] : day->sideEffects) {
            if (severity > 0) {
                data.sideEffects.push_back({day->date, QStringLiteral("%1 %2").arg(name).arg(severity)});
            }
        }
        for (const QString& event : day->events) {
            data.events.push_back({day->date, event});
        }
    }
    return data;
}

} // namespace ldn
