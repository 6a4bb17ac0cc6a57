#include "core/evidence/EvidenceSource.h"

#include "core/base/InputError.h"

namespace ldn {
namespace {

void checkLength(const QString& text, const QString& location, int maximum = kMaximumEvidenceTextLength)
{
    if (text.size() > maximum) {
        throw InputError(
            location, QStringLiteral("can be at most %1 characters (got %2)").arg(maximum).arg(text.size()));
    }
}

} // namespace

QString EvidenceSource::shortCitation() const
{
    QString who = authors.simplified();
    if (who.isEmpty()) {
        who = title.simplified();
    }
    return year ? QStringLiteral("%1 %2").arg(who).arg(*year) : who;
}

void validateSource(const EvidenceSource& source, const QString& location)
{
    const auto at = [&location](const char* field) {
        return location + QStringLiteral(": ") + QLatin1String(field);
    };
    if (source.title.trimmed().isEmpty()) {
        throw InputError(at("title"), QStringLiteral("a title is required"));
    }
    checkLength(source.title, at("title"), kMaximumSourceTitleLength);
    checkLength(source.authors, at("authors"));
    checkLength(source.publisher, at("publisher"), kMaximumSourceTitleLength);
    checkLength(source.locator, at("locator"), kMaximumSourceLocatorLength);
    checkLength(source.conflictOfInterest, at("conflict_of_interest"));
    checkLength(source.note, at("note"));
    if (source.year && (*source.year < kMinimumSourceYear || *source.year > kMaximumSourceYear)) {
        throw InputError(at("year"),
                         QStringLiteral("%1 is not a possible year of publication").arg(*source.year));
    }
    source.identifiers.validate(location);
}

} // namespace ldn
