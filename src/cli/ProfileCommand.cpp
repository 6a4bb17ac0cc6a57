#include "cli/ProfileCommand.h"

#include "cli/ArgumentList.h"
#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "report/ReportFormat.h"
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
    return QStringLiteral("add, list, rename, edit or remove the people whose diaries are kept");
}

QString ProfileCommand::usage() const
{
    return QStringLiteral(
        "profile add NAME [--condition NAME]... [--own-condition NAME]...\n"
        "profile list [--json]\n"
        "profile rename OLD NEW\n"
        "profile edit NAME [--add-condition C]... [--remove-condition C]... [--add-own-condition C]...\n"
        "profile remove NAME --yes\n"
        "\n"
        "  --condition NAME          a condition from the library, by its name or another of its\n"
        "                            names in any case (\"fibromyalgia\", \"CFS/ME\"); repeat for several\n"
        "  --own-condition NAME      a condition the library does not have, kept as the person's own\n"
        "  --add-condition C         --remove-condition C   --add-own-condition C\n"
        "                            change the conditions of a profile\n"
        "  --json                    print the list as JSON\n"
        "  --yes                     confirm removing a profile with all its days, notes, medicines and\n"
        "                            plans (a backup of the whole diary is made first)\n"
        "\n"
        "A condition the library does not know is refused with suggestions; nothing is changed.\n");
}

void ProfileCommand::run(ArgumentList& arguments, CommandContext& context)
{
    const std::optional<QString> action = arguments.takePositional();
    if (action == QLatin1String("add")) {
        add(arguments, context);
    } else if (action == QLatin1String("list")) {
        list(arguments, context);
    } else if (action == QLatin1String("rename")) {
        rename(arguments, context);
    } else if (action == QLatin1String("edit")) {
        edit(arguments, context);
    } else if (action == QLatin1String("remove")) {
        remove(arguments, context);
    } else if (!action) {
        throw UsageError(QStringLiteral("profile: say add, list, rename, edit or remove"));
    } else {
        throw UsageError(
            QStringLiteral("profile: unknown action \"%1\" (add, list, rename, edit, remove)").arg(*action));
    }
}

void ProfileCommand::add(ArgumentList& arguments, CommandContext& context)
{
    const QStringList conditions = arguments.takeAllOptions(QStringLiteral("--condition"));
    const QStringList ownConditions = arguments.takeAllOptions(QStringLiteral("--own-condition"));
    const std::optional<QString> profileName = arguments.takePositional();
    if (!profileName) {
        throw UsageError(QStringLiteral("profile add: a NAME is required"));
    }
    arguments.expectEmpty(QStringLiteral("profile add"));

    ProfileService& profiles = context.session().profileService();
    // Checked (and named as the library names them) before anything is written.
    QStringList names;
    for (const QString& condition : conditions) {
        names << profiles.libraryCondition(condition, QStringLiteral("--condition"));
    }
    for (const QString& own : ownConditions) {
        names << own.simplified();
    }
    profiles.create(*profileName, names.mid(0, conditions.size()), ownConditions);
    context.out() << "Added profile \"" << profileName->simplified() << "\"";
    if (!names.isEmpty()) {
        context.out() << " with " << names.join(QStringLiteral(", "));
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

void ProfileCommand::rename(ArgumentList& arguments, CommandContext& context)
{
    const std::optional<QString> oldName = arguments.takePositional();
    const std::optional<QString> newName = arguments.takePositional();
    if (!oldName || !newName) {
        throw UsageError(QStringLiteral("profile rename: say OLD and NEW names"));
    }
    arguments.expectEmpty(QStringLiteral("profile rename"));
    const Profile profile = context.session().profiles().require(*oldName, QStringLiteral("OLD"));
    context.session().profileService().rename(profile.id, *newName);
    context.out() << "Renamed \"" << profile.name << "\" to \"" << newName->simplified() << "\".\n";
}

void ProfileCommand::edit(ArgumentList& arguments, CommandContext& context)
{
    const QStringList add = arguments.takeAllOptions(QStringLiteral("--add-condition"));
    const QStringList remove = arguments.takeAllOptions(QStringLiteral("--remove-condition"));
    const QStringList addOwn = arguments.takeAllOptions(QStringLiteral("--add-own-condition"));
    const std::optional<QString> profileName = arguments.takePositional();
    if (!profileName) {
        throw UsageError(QStringLiteral("profile edit: a NAME is required"));
    }
    arguments.expectEmpty(QStringLiteral("profile edit"));
    if (add.isEmpty() && remove.isEmpty() && addOwn.isEmpty()) {
        throw UsageError(QStringLiteral(
            "profile edit: say what changes (--add-condition, --remove-condition, --add-own-condition)"));
    }
    DiarySession& session = context.session();
    const Profile profile = session.profiles().require(*profileName, QStringLiteral("NAME"));
    session.profileService().editConditions(profile.id, add, remove, addOwn);
    const QStringList now = session.profiles().find(profile.id)->conditions;
    context.out() << "Conditions of " << profile.name << ": "
                  << (now.isEmpty() ? QStringLiteral("none") : now.join(QStringLiteral(", "))) << ".\n";
}

void ProfileCommand::remove(ArgumentList& arguments, CommandContext& context)
{
    const bool confirmed = arguments.takeFlag(QStringLiteral("--yes"));
    const std::optional<QString> profileName = arguments.takePositional();
    if (!profileName) {
        throw UsageError(QStringLiteral("profile remove: a NAME is required"));
    }
    arguments.expectEmpty(QStringLiteral("profile remove"));
    DiarySession& session = context.session();
    const Profile profile = session.profiles().require(*profileName, QStringLiteral("NAME"));
    if (!confirmed) {
        throw UsageError(QStringLiteral("profile remove: this removes %1 with %2, notes, medicines "
                                        "and plans; repeat with --yes to do it")
                             .arg(profile.name)
                             .arg(ReportFormat::plural(profile.loggedDays, QStringLiteral("logged day"),
                                                       QStringLiteral("logged days"))));
    }
    const ProfileService::Removal removal = session.profileService().remove(profile.id);
    context.out() << "Removed " << removal.name << ". The diary as it was is saved as " << removal.backupPath
                  << " (restore it with: ldn-tracker-cli restore FILE).\n";
}

} // namespace ldn
