#include "cli/CommandLineTool.h"
#include "storage/DataLocation.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    ldn::DataLocation::applyApplicationNames();

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return ldn::CommandLineTool().run(arguments, out, err);
}
