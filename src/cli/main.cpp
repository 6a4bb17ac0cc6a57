#include "cli/CommandLineTool.h"
#include "cli/ReportCommand.h"
#include "cli/TrialCommand.h"
#include "storage/db/DataLocation.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int index = 1; index < argc; ++index) {
        arguments << QString::fromLocal8Bit(argv[index]);
    }
    // The report paints a PDF, which needs a QGuiApplication (fonts); a command-line tool must never
    // need a display, so without a choice of platform it uses the offscreen one. Every other command
    // keeps the plain QCoreApplication, which starts faster and prints nothing of its own.
    std::unique_ptr<QCoreApplication> application;
    if (ldn::ReportCommand::isRequestedBy(arguments) || ldn::TrialCommand::paintsPdf(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    ldn::DataLocation::applyApplicationNames();

    QTextStream out(stdout);
    QTextStream err(stderr);
    arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return ldn::CommandLineTool().run(arguments, out, err);
}
