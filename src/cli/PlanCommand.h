#pragma once

#include "cli/Command.h"

#include <optional>

namespace ldn {

class ArgumentList;
class CommandContext;
struct Profile;

// `plan set|show|hold|step-down|resume|set-dose`: the profile's titration plan and its history.
class PlanCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    void run(ArgumentList& arguments, CommandContext& context) override;

private:
    void set(ArgumentList& arguments, CommandContext& context, const std::optional<QString>& profileName);
    void show(ArgumentList& arguments, CommandContext& context, const std::optional<QString>& profileName);
    void adjust(const QString& action, ArgumentList& arguments, CommandContext& context,
                const std::optional<QString>& profileName);
};

} // namespace ldn
