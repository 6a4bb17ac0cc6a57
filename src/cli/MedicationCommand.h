#pragma once

#include "cli/Command.h"

namespace ldn {

// `med add|list|remove`: the profile's other medicines, with LDN interaction warnings.
class MedicationCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    void run(ArgumentList& arguments, CommandContext& context) override;
};

} // namespace ldn
