#pragma once

#include "cli/Command.h"

namespace ldn {

// `backup`: a copy of the whole diary database, into the rotating backup folder or to a file.
class BackupCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    void run(ArgumentList& arguments, CommandContext& context) override;
};

} // namespace ldn
