#include "core/plan/MedicationSafety.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <iterator>

namespace ldn {
namespace {

struct Group {
    MedicationSafety::Level level;
    const char* name;
    const char* warning;
    QStringList names;
};

const std::vector<Group>& groups()
{
    static const std::vector<Group> kGroups{
        {MedicationSafety::Level::Contraindicated,
         QT_TRANSLATE_NOOP("MedicationSafety", "opioid"),
         QT_TRANSLATE_NOOP("MedicationSafety", "Do not take LDN with opioid medicines: naltrexone blocks "
                                               "them, which can bring on withdrawal or "
                                               "stop the "
                                               "pain relief. Talk to your prescriber before starting LDN."),
         {QStringLiteral("morphine"),      QStringLiteral("codeine"),     QStringLiteral("co-codamol"),
          QStringLiteral("cocodamol"),     QStringLiteral("tramadol"),    QStringLiteral("oxycodone"),
          QStringLiteral("oxycontin"),     QStringLiteral("hydrocodone"), QStringLiteral("fentanyl"),
          QStringLiteral("buprenorphine"), QStringLiteral("subutex"),     QStringLiteral("suboxone"),
          QStringLiteral("butrans"),       QStringLiteral("methadone"),   QStringLiteral("tapentadol"),
          QStringLiteral("palexia"),       QStringLiteral("nucynta"),     QStringLiteral("dihydrocodeine"),
          QStringLiteral("co-dydramol"),   QStringLiteral("pethidine"),   QStringLiteral("meperidine"),
          QStringLiteral("hydromorphone"), QStringLiteral("oxymorphone"), QStringLiteral("diamorphine"),
          QStringLiteral("zydol"),         QStringLiteral("ultram"),      QStringLiteral("vicodin"),
          QStringLiteral("percocet"),      QStringLiteral("norco"),       QStringLiteral("kadian"),
          QStringLiteral("ms contin"),     QStringLiteral("zomorph"),     QStringLiteral("oramorph"),
          QStringLiteral("durogesic"),     QStringLiteral("duragesic")}},
        {MedicationSafety::Level::Caution,
         QT_TRANSLATE_NOOP("MedicationSafety", "immunosuppressant"),
         QT_TRANSLATE_NOOP("MedicationSafety",
                           "This medicine suppresses the immune system. LDN is thought to act on the immune "
                           "system too; ask "
                           "your "
                           "prescriber before combining them, especially after an organ transplant."),
         {QStringLiteral("ciclosporin"),   QStringLiteral("cyclosporine"),
          QStringLiteral("tacrolimus"),    QStringLiteral("sirolimus"),
          QStringLiteral("everolimus"),    QStringLiteral("mycophenolate"),
          QStringLiteral("azathioprine"),  QStringLiteral("methotrexate"),
          QStringLiteral("leflunomide"),   QStringLiteral("cyclophosphamide"),
          QStringLiteral("belatacept"),    QStringLiteral("basiliximab"),
          QStringLiteral("prednisolone"),  QStringLiteral("prednisone"),
          QStringLiteral("dexamethasone"), QStringLiteral("hydroxychloroquine"),
          QStringLiteral("fingolimod"),    QStringLiteral("natalizumab"),
          QStringLiteral("ocrelizumab"),   QStringLiteral("rituximab"),
          QStringLiteral("infliximab"),    QStringLiteral("adalimumab")}},
        {MedicationSafety::Level::Caution,
         QT_TRANSLATE_NOOP("MedicationSafety", "thyroid hormone"),
         QT_TRANSLATE_NOOP(
             "MedicationSafety",
             "With thyroid hormone (for example in Hashimoto's), start LDN low: the thyroid dose may need "
             "reviewing, "
             "so ask for your thyroid levels to be checked."),
         {QStringLiteral("levothyroxine"), QStringLiteral("thyroxine"), QStringLiteral("liothyronine"),
          QStringLiteral("armour thyroid"), QStringLiteral("np thyroid"),
          QStringLiteral("desiccated thyroid"), QStringLiteral("synthroid"), QStringLiteral("eltroxin"),
          QStringLiteral("euthyrox"), QStringLiteral("cytomel")}},
    };
    return kGroups;
}

bool isLetter(const QString& text, qsizetype at)
{
    return at >= 0 && at < text.size() && text.at(at) >= QLatin1Char('a') && text.at(at) <= QLatin1Char('z');
}

bool mentions(const QString& text, const QString& name)
{
    // Whole words only, so "morphine" does not match inside an unrelated longer word. Searched
    // without a regular expression: the Today tab checks every medicine against every name when
    // it opens, and compiling one pattern per name cost a tenth of the app's start-up.
    for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        if (!isLetter(text, at - 1) && !isLetter(text, at + name.size())) {
            return true;
        }
    }
    return false;
}

} // namespace

MedicationSafety::Assessment MedicationSafety::assess(const QString& medicationName)
{
    const QString text = medicationName.toLower();
    for (const Group& group : groups()) {
        for (const QString& name : group.names) {
            if (mentions(text, name)) {
                return {group.level, QCoreApplication::translate("MedicationSafety", group.name),
                        QCoreApplication::translate("MedicationSafety", group.warning)};
            }
        }
    }
    return {};
}

bool MedicationSafety::isOpioidOfConcern(const Medication& medication, const QDate& date)
{
    const bool recent =
        !medication.stoppedOn.isValid() || medication.stoppedOn.daysTo(date) < kOpioidClearanceDays;
    return recent && assess(medication.name).level == Level::Contraindicated;
}

std::vector<Medication> MedicationSafety::opioidsOfConcern(const std::vector<Medication>& medications,
                                                           const QDate& date)
{
    std::vector<Medication> opioids;
    std::copy_if(medications.begin(), medications.end(), std::back_inserter(opioids),
                 [&](const Medication& medication) { return isOpioidOfConcern(medication, date); });
    return opioids;
}

QString MedicationSafety::clearanceNote(const Medication& stoppedOpioid, const QDate& date,
                                        const QString& stoppedOnText)
{
    const qint64 days = stoppedOpioid.stoppedOn.daysTo(date);
    const QString when = days == 0 ? QCoreApplication::translate("MedicationSafety", "today")
                         : days == 1
                             ? QCoreApplication::translate("MedicationSafety", "yesterday")
                             : QCoreApplication::translate("MedicationSafety", "%1 days ago").arg(days);
    return QCoreApplication::translate(
               "MedicationSafety", "%1, an opioid, was stopped on %2 (%3). The trials of LDN left out anyone "
                                   "who had taken an opioid in the 15 days to 4 weeks before: ask your "
                                   "prescriber before taking LDN.")
        .arg(stoppedOpioid.name,
             stoppedOnText.isEmpty() ? stoppedOpioid.stoppedOn.toString(QStringLiteral("d MMM yyyy"))
                                     : stoppedOnText,
             when);
}

} // namespace ldn
