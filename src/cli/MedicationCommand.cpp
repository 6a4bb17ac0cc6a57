#include "cli/MedicationCommand.h"

#include "cli/ArgumentList.h"
#include "cli/CommandContext.h"
#include "cli/OptionParsing.h"
#include "cli/UsageError.h"
#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "core/plan/MedicationSafety.h"
#include "services/DiarySession.h"
#include "services/MedicationService.h"
#include "storage/plan/MedicationRepository.h"

#include <nlohmann/json.hpp>

#include <algorithm>

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
                          "med stop --profile NAME --name DRUG [--date DATE]   (default: today)\n"
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
        context.session().medicationService().add(profile.id, medication);
        context.out() << "Added " << medication.name.simplified() << " for " << profile.name << ".\n";
        printWarning(MedicationSafety::assess(medication.name), context.out());
    } else if (action == QLatin1String("list")) {
        const bool asJson = arguments.takeFlag(QStringLiteral("--json"));
        arguments.expectEmpty(QStringLiteral("med list"));
        const Profile profile = context.requireProfile(profileName, QStringLiteral("med list"));
        const std::vector<Medication> medications = context.session().medicines().list(profile.id);
        const QDate today = QDate::currentDate();
        const auto optionalDate = [](const QDate& date) {
            return date.isValid() ? nlohmann::json(IsoDate::format(date).toStdString())
                                  : nlohmann::json(nullptr);
        };
        if (asJson) {
            nlohmann::json array = nlohmann::json::array();
            for (const Medication& medication : medications) {
                const MedicationSafety::Assessment assessment = MedicationSafety::assess(medication.name);
                array.push_back({{"name", medication.name.toStdString()},
                                 {"dose", medication.doseText.toStdString()},
                                 {"started_on", optionalDate(medication.startedOn)},
                                 {"stopped_on", optionalDate(medication.stoppedOn)},
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
            if (medication.stoppedOn.isValid()) {
                context.out() << ", stopped " << IsoDate::format(medication.stoppedOn);
            } else if (medication.startedOn.isValid()) {
                context.out() << ", since " << IsoDate::format(medication.startedOn);
            }
            context.out() << "\n";
            if (!medication.stoppedOn.isValid()) {
                printWarning(MedicationSafety::assess(medication.name), context.out());
            } else if (MedicationSafety::isOpioidOfConcern(medication, today)) {
                context.out() << "  !! WARNING (opioid): "
                              << MedicationSafety::clearanceNote(medication, today) << "\n";
            }
        }
    } else if (action == QLatin1String("stop")) {
        const std::optional<QString> drug = arguments.takeOption(QStringLiteral("--name"));
        const std::optional<QString> dateText = arguments.takeOption(QStringLiteral("--date"));
        arguments.expectEmpty(QStringLiteral("med stop"));
        if (!drug) {
            throw UsageError(QStringLiteral("med stop: --name DRUG is required"));
        }
        const QDate today = QDate::currentDate();
        const QDate stoppedOn = dateText ? IsoDate::parse(*dateText, QStringLiteral("--date")) : today;
        if (stoppedOn > today) {
            throw InputError(QStringLiteral("--date"),
                             QStringLiteral("%1 is in the future; record a stop once it has happened")
                                 .arg(IsoDate::format(stoppedOn)));
        }
        const Profile profile = context.requireProfile(profileName, QStringLiteral("med stop"));
        std::optional<Medication> stopped;
        for (const Medication& medication : context.session().medicines().list(profile.id)) {
            if (medication.name.compare(drug->simplified(), Qt::CaseInsensitive) == 0 &&
                (!stopped || stopped->stoppedOn.isValid())) {
                stopped = medication; // the one still taken, if the name is listed twice
            }
        }
        if (!stopped) {
            throw InputError(QStringLiteral("--name"),
                             QStringLiteral("%1 has no medicine called \"%2\"").arg(profile.name, *drug));
        }
        if (stopped->stoppedOn.isValid()) {
            throw InputError(QStringLiteral("--name"),
                             QStringLiteral("%1 was already stopped on %2")
                                 .arg(stopped->name, IsoDate::format(stopped->stoppedOn)));
        }
        context.session().medicationService().setStopped(profile.id, *stopped, stoppedOn, today);
        stopped->stoppedOn = stoppedOn;
        context.out() << "Marked " << stopped->name << " as stopped on " << IsoDate::format(stoppedOn)
                      << " for " << profile.name << ".\n";
        if (MedicationSafety::isOpioidOfConcern(*stopped, today)) {
            context.out() << "  !! WARNING (opioid): " << MedicationSafety::clearanceNote(*stopped, today)
                          << "\n";
        }
    } else if (action == QLatin1String("remove")) {
        const std::optional<QString> drug = arguments.takeOption(QStringLiteral("--name"));
        arguments.expectEmpty(QStringLiteral("med remove"));
        if (!drug) {
            throw UsageError(QStringLiteral("med remove: --name DRUG is required"));
        }
        const Profile profile = context.requireProfile(profileName, QStringLiteral("med remove"));
        for (const Medication& medication : context.session().medicines().list(profile.id)) {
            if (medication.name.compare(drug->simplified(), Qt::CaseInsensitive) == 0) {
                context.session().medicationService().remove(profile.id, medication);
                context.out() << "Removed " << medication.name << " for " << profile.name << ".\n";
                return;
            }
        }
        throw InputError(QStringLiteral("--name"),
                         QStringLiteral("%1 has no medicine called \"%2\"").arg(profile.name, *drug));
    } else {
        throw UsageError(QStringLiteral("med: say add, list, stop or remove"));
    }
}

} // namespace ldn
