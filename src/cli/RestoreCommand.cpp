#include "cli/RestoreCommand.h"

#include "cli/ArgumentList.h"
#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "services/DiarySession.h"
#include "services/ExchangeService.h"
#include "storage/db/Database.h"

namespace ldn {

QString RestoreCommand::name() const
{
    return QStringLiteral("restore");
}

QString RestoreCommand::summary() const
{
    return QStringLiteral("replace the diary with a database backup (the current state is backed up first)");
}

QString RestoreCommand::usage() const
{
    return QStringLiteral("restore FILE\n"
                          "\n"
                          "  FILE  a database backup (from `backup` or the backups folder). It is checked\n"
                          "        first; the diary as it is now is saved to the backups folder, so the\n"
                          "        restore can be undone with another restore. A JSON backup is brought\n"
                          "        in with `import` instead.\n");
}

void RestoreCommand::run(ArgumentList& arguments, CommandContext& context)
{
    const std::optional<QString> file = arguments.takePositional();
    arguments.expectEmpty(name());
    if (!file) {
        throw UsageError(QStringLiteral("restore: say which backup FILE to restore"));
    }
    const QString safety = context.session().exchangeService().restore(*file);
    context.out() << "Restored the diary from " << *file << ". The diary as it was before is saved as "
                  << safety << ".\n";
}

} // namespace ldn
