#include "core/exchange/ReferenceFields.h"

#include <QRegularExpression>
#include <QStringList>

namespace ldn {
namespace {

QString initialsOf(const QString& given)
{
    QString initials;
    static const QRegularExpression kSeparators(QStringLiteral("[\\s.\\-]+"));
    for (const QString& part : given.split(kSeparators, Qt::SkipEmptyParts)) {
        initials += part.front().toUpper();
    }
    return initials;
}

// Han, kana and Hangul: names in these scripts are written family name first, without a space,
// and have no initials.
bool isEastAsianScript(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) ||
            (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0x1100 && u <= 0x11FF) ||
            c.isHighSurrogate()) {
            return true;
        }
    }
    return false;
}

void fillFirstMatch(const QString& text, const QRegularExpression& pattern, QString& target, int group = 0)
{
    if (!target.isEmpty()) {
        return;
    }
    const QRegularExpressionMatch match = pattern.match(text);
    if (match.hasMatch()) {
        target = match.captured(group);
    }
}

void shortenField(QString& text, int maximum, const char* field,
                  const std::function<void(const char*, qsizetype, int)>& report)
{
    if (text.size() <= maximum) {
        return;
    }
    const qsizetype length = text.size();
    // The mark is at most 60 characters; the kept text and the mark together fit the limit.
    qsizetype keep = maximum - 60;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate()) {
        --keep;
    }
    text = text.left(keep).trimmed() + ReferenceFields::shortenedMark(length - keep);
    report(field, length, maximum);
}

} // namespace

QString ReferenceFields::author(const QString& family, const QString& given)
{
    const QString surname = family.simplified();
    const QString forename = given.simplified();
    if (surname.isEmpty()) {
        return forename;
    }
    if (isEastAsianScript(surname + forename)) {
        return surname + forename;
    }
    const QString initials = initialsOf(forename);
    return initials.isEmpty() ? surname : surname + QLatin1Char(' ') + initials;
}

QString ReferenceFields::author(const QString& family, const QString& given,
                                const QString& nonDroppingParticle, const QString& droppingParticle,
                                const QString& suffix)
{
    QString surname = family.simplified();
    if (!nonDroppingParticle.simplified().isEmpty()) {
        // "d'" and "l'" join the name without a space ("d'Alembert").
        const QString particle = nonDroppingParticle.simplified();
        surname = particle.endsWith(QLatin1Char('\'')) || particle.endsWith(QChar(0x2019))
                      ? particle + surname
                      : particle + QLatin1Char(' ') + surname;
    }
    QString name = author(surname, given);
    for (const QString& part : {droppingParticle.simplified(), suffix.simplified()}) {
        if (!part.isEmpty() && !name.isEmpty()) {
            name += QLatin1Char(' ') + part;
        }
    }
    return name;
}

QString ReferenceFields::authorFromRis(const QString& text)
{
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma >= 0) {
        // "King, Martin L., Jr." keeps its suffix.
        const QStringList parts = text.split(QLatin1Char(','));
        const QString suffix =
            parts.size() > 2 ? parts.mid(2).join(QLatin1Char(' ')).simplified() : QString();
        return author(parts.at(0), parts.at(1), {}, {}, suffix);
    }
    // "Liu R." or "Smith J.P.": a family name followed by initials; the dots go, as in "Liu R".
    static const QRegularExpression kTrailingInitials(QStringLiteral(R"(^(.*\S)\s+((?:[A-Z]\.?-?)+)$)"));
    const QString name = text.simplified();
    const QRegularExpressionMatch match = kTrailingInitials.match(name);
    if (match.hasMatch()) {
        return match.captured(1) + QLatin1Char(' ') + QString(match.captured(2)).remove(QLatin1Char('.'));
    }
    return name;
}

QString ReferenceFields::locator(const QString& volume, const QString& issue, const QString& pages)
{
    QString text = volume.simplified();
    if (!issue.simplified().isEmpty()) {
        text += QStringLiteral("(%1)").arg(issue.simplified());
    }
    if (!pages.simplified().isEmpty()) {
        text += (text.isEmpty() ? QString() : QStringLiteral(":")) + pages.simplified();
    }
    return text;
}

void ReferenceFields::identifiersFromText(const QString& text, EvidenceIdentifiers& identifiers)
{
    static const QRegularExpression kNct(QStringLiteral("\\bNCT[0-9]{8}\\b"));
    static const QRegularExpression kEudract(QStringLiteral("\\b(19|20)[0-9]{2}-[0-9]{6}-[0-9]{2}\\b"));
    static const QRegularExpression kActrn(QStringLiteral("\\bACTRN[0-9]{14}\\b"));
    static const QRegularExpression kPmid(QStringLiteral("\\bPMID:?\\s*([1-9][0-9]{0,8})\\b"));
    static const QRegularExpression kPmcid(QStringLiteral("\\bPMC[0-9]{1,9}\\b"));
    fillFirstMatch(text, kNct, identifiers.nct);
    fillFirstMatch(text, kEudract, identifiers.eudract);
    fillFirstMatch(text, kActrn, identifiers.actrn);
    fillFirstMatch(text, kPmid, identifiers.pmid, 1);
    fillFirstMatch(text, kPmcid, identifiers.pmcid);
}

std::optional<int> ReferenceFields::leadingYear(const QString& text)
{
    static const QRegularExpression kYear(QStringLiteral("^\\s*([0-9]{4})(?![0-9])"));
    const QRegularExpressionMatch match = kYear.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return match.captured(1).toInt();
}

QString ReferenceFields::withoutRichText(const QString& text)
{
    static const QRegularExpression kMarkup(
        QStringLiteral(R"(</?(?:i|b|sup|sub|sc)>|<span(?:\s[^<>]*)?>|</span>)"),
        QRegularExpression::CaseInsensitiveOption);
    return QString(text).remove(kMarkup);
}

QStringList ReferenceFields::webAddresses(const QString& text)
{
    static const QRegularExpression kSeparators(QStringLiteral(R"([;\s]+)"));
    return text.split(kSeparators, Qt::SkipEmptyParts);
}

QString ReferenceFields::shortenedMark(qsizetype leftOut)
{
    return QStringLiteral(" [\u2026 shortened on import: %1 more characters left out]").arg(leftOut);
}

QString ReferenceFields::shortenedProblem(qsizetype length, int maximum)
{
    return QStringLiteral("%1 characters, more than the %2 kept; shortened and marked \"[\u2026 shortened "
                          "on import]\"")
        .arg(length)
        .arg(maximum);
}

void ReferenceFields::shortenToLimits(EvidenceSource& source,
                                      const std::function<void(const char*, qsizetype, int)>& report)
{
    shortenField(source.title, kMaximumSourceTitleLength, "title", report);
    shortenField(source.authors, kMaximumEvidenceTextLength, "authors", report);
    shortenField(source.publisher, kMaximumSourceTitleLength, "publisher", report);
    shortenField(source.locator, kMaximumSourceLocatorLength, "locator", report);
    shortenField(source.note, kMaximumEvidenceTextLength, "note", report);
}

} // namespace ldn
