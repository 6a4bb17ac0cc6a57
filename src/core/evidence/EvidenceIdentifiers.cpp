#include "core/evidence/EvidenceIdentifiers.h"

#include "core/base/InputError.h"

#include <QRegularExpression>

namespace ldn {
namespace {

bool matches(const QString& text, const QRegularExpression& expression)
{
    return expression.match(text).hasMatch();
}

QString withoutPrefix(QString text, const QStringList& prefixes)
{
    for (const QString& prefix : prefixes) {
        if (text.startsWith(prefix, Qt::CaseInsensitive)) {
            return text.mid(prefix.size()).trimmed();
        }
    }
    return text;
}

} // namespace

bool EvidenceIdentifiers::isEmpty() const
{
    return doi.isEmpty() && pmid.isEmpty() && pmcid.isEmpty() && nct.isEmpty() && eudract.isEmpty() &&
           actrn.isEmpty() && url.isEmpty();
}

QString EvidenceIdentifiers::normaliseDoi(const QString& text)
{
    return withoutPrefix(text.trimmed(),
                         {QStringLiteral("https://doi.org/"), QStringLiteral("http://doi.org/"),
                          QStringLiteral("https://dx.doi.org/"), QStringLiteral("http://dx.doi.org/"),
                          QStringLiteral("doi:"), QStringLiteral("doi ")});
}

QString EvidenceIdentifiers::normalisePmid(const QString& text)
{
    return withoutPrefix(text.trimmed(), {QStringLiteral("PMID:"), QStringLiteral("PMID ")});
}

QString EvidenceIdentifiers::normaliseRegistryId(const QString& text)
{
    return text.trimmed().toUpper();
}

EvidenceIdentifiers EvidenceIdentifiers::normalised() const
{
    EvidenceIdentifiers tidy;
    tidy.doi = normaliseDoi(doi);
    tidy.pmid = normalisePmid(pmid);
    tidy.pmcid = normaliseRegistryId(pmcid);
    tidy.nct = normaliseRegistryId(nct);
    tidy.eudract = eudract.trimmed();
    tidy.actrn = normaliseRegistryId(actrn);
    tidy.url = url.trimmed();
    return tidy;
}

QString EvidenceIdentifiers::doiProblem(const QString& text)
{
    static const QRegularExpression kPattern(QStringLiteral(R"(^10\.\d{4,9}/\S+$)"));
    if (text.isEmpty() || matches(text, kPattern)) {
        return {};
    }
    return QStringLiteral("\"%1\" is not a DOI (expected 10.NNNN/suffix, e.g. 10.1002/art.37734)").arg(text);
}

QString EvidenceIdentifiers::pmidProblem(const QString& text)
{
    static const QRegularExpression kPattern(QStringLiteral(R"(^[1-9][0-9]{0,8}$)"));
    if (text.isEmpty() || matches(text, kPattern)) {
        return {};
    }
    return QStringLiteral("\"%1\" is not a PubMed id (expected digits, e.g. 19453963)").arg(text);
}

QString EvidenceIdentifiers::pmcidProblem(const QString& text)
{
    static const QRegularExpression kPattern(QStringLiteral(R"(^PMC[0-9]{1,9}$)"));
    if (text.isEmpty() || matches(text, kPattern)) {
        return {};
    }
    return QStringLiteral("\"%1\" is not a PubMed Central id (expected PMC and digits, e.g. PMC3381945)")
        .arg(text);
}

QString EvidenceIdentifiers::nctProblem(const QString& text)
{
    static const QRegularExpression kPattern(QStringLiteral(R"(^NCT[0-9]{8}$)"));
    if (text.isEmpty() || matches(text, kPattern)) {
        return {};
    }
    return QStringLiteral(
               "\"%1\" is not a ClinicalTrials.gov id (expected NCT and 8 digits, e.g. NCT04270877)")
        .arg(text);
}

QString EvidenceIdentifiers::eudractProblem(const QString& text)
{
    static const QRegularExpression kPattern(QStringLiteral(R"(^(19|20)[0-9]{2}-[0-9]{6}-[0-9]{2}$)"));
    if (text.isEmpty() || matches(text, kPattern)) {
        return {};
    }
    return QStringLiteral("\"%1\" is not a EudraCT number (expected YYYY-NNNNNN-NN, e.g. 2019-000702-30)")
        .arg(text);
}

QString EvidenceIdentifiers::actrnProblem(const QString& text)
{
    static const QRegularExpression kPattern(QStringLiteral(R"(^ACTRN[0-9]{14}$)"));
    if (text.isEmpty() || matches(text, kPattern)) {
        return {};
    }
    return QStringLiteral(
               "\"%1\" is not an ANZCTR id (expected ACTRN and 14 digits, e.g. ACTRN12624001162505)")
        .arg(text);
}

QString EvidenceIdentifiers::urlProblem(const QString& text)
{
    static const QRegularExpression kPattern(QStringLiteral(R"(^https?://[^\s/]+\S*$)"));
    if (text.isEmpty() || matches(text, kPattern)) {
        return {};
    }
    return QStringLiteral("\"%1\" is not a web address (expected http:// or https://)").arg(text);
}

void EvidenceIdentifiers::validate(const QString& location) const
{
    const auto check = [&location](const QString& problem, const char* field) {
        if (!problem.isEmpty()) {
            throw InputError(location + QStringLiteral(": ") + QLatin1String(field), problem);
        }
    };
    check(doiProblem(doi), "doi");
    check(pmidProblem(pmid), "pmid");
    check(pmcidProblem(pmcid), "pmcid");
    check(nctProblem(nct), "nct");
    check(eudractProblem(eudract), "eudract");
    check(actrnProblem(actrn), "actrn");
    check(urlProblem(url), "url");
}

} // namespace ldn
