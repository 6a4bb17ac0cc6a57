#pragma once

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace ldn::bench {

// Times each measured step several times and writes min / median / max, the target, and the
// ratio to a floor where there is one, as JSON and as a Markdown table.
class BenchmarkRecorder {
public:
    struct Result {
        QString name;
        QString unit; // "ms" or "MB"
        double minimum = 0;
        double median = 0;
        double maximum = 0;
        std::optional<double> target;     // in `unit`
        std::optional<QString> floorName; // another result this one is compared with
        // The median of this program's time over the floor's, run in pairs; when absent the ratio
        // is of the two medians.
        std::optional<double> floorRatio;
        QString note;
        int runs = 0; // how many times it was measured; 0: the recorder's usual number
    };

    explicit BenchmarkRecorder(int runs);

    // Runs `work` `runs` times (after one warm-up run) and records its wall times.
    Result& time(const QString& name, const std::function<void()>& work, std::optional<double> targetMs = {});
    Result& record(Result result);
    const Result* find(const QString& name) const;
    // How many times the floor's time `result` took, when it has a floor.
    std::optional<double> ratioToFloor(const Result& result) const;

    void write(const QString& folder, const QString& machine, bool quick) const;
    QString markdown() const;

private:
    int m_runs;
    std::vector<Result> m_results;
};

} // namespace ldn::bench
