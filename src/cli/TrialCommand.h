#pragma once

#include "cli/Command.h"

namespace ldn {

// `trial start|show|stop|verdict`: a trial of LDN agreed with the GP (issue 19). Open trials
// only so far; `--blinded` is refused until blinded trials are kept.
class TrialCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    void run(ArgumentList& arguments, CommandContext& context) override;

private:
    void start(ArgumentList& arguments, CommandContext& context, const std::optional<QString>& profileName);
    void show(ArgumentList& arguments, CommandContext& context, const std::optional<QString>& profileName);
    void stop(ArgumentList& arguments, CommandContext& context, const std::optional<QString>& profileName);
    void verdict(ArgumentList& arguments, CommandContext& context, const std::optional<QString>& profileName);
    void agreement(ArgumentList& arguments, CommandContext& context,
                   const std::optional<QString>& profileName);
};

} // namespace ldn
