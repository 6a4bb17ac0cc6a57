#include "core/evidence/EvidenceSource.h"

#include "core/base/InputError.h"

#include <algorithm>

namespace ldn {
namespace {

enum class LineBreaks { Refused, Allowed };

// A control character in a stored text (a NUL from a JSON "\u0000", an escape code) would print as
// nothing or garble the report and the CSV; only a note may keep its tabs and line breaks.
void checkText(const QString& text, const QString& location, int maximum = kMaximumEvidenceTextLength,
               LineBreaks lineBreaks = LineBreaks::Refused)
{
    if (text.size() > maximum) {
        throw InputError(
            location, QStringLiteral("can be at most %1 characters (got %2)").arg(maximum).arg(text.size()));
    }
    const auto control = std::find_if(text.cbegin(), text.cend(), [lineBreaks](QChar c) {
        const bool lineBreak = c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
        return (c.unicode() < 0x20 || c.unicode() == 0x7F) &&
               !(lineBreak && lineBreaks == LineBreaks::Allowed);
    });
    if (control != text.cend()) {
        throw InputError(location, QStringLiteral("holds a control character (U+%1) at character %2")
                                       .arg(control->unicode(), 4, 16, QLatin1Char('0'))
                                       .arg(1 + (control - text.cbegin())));
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
    checkText(source.title, at("title"), kMaximumSourceTitleLength);
    checkText(source.authors, at("authors"));
    checkText(source.publisher, at("publisher"), kMaximumSourceTitleLength);
    checkText(source.locator, at("locator"), kMaximumSourceLocatorLength);
    checkText(source.conflictOfInterest, at("conflict_of_interest"), kMaximumEvidenceTextLength,
              LineBreaks::Allowed);
    checkText(source.note, at("note"), kMaximumEvidenceTextLength, LineBreaks::Allowed);
    if (source.year && (*source.year < kMinimumSourceYear || *source.year > kMaximumSourceYear)) {
        throw InputError(at("year"),
                         QStringLiteral("%1 is not a possible year of publication").arg(*source.year));
    }
    source.identifiers.validate(location);
}

} // namespace ldn
