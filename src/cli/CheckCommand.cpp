#include "cli/CheckCommand.h"

#include "cli/ArgumentList.h"
#include "cli/CommandContext.h"
#include "report/ReportFormat.h"
#include "storage/db/Database.h"
#include "storage/db/SchemaMigrator.h"
#include "storage/db/StorageError.h"

namespace ldn {

QString CheckCommand::name() const
{
    return QStringLiteral("check");
}

QString CheckCommand::summary() const
{
    return QStringLiteral("check the diary database for damage and show its schema version");
}

QString CheckCommand::usage() const
{
    return QStringLiteral("check\n");
}

void CheckCommand::run(ArgumentList& arguments, CommandContext& context)
{
    arguments.expectEmpty(name());
    Database& database = context.database();
    const QStringList problems = database.integrityProblems();
    context.out() << "Database: " << database.path() << "\n"
                  << "Schema version: " << database.schemaVersion() << " (latest "
                  << SchemaMigrator::latestVersion() << ")\n";
    if (problems.isEmpty()) {
        context.out() << "Integrity: ok\n";
        return;
    }
    context.out() << "Integrity: "
                  << ReportFormat::plural(static_cast<int>(problems.size()), QStringLiteral("problem"),
                                          QStringLiteral("problems"))
                  << "\n";
    for (const QString& problem : problems) {
        context.out() << "  " << problem << "\n";
    }
    throw StorageError(QStringLiteral("%1 failed the integrity check").arg(database.path()), 0,
                       StorageError::Kind::BadData);
}

} // namespace ldn
