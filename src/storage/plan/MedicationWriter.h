#pragma once

#include "core/plan/Medication.h"
#include "storage/db/Statement.h"

#include <QDate>

#include <cstdint>
#include <optional>

namespace ldn {

class Connection;

// The one place that writes rows of `medication`, a person's other medicines. Runs inside the
// caller's transaction; Medication::validate has been called. Names lose stray spaces as
// they are written, like the other text fields.
class MedicationWriter {
public:
    explicit MedicationWriter(Connection& connection);

    std::int64_t insert(std::int64_t profileId, const Medication& medication);
    // An invalid date: still taken.
    void setStopped(std::int64_t medicationId, const QDate& stoppedOn);
    void remove(std::int64_t medicationId);

private:
    Connection& m_connection;
    std::optional<Statement> m_insert;
};

} // namespace ldn
