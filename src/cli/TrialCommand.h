#pragma once

#include "cli/Command.h"
#include "core/diary/Profile.h"
#include "core/trial/StoppingRules.h"
#include "core/trial/Trial.h"

#include <vector>

namespace ldn {

// `trial start|show|stop|verdict|pharmacy-sheet|unblind`: a trial of LDN agreed with the GP (issue 19), open
// or blinded. Nothing here shows a sealed allocation's arms.
class TrialCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    void run(ArgumentList& arguments, CommandContext& context) override;

    // True when a command line (without the program name) asks for a trial PDF (the pharmacy
    // sheet, the agreement), which needs a QGuiApplication like `report`.
    static bool paintsPdf(const QStringList& arguments);

private:
    void start(ArgumentList& arguments, CommandContext& context, const std::optional<QString>& profileName);
    void show(ArgumentList& arguments, CommandContext& context, const std::optional<QString>& profileName);
    void showBlinded(CommandContext& context, const Profile& profile, const Trial& trial,
                     const std::vector<StoppingRules::Met>& met, const QDate& today);
    void pharmacySheet(ArgumentList& arguments, CommandContext& context,
                       const std::optional<QString>& profileName);
    void unblind(ArgumentList& arguments, CommandContext& context, const std::optional<QString>& profileName);
    void writeBlindedVerdict(CommandContext& context, const Trial& trial);
    void stop(ArgumentList& arguments, CommandContext& context, const std::optional<QString>& profileName);
    void verdict(ArgumentList& arguments, CommandContext& context, const std::optional<QString>& profileName);
    void agreement(ArgumentList& arguments, CommandContext& context,
                   const std::optional<QString>& profileName);
};

} // namespace ldn
