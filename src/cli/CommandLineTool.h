#pragma once

#include "cli/Command.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace ldn {

// ldn-tracker-cli: global options, the list of subcommands, and the one place where errors
// become messages on stderr and exit codes.
class CommandLineTool {
public:
    enum ExitCode { Success = 0, UsageProblem = 1, BadInput = 2, Failure = 3 };

    CommandLineTool();
    ~CommandLineTool();

    // `arguments` excludes the program name.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

    static QString programName() { return QStringLiteral("ldn-tracker-cli"); }

private:
    QString help() const;
    Command* find(const QString& name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace ldn
