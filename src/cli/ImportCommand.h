#pragma once

#include "cli/Command.h"

namespace ldn {

// `import`: a backup (JSON) as new profiles, or a spreadsheet (CSV) into a profile's diary.
class ImportCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    void run(ArgumentList& arguments, CommandContext& context) override;
};

} // namespace ldn
