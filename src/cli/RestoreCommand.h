#pragma once

#include "cli/Command.h"

namespace ldn {

// `restore`: replace the diary with a database backup, keeping the current state as a backup.
class RestoreCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    void run(ArgumentList& arguments, CommandContext& context) override;
};

} // namespace ldn
