#include "cli/DemoCommand.h"

#include "cli/ArgumentList.h"
#include "cli/CommandContext.h"
#include "cli/OptionParsing.h"
#include "cli/UsageError.h"
#include "core/base/InputError.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "services/DiarySession.h"
#include "services/ProfileService.h"

#include <QDate>

#include <limits>

namespace ldn {

QString DemoCommand::name() const
{
    return QStringLiteral("demo");
}

QString DemoCommand::summary() const
{
    return QStringLiteral("fill a new profile with a realistic synthetic diary ending today");
}

QString DemoCommand::usage() const
{
    return QStringLiteral("demo --profile NAME --days N [--seed S]\n"
                          "\n"
                          "  --profile NAME  created if it does not exist; must have no diary days yet\n"
                          "  --days N        how many days, ending today (1 to %1)\n"
                          "  --seed S        the same seed gives the same diary (default 1)\n")
        .arg(DemoDiaryGenerator::kMaximumDays);
}

void DemoCommand::run(ArgumentList& arguments, CommandContext& context)
{
    const std::optional<QString> profile = arguments.takeOption(QStringLiteral("--profile"));
    const std::optional<QString> days = arguments.takeOption(QStringLiteral("--days"));
    const std::optional<QString> seed = arguments.takeOption(QStringLiteral("--seed"));
    arguments.expectEmpty(name());
    if (!profile) {
        throw UsageError(QStringLiteral("demo: --profile NAME is required"));
    }
    if (!days) {
        throw UsageError(QStringLiteral("demo: --days N is required"));
    }

    ProfileService::DemoRequest request;
    request.profileName = *profile;
    request.days = static_cast<int>(
        OptionParsing::wholeNumber(*days, QStringLiteral("--days"), 1, DemoDiaryGenerator::kMaximumDays));
    request.seed = seed ? static_cast<std::uint64_t>(OptionParsing::wholeNumber(
                              *seed, QStringLiteral("--seed"), 0, std::numeric_limits<qint64>::max()))
                        : 1;
    request.lastDay = QDate::currentDate();

    const int written = context.session().profileService().createDemo(request).days;
    context.out() << "Filled profile \"" << profile->simplified() << "\" with " << written << " logged days ("
                  << request.days << " days ending " << request.lastDay.toString(Qt::ISODate) << ", seed "
                  << request.seed << ").\n";
}

} // namespace ldn
