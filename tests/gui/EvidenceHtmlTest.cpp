#include "gui/evidence/EvidenceHtml.h"

#include <QApplication>
#include <QPalette>
#include <QRegularExpression>
#include <catch2/catch.hpp>

namespace ldn::test {
namespace {

QStringList linkTargets(const QString& html)
{
    QStringList targets;
    const QRegularExpression link(QStringLiteral("<a href=\"([^\"]*)\">([^<]*)</a>"));
    for (auto match = link.globalMatch(html); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        targets << found.captured(1) + QStringLiteral(" = ") + found.captured(2);
    }
    return targets;
}

EvidenceSource openLabelStudy()
{
    EvidenceSource source;
    source.id = 7;
    source.origin = EntryOrigin::Bundled;
    source.kind = SourceKind::OpenLabel;
    source.title = QStringLiteral("Low-dose naltrexone therapy improves active Crohn's disease");
    source.authors = QStringLiteral("Smith JP, Stock H, Bingaman S");
    source.year = 2007;
    source.publisher = QStringLiteral("Am J Gastroenterol");
    source.locator = QStringLiteral("102(4):820-8");
    source.peerReviewed = true;
    source.verification = Verification::Abstract;
    return source;
}

} // namespace

TEST_CASE("The Evidence tab cites a source by the shared rule, each identifier a link", "[gui][evidence]")
{
    EvidenceSource source = openLabelStudy();
    source.identifiers.url = QStringLiteral("https://pubmed.ncbi.nlm.nih.gov/17222320");
    source.identifiers.pmid = QStringLiteral("17222320");
    source.identifiers.doi = QStringLiteral("10.1111/j.1572-0241.2007.01045.x");
    const QString html = EvidenceHtml::standaloneSource(source, QApplication::palette());
    CHECK(
        html.contains(QStringLiteral("<b>Smith JP, Stock H, Bingaman S 2007</b>. Low-dose naltrexone therapy "
                                     "improves active Crohn's disease. <i>Am J Gastroenterol</i> "
                                     "102(4):820-8")));
    // DOI, then PMID (named as the CLI and the GP report name it); the address is left out.
    CHECK(linkTargets(html) ==
          QStringList{QStringLiteral("https://doi.org/10.1111/j.1572-0241.2007.01045.x = DOI "
                                     "10.1111/j.1572-0241.2007.01045.x"),
                      QStringLiteral("https://pubmed.ncbi.nlm.nih.gov/17222320/ = PMID 17222320")});

    // With nothing but an address, the address is the link, named by its site.
    EvidenceSource webOnly = openLabelStudy();
    webOnly.identifiers.url = QStringLiteral("https://www.ldnresearchtrust.org/crohns");
    CHECK(linkTargets(EvidenceHtml::standaloneSource(webOnly, QApplication::palette())) ==
          QStringList{QStringLiteral("https://www.ldnresearchtrust.org/crohns = www.ldnresearchtrust.org")});
}

} // namespace ldn::test
