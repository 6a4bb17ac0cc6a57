#pragma once

#include "core/diary/SymptomDefinition.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace ldn {

class DiarySession;

// The people whose diaries are kept: a new profile (with the default symptoms and its
// conditions), a demo diary to explore, and a profile's own symptoms.
class ProfileService {
public:
    struct DemoRequest {
        QString profileName;
        int days = 120;
        std::uint64_t seed = 1;
        QDate lastDay; // invalid: today
    };

    explicit ProfileService(DiarySession& session);

    // Returns the new profile's id. Throws InputError for an empty or taken name, or a bad
    // condition name.
    std::int64_t create(const QString& name, const QStringList& conditions = {});
    // Writes a generated diary into the named profile (created if needed; one with days already is
    // refused) and returns its id and the number of days written.
    struct DemoResult {
        std::int64_t profileId = 0;
        int days = 0;
    };
    DemoResult createDemo(const DemoRequest& request);
    // Adds one of the person's own symptoms (or brings back a retired one with its scores).
    void addSymptom(std::int64_t profileId, const SymptomDefinition& symptom);

private:
    DiarySession& m_session;
};

} // namespace ldn
