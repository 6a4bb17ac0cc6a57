#include "cli/CommandLineTool.h"

#include "cli/AnalyzeCommand.h"
#include "cli/ArgumentList.h"
#include "cli/BackupCommand.h"
#include "cli/CheckCommand.h"
#include "cli/CommandContext.h"
#include "cli/DemoCommand.h"
#include "cli/EvidenceCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/LogCommand.h"
#include "cli/MedicationCommand.h"
#include "cli/PlanCommand.h"
#include "cli/ProfileCommand.h"
#include "cli/ReportCommand.h"
#include "cli/RestoreCommand.h"
#include "cli/SymptomCommand.h"
#include "cli/TrialCommand.h"
#include "cli/UsageError.h"
#include "core/base/InputError.h"
#include "storage/db/StorageError.h"

#include <exception>

namespace ldn {

CommandLineTool::CommandLineTool()
{
    m_commands.push_back(std::make_unique<ProfileCommand>());
    m_commands.push_back(std::make_unique<LogCommand>());
    m_commands.push_back(std::make_unique<PlanCommand>());
    m_commands.push_back(std::make_unique<SymptomCommand>());
    m_commands.push_back(std::make_unique<MedicationCommand>());
    m_commands.push_back(std::make_unique<TrialCommand>());
    m_commands.push_back(std::make_unique<AnalyzeCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<EvidenceCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
}

CommandLineTool::~CommandLineTool() = default;

Command* CommandLineTool::find(const QString& name) const
{
    for (const std::unique_ptr<Command>& command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

QString CommandLineTool::help() const
{
    QString text =
        QStringLiteral("Usage: %1 [--db PATH] COMMAND [OPTIONS]\n"
                       "\n"
                       "LDN Tracker: a low-dose naltrexone diary and evidence library, on the command line.\n"
                       "\n"
                       "Commands:\n")
            .arg(programName());
    for (const std::unique_ptr<Command>& command : m_commands) {
        text += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(10), command->summary());
    }
    text += QStringLiteral("\n"
                           "Options:\n"
                           "  --db PATH   the diary database (default: the application data folder)\n"
                           "  --help      show this help, or a command's help after its name\n"
                           "  --version   show the version\n"
                           "\n"
                           "Exit codes: 0 success, 1 usage error, 2 bad input or data error (nothing was\n"
                           "changed), 3 other failure.\n");
    return text;
}

int CommandLineTool::run(const QStringList& rawArguments, QTextStream& out, QTextStream& err)
{
    try {
        ArgumentList arguments(rawArguments);
        const QString databasePath = arguments.takeOption(QStringLiteral("--db")).value_or(QString());
        const bool wantsHelp =
            arguments.takeFlag(QStringLiteral("--help")) | arguments.takeFlag(QStringLiteral("-h"));
        if (arguments.takeFlag(QStringLiteral("--version"))) {
            out << programName() << " " << LDN_VERSION << "\n";
            return Success;
        }
        const std::optional<QString> commandName = arguments.takePositional();
        if (!commandName) {
            if (wantsHelp) {
                out << help();
                return Success;
            }
            err << help();
            return UsageProblem;
        }
        Command* command = find(*commandName);
        if (!command) {
            throw UsageError(
                QStringLiteral("unknown command \"%1\"; see %2 --help").arg(*commandName, programName()));
        }
        if (wantsHelp) {
            out << "Usage: " << programName() << " [--db PATH] " << command->usage();
            return Success;
        }
        CommandContext context(databasePath, out, err);
        command->run(arguments, context);
        return Success;
    } catch (const UsageError& error) {
        err << programName() << ": " << error.message() << "\n";
        return UsageProblem;
    } catch (const InputError& error) {
        err << programName() << ": " << error.message() << "\n";
        return BadInput;
    } catch (const StorageError& error) {
        err << programName() << ": " << error.message() << "\n";
        return error.kind() == StorageError::Kind::BadData ? BadInput : Failure;
    } catch (const std::exception& error) {
        err << programName() << ": " << QString::fromUtf8(error.what()) << "\n";
        return Failure;
    }
}

} // namespace ldn
