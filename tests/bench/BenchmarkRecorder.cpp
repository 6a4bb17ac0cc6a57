#include "BenchmarkRecorder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>

namespace ldn::bench {

BenchmarkRecorder::BenchmarkRecorder(int runs)
    : m_runs(runs)
{}

BenchmarkRecorder::Result& BenchmarkRecorder::time(const QString& name, const std::function<void()>& work,
                                                   std::optional<double> targetMs)
{
    work(); // warm-up: first-touch costs (page cache, lazy init) are not what is measured
    std::vector<double> times;
    for (int run = 0; run < m_runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    Result result;
    result.name = name;
    result.unit = QStringLiteral("ms");
    result.minimum = times.front();
    result.median = times[times.size() / 2];
    result.maximum = times.back();
    result.target = targetMs;
    return record(result);
}

BenchmarkRecorder::Result& BenchmarkRecorder::record(Result result)
{
    m_results.push_back(std::move(result));
    return m_results.back();
}

const BenchmarkRecorder::Result* BenchmarkRecorder::find(const QString& name) const
{
    for (const Result& result : m_results) {
        if (result.name == name) {
            return &result;
        }
    }
    return nullptr;
}

std::optional<double> BenchmarkRecorder::ratioToFloor(const Result& result) const
{
    if (result.floorRatio) {
        return result.floorRatio;
    }
    if (result.floorName) {
        if (const Result* floor = find(*result.floorName); floor && floor->median > 0) {
            return result.median / floor->median;
        }
    }
    return std::nullopt;
}

QString BenchmarkRecorder::markdown() const
{
    QString text = QStringLiteral(
        "| measurement | min | median | max | target | vs floor |\n|---|---|---|---|---|---|\n");
    for (const Result& result : m_results) {
        QString ratio;
        if (const std::optional<double> value = ratioToFloor(result)) {
            ratio = QStringLiteral("%1× %2").arg(*value, 0, 'f', 2).arg(*result.floorName);
        }
        const auto number = [&](double value) {
            return QStringLiteral("%1 %2").arg(value, 0, 'f', value < 10 ? 2 : 1).arg(result.unit);
        };
        text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                    .arg(result.name + (result.note.isEmpty()
                                            ? QString()
                                            : QStringLiteral(" (") + result.note + QLatin1Char(')')),
                         number(result.minimum), number(result.median), number(result.maximum),
                         result.target ? QStringLiteral("< ") + number(*result.target) : QStringLiteral("–"),
                         ratio);
    }
    return text;
}

void BenchmarkRecorder::write(const QString& folder, const QString& machine, bool quick) const
{
    QDir().mkpath(folder);
    nlohmann::json results = nlohmann::json::array();
    for (const Result& result : m_results) {
        nlohmann::json item = {{"name", result.name.toStdString()},
                               {"unit", result.unit.toStdString()},
                               {"min", result.minimum},
                               {"median", result.median},
                               {"max", result.maximum},
                               {"runs", result.runs > 0 ? result.runs : m_runs},
                               {"note", result.note.toStdString()}};
        item["target"] = result.target ? nlohmann::json(*result.target) : nlohmann::json(nullptr);
        item["floor"] =
            result.floorName ? nlohmann::json(result.floorName->toStdString()) : nlohmann::json(nullptr);
        const std::optional<double> ratio = ratioToFloor(result);
        item["ratio_to_floor"] = ratio ? nlohmann::json(*ratio) : nlohmann::json(nullptr);
        item["meets_target"] =
            result.target ? nlohmann::json(result.median < *result.target) : nlohmann::json(nullptr);
        results.push_back(item);
    }
    const nlohmann::json document = {
        {"date", QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()},
        {"machine", machine.toStdString()},
        {"quick", quick},
        {"results", results}};
    QFile json(QDir(folder).filePath(QStringLiteral("results.json")));
    if (json.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        json.write(QByteArray::fromStdString(document.dump(2)));
    }
    QFile table(QDir(folder).filePath(QStringLiteral("results.md")));
    if (table.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        table.write(markdown().toUtf8());
    }
}

} // namespace ldn::bench
