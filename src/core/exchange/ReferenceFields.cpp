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

} // namespace

QString ReferenceFields::author(const QString& family, const QString& given)
{
    const QString surname = family.simplified();
    const QString initials = initialsOf(given.simplified());
    if (surname.isEmpty()) {
        return given.simplified();
    }
    return initials.isEmpty() ? surname : surname + QLatin1Char(' ') + initials;
}

QString ReferenceFields::authorFromRis(const QString& text)
{
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma < 0) {
        return text.simplified();
    }
    return author(text.left(comma), text.mid(comma + 1));
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

} // namespace ldn
