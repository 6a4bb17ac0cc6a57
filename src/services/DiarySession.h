#pragma once

#include "services/DiaryChange.h"
#include "storage/db/Transaction.h"

#include <QObject>
#include <QString>

#include <memory>
#include <type_traits>

namespace ldn {

class AnnotationRepository;
class Connection;
class Database;
class DiaryRepository;
class DiaryService;
class EvidenceRepository;
class EvidenceService;
class ExchangeService;
class MedicationRepository;
class MedicationService;
class NoteService;
class PlanService;
class ProfileRepository;
class ProfileService;
class SettingRepository;
class TitrationRepository;
class TrialRepository;
class TrialService;

// One open diary as the GUI and the command line use it: what can be read (the repositories, for
// reading only), and the use cases that change it (the services). Every change goes through a
// service, which checks the input, refuses it when the diary is open read-only for review, writes
// in one transaction, and then announces what changed with `changed`, so every page that shows it
// reads it again and nobody keeps a list of what to refresh.
class DiarySession : public QObject {
    Q_OBJECT

public:
    // Read-only when the database was opened read-only (a review).
    explicit DiarySession(Database& database, QObject* parent = nullptr);
    ~DiarySession() override;

    Database& database() const { return m_database; }
    bool isReadOnly() const;
    // Throws ReadOnlyError naming `what` when the diary cannot be changed.
    void requireWritable(const QString& what) const;
    // Tells every observer; services call it after their transaction committed.
    void announce(const DiaryChange& change);
    // The shape of most changes: refuses it when the diary is read-only (naming `what`), runs
    // `write` in one transaction and, once that committed, announces `change`. Returns what
    // `write` returns. (Changes that must not run inside a transaction, such as a restore or a
    // backup before a removal, call requireWritable and announce themselves.)
    template <typename Write>
    std::invoke_result_t<Write&> change(const QString& what, const DiaryChange& change, Write&& write)
    {
        requireWritable(what);
        Transaction transaction(connection());
        if constexpr (std::is_void_v<std::invoke_result_t<Write&>>) {
            write();
            transaction.commit();
            announce(change);
        } else {
            auto result = write();
            transaction.commit();
            announce(change);
            return result;
        }
    }

    // Reading.
    const ProfileRepository& profiles() const { return *m_profiles; }
    const DiaryRepository& diary() const { return *m_diary; }
    const AnnotationRepository& notes() const { return *m_notes; }
    const TitrationRepository& plans() const { return *m_plans; }
    const MedicationRepository& medicines() const { return *m_medicines; }
    const SettingRepository& storedSettings() const { return *m_settings; }
    const TrialRepository& trials() const { return *m_trials; }
    // Evidence reads install the bundled pack on first use, so they are not const.
    EvidenceRepository& evidence() const { return *m_evidence; }

    // Changing.
    ProfileService& profileService() { return *m_profileService; }
    DiaryService& diaryService() { return *m_diaryService; }
    NoteService& noteService() { return *m_noteService; }
    PlanService& planService() { return *m_planService; }
    MedicationService& medicationService() { return *m_medicationService; }
    ExchangeService& exchangeService() { return *m_exchangeService; }
    EvidenceService& evidenceService() { return *m_evidenceService; }
    TrialService& trialService() { return *m_trialService; }

Q_SIGNALS:
    void changed(const ldn::DiaryChange& change);

private:
    Connection& connection();

    Database& m_database;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<DiaryRepository> m_diary;
    std::unique_ptr<AnnotationRepository> m_notes;
    std::unique_ptr<TitrationRepository> m_plans;
    std::unique_ptr<MedicationRepository> m_medicines;
    std::unique_ptr<SettingRepository> m_settings;
    std::unique_ptr<TrialRepository> m_trials;
    std::unique_ptr<EvidenceRepository> m_evidence;
    std::unique_ptr<ProfileService> m_profileService;
    std::unique_ptr<DiaryService> m_diaryService;
    std::unique_ptr<NoteService> m_noteService;
    std::unique_ptr<PlanService> m_planService;
    std::unique_ptr<MedicationService> m_medicationService;
    std::unique_ptr<ExchangeService> m_exchangeService;
    std::unique_ptr<EvidenceService> m_evidenceService;
    std::unique_ptr<TrialService> m_trialService;
};

} // namespace ldn
