#include "cli/ImportCommand.h"

#include "cli/ArgumentList.h"
#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "core/base/InputError.h"
#include "core/exchange/CsvDateFormat.h"
#include "core/exchange/CsvImportChoices.h"
#include "report/ReportFormat.h"
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
        "import FILE [--format json|csv] [--profile NAME] [--date-format iso|uk|us|excel] [--confirm-dose]\n"
        "            [--map COLUMN=FIELD]... [--scale SYMPTOM=MIN-MAX]... [--higher-is-better SYMPTOM]...\n"
        "            [--higher-is-worse SYMPTOM]...\n"
        "\n"
        "  --format json     a backup from `export --format json` (the default for .json files).\n"
        "                    Its profiles are added; a profile name already in use is refused.\n"
        "                    --profile NAME imports a one-profile backup under that name.\n"
        "  --format csv      a spreadsheet diary (the default for .csv files) into the existing\n"
        "                    profile --profile NAME. Columns are recognised by their headers;\n"
        "                    Daylio exports and files with a row per measurement (Bearable) are\n"
        "                    recognised and turned into days; days already in the diary are\n"
        "                    refused, never replaced.\n"
        "  --date-format F   for CSV: iso (2025-03-14), uk (14/03/2025), us (03/14/2025) or excel\n"
        "                    (day numbers such as 45730); needed when the dates fit both uk and us\n"
        "  --map COLUMN=FIELD  for CSV: what a column holds. COLUMN is its header or its number\n"
        "                    from 1; FIELD is date, datetime, dose, missed, time, formulation,\n"
        "                    pharmacy, batch, side_effects, events, note, ignore, symptom (named\n"
        "                    after the header) or symptom:NAME\n"
        "  --scale SYMPTOM=MIN-MAX  for CSV: the symptom is scored MIN to MAX in the file (1-5,\n"
        "                    0-100; 0-10 to say it is the diary's scale); its scores are converted\n"
        "                    to 0-10 (MIN becomes 0, MAX becomes 10, rounded)\n"
        "  --higher-is-better SYMPTOM, --higher-is-worse SYMPTOM  for CSV: the direction of a\n"
        "                    symptom the import adds (guessed from its name otherwise)\n"
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
    const QStringList maps = arguments.takeAllOptions(QStringLiteral("--map"));
    const QStringList scales = arguments.takeAllOptions(QStringLiteral("--scale"));
    const QStringList better = arguments.takeAllOptions(QStringLiteral("--higher-is-better"));
    const QStringList worse = arguments.takeAllOptions(QStringLiteral("--higher-is-worse"));
    arguments.expectEmpty(name());
    const bool csvOptions = !maps.isEmpty() || !scales.isEmpty() || !better.isEmpty() || !worse.isEmpty();
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
        if (dateFormatText || confirmDose || csvOptions) {
            throw UsageError(
                QStringLiteral("import: --date-format, --confirm-dose, --map, --scale, --higher-is-better "
                               "and --higher-is-worse are for CSV files"));
        }
        const DiaryArchiveImportResult result =
            context.session().exchangeService().importBackup(*file, profile.value_or(QString()));
        context.out() << "Imported "
                      << ReportFormat::plural(static_cast<int>(result.profiles.size()),
                                              QStringLiteral("profile"), QStringLiteral("profiles"))
                      << " (" << result.profiles.join(QStringLiteral(", ")) << ") with "
                      << ReportFormat::plural(result.days, QStringLiteral("day"), QStringLiteral("days"))
                      << " from " << *file << ".\n";
        return;
    }

    if (!profile) {
        throw UsageError(
            QStringLiteral("import: a CSV file goes into a profile; say which with --profile NAME"));
    }
    const CsvImportChoices choices =
        CsvImportChoices::fromOptions(maps, scales, better, worse, dateFormatText);
    const Profile person = context.requireProfile(profile, name());
    DiaryCsvImporter::FileImport result;
    try {
        result =
            context.session().exchangeService().importSpreadsheet(*file, person.id, choices, confirmDose);
    } catch (const InputError& error) {
        // The importer words its questions for any caller; here the answer is an option.
        QString problem = error.problem();
        problem.replace(QStringLiteral("(confirm unusual doses to import them)"),
                        QStringLiteral("(add --confirm-dose to import them)"));
        if (problem.contains(QStringLiteral("day first or month first"))) {
            problem += QStringLiteral(" (--date-format uk or --date-format us)");
        }
        if (problem.contains(QStringLiteral("only once you confirm it")) ||
            problem.contains(QStringLiteral("say whether"))) {
            problem +=
                QStringLiteral(" (--scale SYMPTOM=MIN-MAX, or --map COLUMN=ignore to leave the column out)");
        }
        throw InputError(error.location(), problem);
    }
    if (!result.preset.isEmpty()) {
        context.out() << result.preset << "\n";
    }
    context.out() << "Imported "
                  << ReportFormat::plural(result.days, QStringLiteral("day"), QStringLiteral("days"))
                  << " into \"" << person.name << "\" from " << *file << " (dates read as "
                  << displayName(result.dateFormat) << ").\n";
    for (const QString& converted : result.convertedScales) {
        context.out() << "  " << converted << "\n";
    }
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
