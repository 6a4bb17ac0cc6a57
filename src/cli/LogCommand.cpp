#include "cli/LogCommand.h"

#include "cli/ArgumentList.h"
#include "cli/CommandContext.h"
#include "cli/OptionParsing.h"
#include "cli/UsageError.h"
#include "core/base/InputError.h"
#include "core/base/IsoDate.h"
#include "core/diary/DiaryEntry.h"
#include "core/diary/Severity.h"
#include "services/DiaryService.h"
#include "services/DiarySession.h"

namespace ldn {

QString LogCommand::name() const
{
    return QStringLiteral("log");
}

QString LogCommand::summary() const
{
    return QStringLiteral("log a day: dose (or missed), time, form, symptom scores, side effects");
}

QString LogCommand::usage() const
{
    return QStringLiteral(
        "log --profile NAME --date YYYY-MM-DD (--dose DOSE | --missed) [OPTIONS]\n"
        "\n"
        "  --dose DOSE               the dose taken, e.g. 4.5, 0.5mg or 500mcg; a number alone is in the\n"
        "                            profile's unit (mg, or micrograms if it enters doses in them);\n"
        "                            0 means a deliberate day without LDN\n"
        "  --missed                  the dose was meant to be taken and was not\n"
        "  --confirm-dose            accept a dose above 10 mg or below 0.1 mg (full-dose naltrexone is 50\n"
        "                            mg), or a number alone that reads better as micrograms (500)\n"
        "  --time HH:MM              when it was taken\n"
        "  --formulation F           capsule, liquid, tablet, sublingual or cream\n"
        "  --pharmacy TEXT           --batch TEXT    where it was made, and the batch\n"
        "  --score SYMPTOM=N         a symptom score 0-10 (repeat for several)\n"
        "  --side-effect NAME=N      a side effect with severity 0-3 (repeat for several)\n"
        "  --event TEXT              e.g. infection, crash after exertion (repeat for several)\n"
        "  --note TEXT               a note for the day\n"
        "\n"
        "Logging a date that already has an entry replaces that day.\n");
}

void LogCommand::run(ArgumentList& arguments, CommandContext& context)
{
    const std::optional<QString> profileName = arguments.takeOption(QStringLiteral("--profile"));
    const std::optional<QString> dateText = arguments.takeOption(QStringLiteral("--date"));
    const std::optional<QString> doseText = arguments.takeOption(QStringLiteral("--dose"));
    const bool missed = arguments.takeFlag(QStringLiteral("--missed"));
    const bool confirmDose = arguments.takeFlag(QStringLiteral("--confirm-dose"));
    const std::optional<QString> timeText = arguments.takeOption(QStringLiteral("--time"));
    const std::optional<QString> formulationText = arguments.takeOption(QStringLiteral("--formulation"));
    const std::optional<QString> pharmacy = arguments.takeOption(QStringLiteral("--pharmacy"));
    const std::optional<QString> batch = arguments.takeOption(QStringLiteral("--batch"));
    const QStringList scores = arguments.takeAllOptions(QStringLiteral("--score"));
    const QStringList sideEffects = arguments.takeAllOptions(QStringLiteral("--side-effect"));
    const QStringList events = arguments.takeAllOptions(QStringLiteral("--event"));
    const std::optional<QString> note = arguments.takeOption(QStringLiteral("--note"));
    arguments.expectEmpty(name());

    if (!dateText) {
        throw UsageError(QStringLiteral("log: --date YYYY-MM-DD is required"));
    }
    if (doseText.has_value() == missed) {
        throw UsageError(QStringLiteral("log: give either --dose DOSE or --missed"));
    }
    const Profile profile = context.requireProfile(profileName, name());

    DiaryEntry entry;
    entry.date = IsoDate::parse(*dateText, QStringLiteral("--date"));
    if (entry.date > QDate::currentDate()) {
        throw InputError(QStringLiteral("--date"), QStringLiteral("%1 is in the future").arg(*dateText));
    }
    if (missed) {
        entry.status = DoseStatus::Missed;
        if (timeText || formulationText) {
            throw InputError(timeText ? QStringLiteral("--time") : QStringLiteral("--formulation"),
                             QStringLiteral("a missed dose has no time or formulation"));
        }
    } else {
        entry.status = DoseStatus::Taken;
        // "500" where milligrams are meant is most likely 500 micrograms: asked before anything else,
        // as 5000 (5 mg in micrograms) is no possible dose in milligrams at all.
        const std::optional<Dose> reading =
            profile.doseUnit == Dose::Unit::Milligrams ? Dose::microgramReadingOf(*doseText) : std::nullopt;
        if (reading && !confirmDose) {
            const QString typed = doseText->trimmed();
            throw InputError(
                QStringLiteral("--dose"),
                QStringLiteral("%1 reads as %1 mg, far above the usual LDN range of 0.1 to 10 mg; did "
                               "you mean %2 mg (%3 micrograms)? write --dose %3mcg, or repeat with "
                               "--confirm-dose to record %1 mg")
                    .arg(typed, reading->toMilligramText())
                    .arg(reading->micrograms()));
        }
        entry.dose = Dose::parse(*doseText, QStringLiteral("--dose"), profile.doseUnit);
        if (entry.dose.needsConfirmation() && !confirmDose) {
            throw InputError(
                QStringLiteral("--dose"),
                QStringLiteral("%1 mg is outside the usual LDN range of 0.1 to 10 mg (full-dose naltrexone "
                               "is 50 mg; was 4.5 meant?). If it is right, repeat with --confirm-dose")
                    .arg(entry.dose.toMilligramText()));
        }
    }
    if (timeText) {
        entry.timeTaken = OptionParsing::clockTime(*timeText, QStringLiteral("--time"));
    }
    if (formulationText) {
        entry.formulation = formulationFromText(*formulationText);
        if (!entry.formulation) {
            throw InputError(
                QStringLiteral("--formulation"),
                QStringLiteral("\"%1\" is not one of %2")
                    .arg(*formulationText, formulationStorageTexts().join(QStringLiteral(", "))));
        }
    }
    entry.pharmacy = pharmacy.value_or(QString());
    entry.batch = batch.value_or(QString());
    for (const QString& score : scores) {
        const auto [symptom, value] = OptionParsing::namedNumber(score, QStringLiteral("--score"), 0, 10);
        entry.symptomScores[symptom] = value;
    }
    for (const QString& effect : sideEffects) {
        const auto [effectName, severity] =
            OptionParsing::namedNumber(effect, QStringLiteral("--side-effect"), 0, Severity::kMaximum);
        entry.sideEffects[effectName] = severity;
    }
    for (const QString& event : events) {
        if (event.trimmed().isEmpty()) {
            throw InputError(QStringLiteral("--event"), QStringLiteral("an event needs a name"));
        }
        entry.events << event.simplified();
    }
    entry.note = note.value_or(QString());

    context.session().diaryService().saveDay(profile.id, entry);

    context.out() << "Logged " << IsoDate::format(entry.date) << " for " << profile.name << ": ";
    if (missed) {
        context.out() << "missed dose";
    } else {
        context.out() << entry.dose.toText(profile.doseUnit);
        if (entry.timeTaken) {
            context.out() << " at " << entry.timeTaken->toString(QStringLiteral("HH:mm"));
        }
        if (entry.formulation) {
            context.out() << " (" << toStorageText(*entry.formulation) << ")";
        }
    }
    context.out() << ".\n";
}

} // namespace ldn
