#include "cli/MedicationCommand.h"

#include "cli/ArgumentList.h"
#include "cli/CommandContext.h"
#include "cli/OptionParsing.h"
#include "cli/UsageError.h"
#include "core/InputError.h"
#include "core/IsoDate.h"
#include "core/MedicationSafety.h"
#include "storage/MedicationRepository.h"

#include <nlohmann/json.hpp>

namespace ldn {
namespace {

QString levelText(MedicationSafety::Level level)
{
    switch (level) {
    case MedicationSafety::Level::Contraindicated:
        return QStringLiteral("do-not-combine");
    case MedicationSafety::Level::Caution:
        return QStringLiteral("caution");
    case MedicationSafety::Level::None:
        break;
    }
    return QStringLiteral("none");
}

void printWarning(const MedicationSafety::Assessment& assessment, QTextStream& out)
{
    if (assessment.level == MedicationSafety::Level::Contraindicated) {
        out << "  !! WARNING (" << assessment.group << "): " << assessment.warning << "\n";
    } else if (assessment.level == MedicationSafety::Level::Caution) {
        out << "  Caution (" << assessment.group << "): " << assessment.warning << "\n";
    }
}

} // namespace

QString MedicationCommand::name() const
{
    return QStringLiteral("med");
}

QString MedicationCommand::summary() const
{
    return QStringLiteral("other medicines, with warnings for opioids and cautions");
}

QString MedicationCommand::usage() const
{
    return QStringLiteral("med add --profile NAME --name DRUG [--dose TEXT] [--started DATE] [--notes TEXT]\n"
                          "med list --profile NAME [--json]\n"
                          "med remove --profile NAME --name DRUG\n");
}

void MedicationCommand::run(ArgumentList& arguments, CommandContext& context)
{
    const std::optional<QString> action = arguments.takePositional();
    const std::optional<QString> profileName = arguments.takeOption(QStringLiteral("--profile"));
    if (action == QLatin1String("add")) {
        Medication medication;
        medication.name = arguments.takeOption(QStringLiteral("--name")).value_or(QString());
        medication.doseText = arguments.takeOption(QStringLiteral("--dose")).value_or(QString());
        medication.notes = arguments.takeOption(QStringLiteral("--notes")).value_or(QString());
        const std::optional<QString> started = arguments.takeOption(QStringLiteral("--started"));
        arguments.expectEmpty(QStringLiteral("med add"));
        if (medication.name.isEmpty()) {
            throw UsageError(QStringLiteral("med add: --name DRUG is required"));
        }
        if (started) {
            medication.startedOn = IsoDate::parse(*started, QStringLiteral("--started"));
        }
        const Profile profile = context.requireProfile(profileName, QStringLiteral("med add"));
        MedicationRepository(context.database()).add(profile.id, medication);
        context.out() << "Added " << medication.name.simplified() << " for " << profile.name << ".\n";
        printWarning(MedicationSafety::assess(medication.name), context.out());
    } else if (action == QLatin1String("list")) {
        const bool asJson = arguments.takeFlag(QStringLiteral("--json"));
        arguments.expectEmpty(QStringLiteral("med list"));
        const Profile profile = context.requireProfile(profileName, QStringLiteral("med list"));
        const std::vector<Medication> medications = MedicationRepository(context.database()).list(profile.id);
        if (asJson) {
            nlohmann::json array = nlohmann::json::array();
            for (const Medication& medication : medications) {
                const MedicationSafety::Assessment assessment = MedicationSafety::assess(medication.name);
                array.push_back({{"name", medication.name.toStdString()},
                                 {"dose", medication.doseText.toStdString()},
                                 {"warning_level", levelText(assessment.level).toStdString()},
                                 {"warning_group", assessment.group.toStdString()},
                                 {"warning", assessment.warning.toStdString()}});
            }
            context.out() << QString::fromStdString(array.dump(2)) << "\n";
            return;
        }
        if (medications.empty()) {
            context.out() << "No other medicines listed for " << profile.name << ".\n";
        }
        for (const Medication& medication : medications) {
            context.out() << medication.name;
            if (!medication.doseText.isEmpty()) {
                context.out() << " (" << medication.doseText << ")";
            }
            context.out() << "\n";
            printWarning(MedicationSafety::assess(medication.name), context.out());
        }
    } else if (action == QLatin1String("remove")) {
        const std::optional<QString> drug = arguments.takeOption(QStringLiteral("--name"));
        arguments.expectEmpty(QStringLiteral("med remove"));
        if (!drug) {
            throw UsageError(QStringLiteral("med remove: --name DRUG is required"));
        }
        const Profile profile = context.requireProfile(profileName, QStringLiteral("med remove"));
        MedicationRepository repository(context.database());
        for (const Medication& medication : repository.list(profile.id)) {
            if (medication.name.compare(drug->simplified(), Qt::CaseInsensitive) == 0) {
                repository.remove(medication.id);
                context.out() << "Removed " << medication.name << " for " << profile.name << ".\n";
                return;
            }
        }
        throw InputError(QStringLiteral("--name"),
                         QStringLiteral("%1 has no medicine called \"%2\"").arg(profile.name, *drug));
    } else {
        throw UsageError(QStringLiteral("med: say add, list or remove"));
    }
}

} // namespace ldn
