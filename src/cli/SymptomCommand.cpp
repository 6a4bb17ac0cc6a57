#include "cli/SymptomCommand.h"

#include "cli/ArgumentList.h"
#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "services/DiarySession.h"
#include "services/ProfileService.h"
#include "storage/diary/ProfileRepository.h"

namespace ldn {

QString SymptomCommand::name() const
{
    return QStringLiteral("symptom");
}

QString SymptomCommand::summary() const
{
    return QStringLiteral("add one of your own symptoms to score, or list them");
}

QString SymptomCommand::usage() const
{
    return QStringLiteral("symptom add --profile NAME --name SYMPTOM [--higher-is-better]\n"
                          "symptom list --profile NAME\n"
                          "\n"
                          "Scores run from 0 to 10. By default a higher score is worse (like pain); say\n"
                          "--higher-is-better for symptoms like energy or sleep quality.\n");
}

void SymptomCommand::run(ArgumentList& arguments, CommandContext& context)
{
    const std::optional<QString> action = arguments.takePositional();
    const std::optional<QString> profileName = arguments.takeOption(QStringLiteral("--profile"));
    if (action == QLatin1String("add")) {
        const std::optional<QString> symptom = arguments.takeOption(QStringLiteral("--name"));
        const bool higherIsBetter = arguments.takeFlag(QStringLiteral("--higher-is-better"));
        arguments.expectEmpty(QStringLiteral("symptom add"));
        if (!symptom) {
            throw UsageError(QStringLiteral("symptom add: --name SYMPTOM is required"));
        }
        const Profile profile = context.requireProfile(profileName, QStringLiteral("symptom add"));
        context.session().profileService().addSymptom(profile.id, {*symptom, higherIsBetter});
        context.out() << "Added \"" << symptom->simplified() << "\" for " << profile.name << " (higher is "
                      << (higherIsBetter ? "better" : "worse") << ").\n";
    } else if (action == QLatin1String("list")) {
        arguments.expectEmpty(QStringLiteral("symptom list"));
        const Profile profile = context.requireProfile(profileName, QStringLiteral("symptom list"));
        for (const SymptomDefinition& symptom : context.session().profiles().symptoms(profile.id)) {
            context.out() << symptom.name << " (higher is " << (symptom.higherIsBetter ? "better" : "worse")
                          << ")\n";
        }
    } else {
        throw UsageError(QStringLiteral("symptom: say add or list"));
    }
}

} // namespace ldn
