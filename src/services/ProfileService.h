#pragma once

#include "core/diary/Profile.h"
#include "core/diary/SymptomDefinition.h"
#include "core/evidence/ConditionMatcher.h"
#include "core/exchange/DiaryArchive.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace ldn {

class DiarySession;

// The people whose diaries are kept: a new profile (with the default symptoms and conditions
// from the library's vocabulary, or the person's own), a demo diary to explore, and every change
// of a profile afterwards: its name, conditions, symptoms and preferences, and its removal, which
// is backed up first and can be undone while the app runs.
class ProfileService {
public:
    struct DemoRequest {
        QString profileName;
        int days = 120;
        std::uint64_t seed = 1;
        QDate lastDay; // invalid: today
    };
    struct DemoResult {
        std::int64_t profileId = 0;
        int days = 0;
    };
    // What removing a profile did, and where it can be found again.
    struct Removal {
        QString name;
        QString backupPath; // the whole diary, copied just before
    };

    explicit ProfileService(DiarySession& session);

    // The library's conditions (the bundled evidence pack's, installed on first use, and the
    // person's own), for completing and checking what people type.
    ConditionMatcher conditionLibrary();
    // The library's name for `typed` (a name or synonym in any case). Throws InputError naming
    // `field` with up to three suggestions ("did you mean Fibromyalgia?") when there is none.
    QString libraryCondition(const QString& typed, const QString& field);

    // Returns the new profile's id. `conditions` must be in the library (see libraryCondition);
    // `ownConditions` are the person's own, added to the library as theirs when it lacks them.
    // Throws InputError for an empty or taken name, or an unknown condition; nothing is written.
    std::int64_t create(const QString& name, const QStringList& conditions = {},
                        const QStringList& ownConditions = {});
    // Writes a generated diary into the named profile (created if needed; one with days already is
    // refused) and returns its id and the number of days written.
    DemoResult createDemo(const DemoRequest& request);

    void rename(std::int64_t profileId, const QString& name);
    // Adds library conditions and the person's own, and removes conditions, in one transaction.
    void editConditions(std::int64_t profileId, const QStringList& add, const QStringList& remove,
                        const QStringList& addOwn = {});
    // Dose unit, colour and reminder time (Profile).
    void setPreferences(std::int64_t profileId, const Profile& preferences);

    // Adds one of the person's own symptoms (or brings back a retired one with its scores).
    void addSymptom(std::int64_t profileId, const SymptomDefinition& symptom);
    void renameSymptom(std::int64_t profileId, const QString& from, const QString& to);
    void retireSymptom(std::int64_t profileId, const QString& name);
    void setQuickLogSymptoms(std::int64_t profileId, const QStringList& names);

    // Makes a backup of the whole diary, then removes the profile and everything of it.
    Removal remove(std::int64_t profileId);
    // The profile removed last, if it can still be put back.
    std::optional<QString> lastRemoved() const;
    // Puts it back whole (with a new id) and returns the id; nothing when there is nothing to undo.
    std::optional<std::int64_t> undoRemoval();

private:
    DiarySession& m_session;
    std::optional<DiaryArchive> m_removed;
};

} // namespace ldn
