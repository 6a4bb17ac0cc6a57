#pragma once

#include <QString>

namespace ldn {

class ArgumentList;
class CommandContext;

// One subcommand of ldn-tracker-cli. Errors are thrown (UsageError, InputError, StorageError)
// and turned into exit codes in one place, CommandLineTool.
class Command {
public:
    virtual ~Command();

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // The lines of `ldn-tracker-cli NAME --help`: synopsis first, then options.
    virtual QString usage() const = 0;
    virtual void run(ArgumentList& arguments, CommandContext& context) = 0;
};

} // namespace ldn
