#include "cli/ExportCommand.h"

#include "cli/ArgumentList.h"
#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "core/exchange/DiaryExport.h"
#include "report/ReportFormat.h"
#include "storage/db/OwnerOnlyFile.h"
#include "storage/exchange/DiaryArchiveReader.h"

namespace ldn {

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return QStringLiteral("write a profile or the whole diary as a backup (JSON), CSV or FHIR R4");
}

QString ExportCommand::usage() const
{
    return QStringLiteral("export --format json|csv|fhir --out FILE [--profile NAME]\n"
                          "\n"
                          "  --format json   a full backup (docs/formats.md); without --profile, every\n"
                          "                  profile plus your own library entries and settings\n"
                          "  --format csv    one row per day, for a spreadsheet (needs --profile)\n"
                          "  --format fhir   a FHIR R4 Bundle for health-record systems (needs --profile)\n"
                          "  --out FILE      replaced atomically; readable only by you\n");
}

void ExportCommand::run(ArgumentList& arguments, CommandContext& context)
{
    const std::optional<QString> format = arguments.takeOption(QStringLiteral("--format"));
    const std::optional<QString> out = arguments.takeOption(QStringLiteral("--out"));
    const std::optional<QString> profile = arguments.takeOption(QStringLiteral("--profile"));
    arguments.expectEmpty(name());
    if (!format) {
        throw UsageError(QStringLiteral("export: --format json|csv|fhir is required"));
    }
    if (!out || out->isEmpty()) {
        throw UsageError(QStringLiteral("export: --out FILE is required"));
    }
    const std::optional<DiaryExport::Format> exportFormat = DiaryExport::formatNamed(*format);
    if (!exportFormat) {
        throw UsageError(
            QStringLiteral("export: --format must be json, csv or fhir (got \"%1\")").arg(*format));
    }
    if (DiaryExport::needsOneProfile(*exportFormat) && !profile) {
        throw UsageError(QStringLiteral("export: --format %1 needs --profile NAME").arg(*format));
    }

    DiaryArchiveReader reader(context.database());
    const DiaryArchive archive = profile ? reader.readProfile(*profile) : reader.readDatabase();
    const QByteArray contents = DiaryExport::contents(archive, *exportFormat);
    OwnerOnlyFile::write(*out, contents);

    int days = 0;
    for (const ArchivedProfile& person : archive.profiles) {
        days += static_cast<int>(person.days.size());
    }
    context.out() << "Exported "
                  << ReportFormat::plural(static_cast<int>(archive.profiles.size()),
                                          QStringLiteral("profile"), QStringLiteral("profiles"))
                  << ", " << ReportFormat::plural(days, QStringLiteral("day"), QStringLiteral("days"))
                  << " as " << *format << " to " << *out << ".\n";
}

} // namespace ldn
