#pragma once

#include "cli/Command.h"

namespace ldn {

// `demo --profile NAME --days N [--seed S]`: a reproducible synthetic diary ending today.
class DemoCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    void run(ArgumentList& arguments, CommandContext& context) override;
};

} // namespace ldn
