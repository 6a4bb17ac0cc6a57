#pragma once

#include "cli/Command.h"

namespace ldn {

// `profile add|list|rename|edit|remove`: the people whose diaries are kept.
class ProfileCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    void run(ArgumentList& arguments, CommandContext& context) override;

private:
    void add(ArgumentList& arguments, CommandContext& context);
    void list(ArgumentList& arguments, CommandContext& context);
    void rename(ArgumentList& arguments, CommandContext& context);
    void edit(ArgumentList& arguments, CommandContext& context);
    void remove(ArgumentList& arguments, CommandContext& context);
};

} // namespace ldn
