#pragma once

#include <QString>
#include <QStringList>

namespace ldn::test {

// What one in-process run of ldn-tracker-cli printed and returned. The same CommandLineTool the
// binary runs, without starting a process, so CLI tests stay fast.
struct CliRun {
    int code = -1;
    QString out;
    QString err;

    static CliRun of(const QStringList& arguments);
    // The same, with `--db PATH` in front.
    static CliRun on(const QString& databasePath, QStringList arguments);
};

} // namespace ldn::test
