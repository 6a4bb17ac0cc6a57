#pragma once

#include "cli/Command.h"

namespace ldn {

// `analyze`: per-dose statistics and before/after each change of dose, as text or JSON.
class AnalyzeCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    void run(ArgumentList& arguments, CommandContext& context) override;
};

} // namespace ldn
