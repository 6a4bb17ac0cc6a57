#include "cli/CommandLineTool.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LDN Tracker"));
    QCoreApplication::setApplicationName(QStringLiteral("LDN Tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LDN_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return ldn::CommandLineTool().run(arguments, out, err);
}
