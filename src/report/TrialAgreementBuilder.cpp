#include "report/TrialAgreementBuilder.h"

#include "core/base/InputError.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "storage/plan/MedicationRepository.h"
#include "storage/plan/TitrationRepository.h"
#include "storage/trial/TrialRepository.h"

#include <utility>

namespace ldn {

TrialAgreementBuilder::TrialAgreementBuilder(Database& database)
    : m_database(database)
{}

TrialAgreement TrialAgreementBuilder::build(std::int64_t profileId, std::optional<ReportEvidence> evidence,
                                            PaperSize paper, const QDate& today) const
{
    const std::optional<Profile> profile = ProfileRepository(m_database).find(profileId);
    if (!profile) {
        throw InputError(QStringLiteral("profile"), QStringLiteral("no profile with id %1").arg(profileId));
    }
    const std::optional<Trial> trial = TrialRepository(m_database).latest(profileId);
    if (!trial) {
        throw InputError(
            QStringLiteral("trial"),
            QStringLiteral("%1 has no trial; start one with \"trial start\"").arg(profile->name));
    }
    TrialAgreement agreement;
    agreement.profileName = profile->name;
    agreement.conditions = profile->conditions;
    agreement.trial = *trial;
    agreement.evidence = std::move(evidence);
    agreement.generatedOn = today;
    agreement.paper = paper;

    const QDate start = trial->protocol.start;
    // The plan set last on or before the trial's start; else the first set after it (a plan made
    // for the trial once its baseline was agreed).
    for (const TitrationPlan& plan : TitrationRepository(m_database).history(profileId)) {
        if (plan.startOn <= start || !agreement.plan) {
            agreement.plan = plan;
        }
    }
    // The last dose taken before the trial: LDN already on board, or 0 mg.
    for (const DiaryEntry& entry :
         DiaryRepository(m_database).entries(profileId, QDate(), start.addDays(-1))) {
        if (entry.status == DoseStatus::Taken) {
            agreement.doseBeforeStart = entry.dose.isZero() ? std::nullopt : std::optional<Dose>(entry.dose);
        }
    }
    for (const Medication& medication : MedicationRepository(m_database).list(profileId)) {
        if (medication.stoppedOn.isValid() && !MedicationSafety::isOpioidOfConcern(medication, today)) {
            continue;
        }
        agreement.medications.push_back({medication, MedicationSafety::assess(medication.name)});
    }
    return agreement;
}

} // namespace ldn
