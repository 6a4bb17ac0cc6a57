#include "CliRun.h"

#include "cli/CommandLineTool.h"

#include <QTextStream>

namespace ldn::test {

CliRun CliRun::of(const QStringList& arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = CommandLineTool().run(arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

CliRun CliRun::on(const QString& databasePath, QStringList arguments)
{
    arguments.prepend(databasePath);
    arguments.prepend(QStringLiteral("--db"));
    return of(arguments);
}

} // namespace ldn::test
