#pragma once

#include "cli/Command.h"

namespace ldn {

// `evidence search|condition|list|import|export`: the evidence library on the command line. The
// bundled evidence pack is installed (or upgraded) the first time any of these runs.
class EvidenceCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    void run(ArgumentList& arguments, CommandContext& context) override;
};

} // namespace ldn
