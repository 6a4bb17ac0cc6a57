#pragma once

#include "core/plan/Medication.h"

#include <QDate>

#include <cstdint>
#include <optional>

namespace ldn {

class DiarySession;

// A person's other medicines: added, removed and marked stopped at once, the last removal or stop
// undoable (removing cannot be confirmed away by habit, so it is undone instead).
class MedicationService {
public:
    // The change Undo would take back.
    struct LastChange {
        enum class Kind { Removal, Stop };
        Kind kind = Kind::Removal;
        Medication before; // the medicine as it was
    };

    explicit MedicationService(DiarySession& session);

    std::int64_t add(std::int64_t profileId, const Medication& medication);
    void remove(std::int64_t profileId, const Medication& medication);
    // Records the day it was stopped (an invalid date: still taken). `today` is the latest day
    // allowed. Throws InputError for a day in the future or before the medicine was started.
    void setStopped(std::int64_t profileId, const Medication& medication, const QDate& stoppedOn,
                    const QDate& today);

    std::optional<LastChange> lastChange(std::int64_t profileId) const;
    // Puts back the removed medicine, or its stop day as it was; false when there is nothing to undo.
    bool undo(std::int64_t profileId);
    void forgetUndo();

private:
    DiarySession& m_session;
    std::optional<std::int64_t> m_changedProfile;
    std::optional<LastChange> m_lastChange;
};

} // namespace ldn
