#include "core/diary/Annotation.h"

#include "core/base/InputError.h"

namespace ldn {

void Annotation::validateBody(const QString& raw)
{
    const QString body = raw.trimmed();
    if (body.isEmpty()) {
        throw InputError(QStringLiteral("note"), QStringLiteral("a note needs some text"));
    }
    if (body.size() > kMaximumAnnotationLength) {
        throw InputError(QStringLiteral("note"),
                         QStringLiteral("a note can be at most %1 characters (got %2)")
                             .arg(kMaximumAnnotationLength)
                             .arg(body.size()));
    }
}

void Annotation::validate() const
{
    validateBody(body);
    if (authorName.simplified().size() > kMaximumAuthorNameLength) {
        throw InputError(QStringLiteral("author"),
                         QStringLiteral("a name can be at most %1 characters").arg(kMaximumAuthorNameLength));
    }
}

QString toStorageText(Annotation::Author author)
{
    return author == Annotation::Author::Patient ? QStringLiteral("patient") : QStringLiteral("carer");
}

std::optional<Annotation::Author> annotationAuthorFromText(const QString& text)
{
    if (text == QLatin1String("patient")) {
        return Annotation::Author::Patient;
    }
    if (text == QLatin1String("carer")) {
        return Annotation::Author::Carer;
    }
    return std::nullopt;
}

QString describeAuthor(const Annotation& annotation)
{
    const QString role = annotation.author == Annotation::Author::Patient ? QStringLiteral("Patient")
                                                                          : QStringLiteral("Carer");
    if (annotation.authorName.trimmed().isEmpty()) {
        return role;
    }
    return QStringLiteral("%1 (%2)").arg(role, annotation.authorName.trimmed());
}

} // namespace ldn
