#pragma once

#include "cli/Command.h"

namespace ldn {

// `log`: records one day of the diary; logging a date again replaces that day.
class LogCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    void run(ArgumentList& arguments, CommandContext& context) override;
};

} // namespace ldn
