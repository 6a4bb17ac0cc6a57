#include "cli/EvidenceCommand.h"

#include "cli/ArgumentList.h"
#include "cli/CommandContext.h"
#include "cli/EvidenceOutput.h"
#include "cli/OptionParsing.h"
#include "cli/UsageError.h"
#include "core/evidence/SummaryOfFindings.h"
#include "report/ReportFormat.h"
#include "services/DiarySession.h"
#include "services/EvidenceService.h"
#include "storage/evidence/EvidenceImporter.h"
#include "storage/evidence/EvidencePackInstaller.h"
#include "storage/evidence/EvidenceRepository.h"
#include "storage/evidence/EvidenceSearch.h"

#include <QFileInfo>

namespace ldn {
namespace {

QString requirePositional(ArgumentList& arguments, const QString& command, const QString& what)
{
    const std::optional<QString> value = arguments.takePositional();
    if (!value || value->trimmed().isEmpty()) {
        throw UsageError(QStringLiteral("%1: %2 is required").arg(command, what));
    }
    return *value;
}

// The rest of the words, so `evidence condition Crohn's disease` works without quotes.
QString remainingWords(ArgumentList& arguments, const QString& command, const QString& what)
{
    QStringList words{requirePositional(arguments, command, what)};
    while (const std::optional<QString> word = arguments.takePositional()) {
        words << *word;
    }
    return words.join(QLatin1Char(' '));
}

void printImport(const QString& path, const EvidenceFileImport& import, QTextStream& out)
{
    const EvidenceImportResult& result = import.result;
    out << "Imported " << QFileInfo(path).fileName() << " (" << displayName(import.format) << "): ";
    out << ReportFormat::plural(static_cast<int>(result.sourcesAdded), QStringLiteral("source"),
                                QStringLiteral("sources"))
        << " added, " << result.sourcesAlreadyPresent << " already in the library";
    if (result.sourcesMerged > 0) {
        out << " (" << result.sourcesMerged << " of them given identifiers they lacked)";
    }
    if (import.format == EvidenceFileFormat::EvidencePack) {
        out << "; "
            << ReportFormat::plural(static_cast<int>(result.claimsAdded), QStringLiteral("finding"),
                                    QStringLiteral("findings"))
            << " added, " << result.claimsAlreadyPresent << " already present";
        out << "; "
            << ReportFormat::plural(static_cast<int>(result.gradesAdded), QStringLiteral("grade"),
                                    QStringLiteral("grades"))
            << " added, " << result.gradesAlreadyPresent << " already present";
        if (result.conditionsAdded > 0) {
            out << "; "
                << ReportFormat::plural(static_cast<int>(result.conditionsAdded),
                                        QStringLiteral("new condition"), QStringLiteral("new conditions"));
        }
    }
    out << ".\n";
    if (!import.skipped.empty()) {
        out << "Skipped "
            << ReportFormat::plural(static_cast<int>(import.skipped.size()), QStringLiteral("record"),
                                    QStringLiteral("records"))
            << " that cannot be imported:\n";
        for (const ReferenceIssue& issue : import.skipped) {
            out << "  " << issue.message() << "\n";
        }
    }
    if (!import.shortened.empty()) {
        out << "Imported with a field shortened or left out (" << import.shortened.size() << "):\n";
        for (const ReferenceIssue& issue : import.shortened) {
            out << "  " << issue.message() << "\n";
        }
    }
    if (import.format != EvidenceFileFormat::EvidencePack && result.sourcesAdded > 0) {
        out << "Imported references are unclassified: they are not counted in any summary until their study "
               "design is set.\n";
    }
}

} // namespace

QString EvidenceCommand::name() const
{
    return QStringLiteral("evidence");
}

QString EvidenceCommand::summary() const
{
    return QStringLiteral("the evidence library: search, condition summaries, import and export");
}

QString EvidenceCommand::usage() const
{
    return QStringLiteral(
        "evidence search QUERY [--limit N] [--json]\n"
        "evidence condition NAME [--json]\n"
        "evidence list [--json]\n"
        "evidence import FILE [--strict]\n"
        "evidence export FILE\n"
        "\n"
        "  search     conditions, claims and sources matching QUERY (each word may be the start of a word)\n"
        "  condition  the summary of findings for a condition (any of its names), its claims and sources,\n"
        "             and personal reports apart\n"
        "  list       every condition with its category and what kind of evidence the library holds\n"
        "  import     add references from a CSL-JSON (.json), RIS (.ris) or PubMed MEDLINE (.nbib) file,\n"
        "             or the entries of an evidence pack, as your own. Every record that can be a source\n"
        "             is imported and each skipped one is listed with FILE:LINE and the reason; a file\n"
        "             with no such record is refused (exit 2). --strict refuses the whole file when\n"
        "             any record would be skipped or shortened. An evidence pack is refused whole.\n"
        "  export     write your own sources, claims and grades as an evidence pack\n");
}

void EvidenceCommand::run(ArgumentList& arguments, CommandContext& context)
{
    const std::optional<QString> action = arguments.takePositional();
    if (action == QLatin1String("search")) {
        const bool asJson = arguments.takeFlag(QStringLiteral("--json"));
        const std::optional<QString> limitText = arguments.takeOption(QStringLiteral("--limit"));
        const int limit =
            limitText
                ? static_cast<int>(OptionParsing::wholeNumber(*limitText, QStringLiteral("--limit"), 1, 1000))
                : EvidenceSearch::kDefaultLimit;
        const QString query =
            remainingWords(arguments, QStringLiteral("evidence search"), QStringLiteral("QUERY"));
        arguments.expectEmpty(QStringLiteral("evidence search"));
        EvidencePackInstaller::installBundled(context.database());
        const EvidenceSearchResults results = EvidenceSearch(context.database()).search(query, limit);
        if (asJson) {
            context.out() << QString::fromStdString(EvidenceOutput::searchJson(query, results).dump(2))
                          << "\n";
        } else {
            EvidenceOutput::printSearch(query, results, context.out());
        }
    } else if (action == QLatin1String("condition")) {
        const bool asJson = arguments.takeFlag(QStringLiteral("--json"));
        const QString name =
            remainingWords(arguments, QStringLiteral("evidence condition"), QStringLiteral("NAME"));
        arguments.expectEmpty(QStringLiteral("evidence condition"));
        EvidencePackInstaller::installBundled(context.database());
        EvidenceRepository repository(context.database());
        const Condition condition = repository.requireCondition(name, QStringLiteral("NAME"));
        const ConditionEvidence evidence = repository.conditionEvidence(condition.id);
        const SummaryOfFindings summary = SummaryOfFindings::build(evidence.claims, evidence.grades);
        if (asJson) {
            context.out() << QString::fromStdString(EvidenceOutput::conditionJson(evidence, summary).dump(2))
                          << "\n";
        } else {
            EvidenceOutput::printCondition(evidence, summary, context.out());
        }
    } else if (action == QLatin1String("list")) {
        const bool asJson = arguments.takeFlag(QStringLiteral("--json"));
        arguments.expectEmpty(QStringLiteral("evidence list"));
        EvidencePackInstaller::installBundled(context.database());
        EvidenceRepository repository(context.database());
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const Condition& condition : repository.conditions()) {
            const ConditionEvidence evidence = repository.conditionEvidence(condition.id);
            const EvidenceStatus status = SummaryOfFindings::build(evidence.claims, evidence.grades).status();
            if (asJson) {
                array.push_back({{"name", condition.name.toStdString()},
                                 {"category", toStorageText(condition.category).toStdString()},
                                 {"evidence_status", toStorageText(status).toStdString()}});
            } else {
                context.out() << condition.name << " (" << displayName(condition.category)
                              << "): " << displayName(status) << "\n";
            }
        }
        if (asJson) {
            context.out() << QString::fromStdString(array.dump(2)) << "\n";
        }
    } else if (action == QLatin1String("import")) {
        const bool strict = arguments.takeFlag(QStringLiteral("--strict"));
        const QString path =
            requirePositional(arguments, QStringLiteral("evidence import"), QStringLiteral("FILE"));
        arguments.expectEmpty(QStringLiteral("evidence import"));
        // Read and checked before the bundled pack is installed, so a refused file changes nothing.
        const EvidenceFileRead read = EvidenceImporter::readFile(path, strict);
        EvidencePackInstaller::installBundled(context.database());
        const EvidenceFileImport import = context.session().evidenceService().importRead(read);
        printImport(path, import, context.out());
    } else if (action == QLatin1String("export")) {
        const QString path =
            requirePositional(arguments, QStringLiteral("evidence export"), QStringLiteral("FILE"));
        arguments.expectEmpty(QStringLiteral("evidence export"));
        EvidencePackInstaller::installBundled(context.database());
        const EvidencePack pack = context.session().evidenceService().exportFile(path);
        context.out() << "Exported "
                      << ReportFormat::plural(static_cast<int>(pack.sources.size()), QStringLiteral("source"),
                                              QStringLiteral("sources"))
                      << ", "
                      << ReportFormat::plural(static_cast<int>(pack.claims.size()), QStringLiteral("finding"),
                                              QStringLiteral("findings"))
                      << " and "
                      << ReportFormat::plural(static_cast<int>(pack.grades.size()), QStringLiteral("grade"),
                                              QStringLiteral("grades"))
                      << " to " << path << ".\n";
    } else {
        throw UsageError(QStringLiteral("evidence: say search, condition, list, import or export"));
    }
}

} // namespace ldn
