#include "cli/BackupCommand.h"

#include "cli/ArgumentList.h"
#include "cli/CommandContext.h"
#include "cli/OptionParsing.h"
#include "services/DiarySession.h"
#include "services/ExchangeService.h"
#include "storage/db/Database.h"
#include "storage/exchange/DatabaseBackup.h"

#include <QLocale>

namespace ldn {

QString BackupCommand::name() const
{
    return QStringLiteral("backup");
}

QString BackupCommand::summary() const
{
    return QStringLiteral("copy the whole diary database (rotating backups, or to a file)");
}

QString BackupCommand::usage() const
{
    return QStringLiteral(
               "backup [--out FILE | --list] [--keep N]\n"
               "\n"
               "  (no option)  a new backup in the \"backups\" folder beside the diary; only the\n"
               "               newest N are kept (default %1)\n"
               "  --out FILE   a copy at FILE instead (replaced atomically; readable only by you)\n"
               "  --list       the backups in the backup folder, newest first\n")
        .arg(DatabaseBackup::kDefaultKeep);
}

void BackupCommand::run(ArgumentList& arguments, CommandContext& context)
{
    const std::optional<QString> out = arguments.takeOption(QStringLiteral("--out"));
    const std::optional<QString> keep = arguments.takeOption(QStringLiteral("--keep"));
    const bool list = arguments.takeFlag(QStringLiteral("--list"));
    arguments.expectEmpty(name());
    ExchangeService& exchange = context.session().exchangeService();
    const QString folder = exchange.backupFolder();
    if (list) {
        const std::vector<BackupFile> backups = DatabaseBackup::list(folder);
        if (backups.empty()) {
            context.out() << "No backups in " << folder << " yet.\n";
        }
        for (const BackupFile& backup : backups) {
            context.out() << backup.madeAt.toString(Qt::ISODate) << "  "
                          << QLocale::c().formattedDataSize(backup.bytes) << "  " << backup.path << "\n";
        }
        return;
    }
    if (out) {
        exchange.backUpTo(*out);
        context.out() << "Backed up the diary to " << *out << ".\n";
        return;
    }
    const int count =
        keep ? static_cast<int>(OptionParsing::wholeNumber(*keep, QStringLiteral("--keep"), 1, 1000))
             : DatabaseBackup::kDefaultKeep;
    const QString path = exchange.backUp(0, count);
    context.out() << "Backed up the diary to " << path << ".\n";
}

} // namespace ldn
