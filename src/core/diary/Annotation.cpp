#include "core/diary/Annotation.h"

namespace ldn {

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
