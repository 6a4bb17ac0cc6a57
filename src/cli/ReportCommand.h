#pragma once

#include "cli/Command.h"

#include <QStringList>

namespace ldn {

// `report`: the GP summary PDF (GpReportBuilder + GpReportWriter), the same file the desktop app
// saves. Painting text needs a QGuiApplication; main() makes one, on a platform that needs no
// display, when this command is asked for.
class ReportCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    void run(ArgumentList& arguments, CommandContext& context) override;

    // True when a command line (without the program name) runs `report`, which needs a
    // QGuiApplication (as TrialCommand::paintsPdf's do); the others keep the lighter
    // QCoreApplication.
    static bool isRequestedBy(const QStringList& arguments);
};

} // namespace ldn
