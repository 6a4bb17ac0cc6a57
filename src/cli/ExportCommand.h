#pragma once

#include "cli/Command.h"

namespace ldn {

// `export`: a profile or the whole diary as a backup (JSON), a spreadsheet (CSV) or FHIR R4.
class ExportCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    void run(ArgumentList& arguments, CommandContext& context) override;
};

} // namespace ldn
