#pragma once

#include <QFlags>
#include <QMetaType>

#include <cstdint>
#include <optional>

namespace ldn {

// What a use case changed, and for whom: pages that show any of `subjects` for `profileId` read
// the diary again. No profile means every profile (a restore, an import of several people).
struct DiaryChange {
    enum class Subject {
        Profiles = 0x001,   // added, renamed, removed; their conditions
        Days = 0x002,       // diary days
        Symptoms = 0x004,   // a profile's symptom list
        Notes = 0x008,      // notes about days (carers' and the person's own)
        Plan = 0x010,       // titration plans and adjustments
        Medicines = 0x020,  // other medicines
        Evidence = 0x040,   // the evidence library
        Settings = 0x080,   // preferences kept in the diary
        Trial = 0x100,      // trials of LDN: started, stopped
        Everything = 0xFFF, // the whole diary was replaced
    };
    Q_DECLARE_FLAGS(Subjects, Subject)

    Subjects subjects;
    std::optional<std::int64_t> profileId;

    // True when a page showing `subjectsShown` for `shownProfile` must read the diary again.
    bool concerns(Subjects subjectsShown, std::optional<std::int64_t> shownProfile) const
    {
        return (subjects & subjectsShown) && (!profileId || !shownProfile || *profileId == *shownProfile);
    }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DiaryChange::Subjects)

} // namespace ldn

Q_DECLARE_METATYPE(ldn::DiaryChange)
