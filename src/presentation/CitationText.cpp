#include "presentation/CitationText.h"

#include <QCoreApplication>
#include <QStringList>

namespace ldn {
namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("ldn::CitationText", text);
}

} // namespace

CitationText::Parts CitationText::parts(const EvidenceSource& source)
{
    Parts parts{source.shortCitation(), {}, source.publisher, {}};
    // Without authors the short citation begins with the title already.
    if (!source.authors.trimmed().isEmpty()) {
        parts.title = source.title;
    }
    if (!source.publisher.isEmpty()) {
        parts.locator = source.locator;
    }
    return parts;
}

QString CitationText::reference(const EvidenceSource& source)
{
    const Parts parts = CitationText::parts(source);
    QString text = parts.who;
    if (!parts.title.isEmpty()) {
        text += QStringLiteral(". ") + parts.title;
    }
    if (!parts.publisher.isEmpty()) {
        text += QStringLiteral(". ") + parts.publisher;
        if (!parts.locator.isEmpty()) {
            text += QLatin1Char(' ') + parts.locator;
        }
    }
    return text;
}

std::vector<CitationText::Identifier> CitationText::identifiers(const EvidenceIdentifiers& id)
{
    std::vector<Identifier> result;
    const auto add = [&result](Identifier::Kind kind, const QString& value, const QString& text,
                               const QString& address) {
        if (!value.isEmpty()) {
            result.push_back({kind, text, QUrl(address)});
        }
    };
    add(Identifier::Kind::Doi, id.doi, translated("DOI %1").arg(id.doi),
        QStringLiteral("https://doi.org/") + id.doi);
    add(Identifier::Kind::Pmid, id.pmid, translated("PMID %1").arg(id.pmid),
        QStringLiteral("https://pubmed.ncbi.nlm.nih.gov/%1/").arg(id.pmid));
    // PMC, NCT and ACTRN ids carry their registry in their first letters.
    add(Identifier::Kind::Pmcid, id.pmcid, id.pmcid,
        QStringLiteral("https://pmc.ncbi.nlm.nih.gov/articles/%1/").arg(id.pmcid));
    add(Identifier::Kind::Nct, id.nct, id.nct, QStringLiteral("https://clinicaltrials.gov/study/") + id.nct);
    add(Identifier::Kind::EudraCt, id.eudract, translated("EudraCT %1").arg(id.eudract),
        QStringLiteral("https://www.clinicaltrialsregister.eu/ctr-search/search?query=") + id.eudract);
    add(Identifier::Kind::Actrn, id.actrn, id.actrn,
        QStringLiteral("https://www.anzctr.org.au/TrialSearch.aspx?searchTxt=") + id.actrn);
    if (result.empty()) {
        add(Identifier::Kind::Url, id.url, id.url, id.url);
    }
    // Only web addresses are ever offered as links (a stored address could be anything).
    for (Identifier& identifier : result) {
        const QString scheme = identifier.link.scheme();
        if (!identifier.link.isValid() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
            identifier.link.clear();
        }
    }
    return result;
}

QString CitationText::identifiersText(const EvidenceIdentifiers& identifiers)
{
    QStringList texts;
    for (const Identifier& identifier : CitationText::identifiers(identifiers)) {
        texts << identifier.text;
    }
    return texts.join(QStringLiteral(", "));
}

QString CitationText::citation(const EvidenceSource& source)
{
    const QString ids = identifiersText(source.identifiers);
    return ids.isEmpty() ? reference(source) : reference(source) + QStringLiteral(". ") + ids;
}

} // namespace ldn
