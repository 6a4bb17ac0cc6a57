#pragma once

#include "core/diary/Annotation.h"
#include "storage/db/Statement.h"

#include <cstdint>
#include <optional>

namespace ldn {

class Connection;

// The one place that writes rows of `annotation`, the notes about a person's days that are not the
// day's own note. Runs inside the caller's transaction; Annotation::validate has been called.
class AnnotationWriter {
public:
    explicit AnnotationWriter(Connection& connection);

    // Keeps the note's own creation time; an invalid one is now.
    std::int64_t insert(std::int64_t profileId, const Annotation& annotation);
    void updateBody(std::int64_t annotationId, const QString& body);
    void remove(std::int64_t annotationId);

private:
    Connection& m_connection;
    std::optional<Statement> m_insert; // prepared once for a backup's many notes
};

} // namespace ldn
