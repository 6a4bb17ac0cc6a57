#pragma once

#include "core/diary/Dose.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <cstdint>
#include <optional>

namespace ldn {

class Connection;

// The one place that writes rows of `profile` and its links to conditions (`profile_condition`).
// Callers check the input and open the transaction; this only writes, inside it.
class ProfileWriter {
public:
    explicit ProfileWriter(Connection& connection);

    // `createdAt` invalid: now.
    std::int64_t insert(const QString& name, const QDateTime& createdAt = {}, const QString& notes = {});
    void rename(std::int64_t profileId, const QString& name);
    // The person's preferences (see Profile); `colour` "" and no reminder time clear them.
    void setPreferences(std::int64_t profileId, Dose::Unit doseUnit, const QString& colour,
                        const std::optional<QTime>& reminderTime);
    void remove(std::int64_t profileId);

    // Links a condition (a link that exists already stays as it is); `diagnosedOn` may be invalid.
    void linkCondition(std::int64_t profileId, std::int64_t conditionId, const QDate& diagnosedOn = {});
    void unlinkCondition(std::int64_t profileId, std::int64_t conditionId);
    // Moves every link of condition `from` to `into` (merging a person's condition into the library's).
    void moveConditionLinks(std::int64_t from, std::int64_t into);

private:
    Connection& m_connection;
};

} // namespace ldn
