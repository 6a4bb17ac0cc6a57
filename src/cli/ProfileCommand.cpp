#include "cli/ProfileCommand.h"

#include "cli/ArgumentList.h"
#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "services/DiarySession.h"
#include "services/ProfileService.h"
#include "storage/diary/ProfileRepository.h"

#include <nlohmann/json.hpp>

namespace ldn {

QString ProfileCommand::name() const
{
    return QStringLiteral("profile");
}

QString ProfileCommand::summary() const
{
    return QStringLiteral("add a person whose diary is kept, or list them");
}

QString ProfileCommand::usage() const
{
    return QStringLiteral("profile add NAME [--condition NAME]...\n"
                          "profile list [--json]\n"
                          "\n"
                          "  --condition NAME  a condition the person has (repeat for several)\n"
                          "  --json            print the list as JSON\n");
}

void ProfileCommand::run(ArgumentList& arguments, CommandContext& context)
{
    const std::optional<QString> action = arguments.takePositional();
    if (action == QLatin1String("add")) {
        add(arguments, context);
    } else if (action == QLatin1String("list")) {
        list(arguments, context);
    } else if (!action) {
        throw UsageError(QStringLiteral("profile: say add or list"));
    } else {
        throw UsageError(QStringLiteral("profile: unknown action \"%1\" (add, list)").arg(*action));
    }
}

void ProfileCommand::add(ArgumentList& arguments, CommandContext& context)
{
    const QStringList conditions = arguments.takeAllOptions(QStringLiteral("--condition"));
    const std::optional<QString> profileName = arguments.takePositional();
    if (!profileName) {
        throw UsageError(QStringLiteral("profile add: a NAME is required"));
    }
    arguments.expectEmpty(QStringLiteral("profile add"));

    context.session().profileService().create(*profileName, conditions);
    context.out() << "Added profile \"" << profileName->simplified() << "\"";
    if (!conditions.isEmpty()) {
        context.out() << " with " << conditions.join(QStringLiteral(", "));
    }
    context.out() << ".\n";
}

void ProfileCommand::list(ArgumentList& arguments, CommandContext& context)
{
    const bool asJson = arguments.takeFlag(QStringLiteral("--json"));
    arguments.expectEmpty(QStringLiteral("profile list"));

    const std::vector<Profile> profiles = context.session().profiles().list();
    if (asJson) {
        nlohmann::json array = nlohmann::json::array();
        for (const Profile& profile : profiles) {
            nlohmann::json conditions = nlohmann::json::array();
            for (const QString& condition : profile.conditions) {
                conditions.push_back(condition.toStdString());
            }
            array.push_back({{"name", profile.name.toStdString()},
                             {"conditions", conditions},
                             {"logged_days", profile.loggedDays}});
        }
        context.out() << QString::fromStdString(array.dump(2)) << "\n";
        return;
    }
    if (profiles.empty()) {
        context.out() << "No profiles yet. Add one with: ldn-tracker-cli profile add NAME\n";
        return;
    }
    for (const Profile& profile : profiles) {
        context.out() << profile.name;
        if (!profile.conditions.isEmpty()) {
            context.out() << " (" << profile.conditions.join(QStringLiteral(", ")) << ")";
        }
        context.out() << ": " << profile.loggedDays << (profile.loggedDays == 1 ? " day" : " days")
                      << " logged\n";
    }
}

} // namespace ldn
