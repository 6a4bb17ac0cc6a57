#pragma once

#include <QString>
#include <QStringList>

namespace ldn::bench {

// Runs a program to completion and reports its wall time and peak resident memory (from the
// kernel's rusage of the child), which QProcess cannot give.
struct MeasuredProcess {
    int exitCode = -1;
    double milliseconds = 0.0;
    double peakMegabytes = 0.0;

    static MeasuredProcess run(const QString& program, const QStringList& arguments, bool quietOutput = true);
};

} // namespace ldn::bench
