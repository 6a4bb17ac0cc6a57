#pragma once

#include "cli/Command.h"

namespace ldn {

// `symptom add|list`: the symptoms a profile scores, the defaults and the person's own.
class SymptomCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    void run(ArgumentList& arguments, CommandContext& context) override;
};

} // namespace ldn
