#pragma once

#include "cli/Command.h"

namespace ldn {

// `check`: SQLite's integrity and foreign-key checks, and the schema version.
class CheckCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    void run(ArgumentList& arguments, CommandContext& context) override;
};

} // namespace ldn
