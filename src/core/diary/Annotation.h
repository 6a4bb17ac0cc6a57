#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace ldn {

// A note written about a person's diary that is not their own day note: most often a carer's
// observation ("very tired after the school run"), kept apart so a reader always knows who wrote it.
struct Annotation {
    enum class Author {
        Patient,
        Carer,
    };

    std::int64_t id = 0;
    QDate day; // invalid for a note about the diary as a whole
    Author author = Author::Carer;
    QString authorName; // "" when the writer did not give a name
    QString body;
    QDateTime createdAt; // UTC

    // Some text, at most kMaximumAnnotationLength characters, and an author's name of at most
    // kMaximumAuthorNameLength (stray spaces aside). Throws InputError naming the field.
    void validate() const;
    static void validateBody(const QString& body);

    friend bool operator==(const Annotation&, const Annotation&) = default;
};

QString toStorageText(Annotation::Author author);
std::optional<Annotation::Author> annotationAuthorFromText(const QString& text);
// "Carer (Sam)", "Carer", "Patient": how a note's author is shown on screen and in the report.
QString describeAuthor(const Annotation& annotation);

constexpr int kMaximumAnnotationLength = 4000;
constexpr int kMaximumAuthorNameLength = 100;

} // namespace ldn
