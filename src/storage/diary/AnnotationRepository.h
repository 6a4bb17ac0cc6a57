#pragma once

#include "core/diary/Annotation.h"

#include <QDate>

#include <cstdint>
#include <vector>

namespace ldn {

class Database;

// Notes about a person's days written by someone other than the day's own note: a carer's
// observations, or the person's own notes about the diary as a whole.
class AnnotationRepository {
public:
    explicit AnnotationRepository(Database& database);

    // Validates (a body is required, at most kMaximumAnnotationLength characters) and stores the
    // note with the current time; returns its id. Throws InputError naming the field.
    std::int64_t add(std::int64_t profileId, const Annotation& annotation);
    // Replaces the body of one note; the author and time it was written stay.
    void updateBody(std::int64_t annotationId, const QString& body);
    void remove(std::int64_t annotationId);
    // Notes on days between the two dates inclusive (an invalid date leaves that end open), by day
    // then by when they were written. Notes without a day come first.
    std::vector<Annotation> list(std::int64_t profileId, const QDate& from = {}, const QDate& to = {}) const;

private:
    Database& m_database;
};

} // namespace ldn
