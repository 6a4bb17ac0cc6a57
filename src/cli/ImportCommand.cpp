#include "cli/ImportCommand.h"

#include "cli/ArgumentList.h"
#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "core/base/InputError.h"
#include "core/exchange/CsvDateFormat.h"
#include "services/DiarySession.h"
#include "services/ExchangeService.h"
#include "storage/exchange/DiaryArchiveImporter.h"
#include "storage/exchange/DiaryCsvImporter.h"

#include <QFileInfo>

namespace ldn {

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::summary() const
{
    return QStringLiteral("bring in a backup (JSON) as new profiles, or a spreadsheet diary (CSV)");
}

QString ImportCommand::usage() const
{
    return QStringLiteral(
        "import FILE [--format json|csv] [--profile NAME] [--date-format iso|uk|us] [--confirm-dose]\n"
        "\n"
        "  --format json     a backup from `export --format json` (the default for .json files).\n"
        "                    Its profiles are added; a profile name already in use is refused.\n"
        "                    --profile NAME imports a one-profile backup under that name.\n"
        "  --format csv      one row per day (the default for .csv files) into the existing\n"
        "                    profile --profile NAME. Columns are recognised by their headers;\n"
        "                    days already in the diary are refused, never replaced.\n"
        "  --date-format F   for CSV: iso (2025-03-14), uk (14/03/2025) or us (03/14/2025);\n"
        "                    needed when the dates fit both uk and us\n"
        "  --confirm-dose    for CSV: accept doses outside 0.1-10 mg\n"
        "\n"
        "The file is checked whole first; any problem is reported as FILE:LINE and nothing is\n"
        "imported.\n");
}

void ImportCommand::run(ArgumentList& arguments, CommandContext& context)
{
    const std::optional<QString> file = arguments.takePositional();
    const std::optional<QString> format = arguments.takeOption(QStringLiteral("--format"));
    const std::optional<QString> profile = arguments.takeOption(QStringLiteral("--profile"));
    const std::optional<QString> dateFormatText = arguments.takeOption(QStringLiteral("--date-format"));
    const bool confirmDose = arguments.takeFlag(QStringLiteral("--confirm-dose"));
    arguments.expectEmpty(name());
    if (!file) {
        throw UsageError(QStringLiteral("import: say which FILE to import"));
    }
    const QString suffix = QFileInfo(*file).suffix().toLower();
    const QString kind =
        format.value_or(suffix == QLatin1String("csv") ? QStringLiteral("csv") : QStringLiteral("json"));
    if (kind != QLatin1String("json") && kind != QLatin1String("csv")) {
        throw UsageError(QStringLiteral("import: --format must be json or csv (got \"%1\")").arg(kind));
    }

    if (kind == QLatin1String("json")) {
        if (dateFormatText || confirmDose) {
            throw UsageError(QStringLiteral("import: --date-format and --confirm-dose are for CSV files"));
        }
        const DiaryArchiveImportResult result =
            context.session().exchangeService().importBackup(*file, profile.value_or(QString()));
        context.out() << "Imported " << result.profiles.size() << " profile(s) ("
                      << result.profiles.join(QStringLiteral(", ")) << ") with " << result.days
                      << " day(s) from " << *file << ".\n";
        return;
    }

    if (!profile) {
        throw UsageError(
            QStringLiteral("import: a CSV file goes into a profile; say which with --profile NAME"));
    }
    std::optional<CsvDateFormat> dateFormat;
    if (dateFormatText) {
        dateFormat = csvDateFormatFromText(*dateFormatText);
        if (!dateFormat) {
            throw InputError(QStringLiteral("--date-format"),
                             QStringLiteral("\"%1\" is not one of iso, uk, us").arg(*dateFormatText));
        }
    }
    const Profile person = context.requireProfile(profile, name());
    DiaryCsvImporter::FileImport result;
    try {
        result =
            context.session().exchangeService().importSpreadsheet(*file, person.id, dateFormat, confirmDose);
    } catch (const InputError& error) {
        // The importer words its questions for any caller; here the answer is an option.
        QString problem = error.problem();
        problem.replace(QStringLiteral("(confirm unusual doses to import them)"),
                        QStringLiteral("(add --confirm-dose to import them)"));
        if (problem.contains(QStringLiteral("day first or month first"))) {
            problem += QStringLiteral(" (--date-format uk or --date-format us)");
        }
        throw InputError(error.location(), problem);
    }
    context.out() << "Imported " << result.days << " day(s) into \"" << person.name << "\" from " << *file
                  << " (dates read as " << displayName(result.dateFormat) << ").\n";
    for (const SymptomDefinition& symptom : result.createdSymptoms) {
        context.out() << "  new symptom: " << symptom.name
                      << (symptom.higherIsBetter ? " (higher is better)" : " (higher is worse)") << "\n";
    }
    if (!result.ignoredColumns.isEmpty()) {
        context.out() << "  columns not imported: " << result.ignoredColumns.join(QStringLiteral(", "))
                      << "\n";
    }
}

} // namespace ldn
