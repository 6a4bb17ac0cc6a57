#include "gui/evidence/EvidenceHtml.h"

#include "core/evidence/CebmLevel.h"
#include "core/evidence/DesignBadge.h"
#include "core/evidence/EvidenceWording.h"
#include "gui/common/MessageStyle.h"
#include "presentation/CitationText.h"
#include "presentation/StatisticTerms.h"

#include <QColor>
#include <QStringList>

namespace ldn {
namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QColor blend(const QColor& base, const QColor& tint, double amount)
{
    return QColor::fromRgbF(static_cast<float>(base.redF() + (tint.redF() - base.redF()) * amount),
                            static_cast<float>(base.greenF() + (tint.greenF() - base.greenF()) * amount),
                            static_cast<float>(base.blueF() + (tint.blueF() - base.blueF()) * amount));
}

struct Colours {
    QString muted;
    QString badge;
    QString highlight;
    QString card;
    QString warning;

    explicit Colours(const QPalette& palette)
        : muted(MessageStyle::mutedColour(palette).name())
        , badge(blend(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.18).name())
        , highlight(blend(palette.color(QPalette::Base), QColor(0xFF, 0xD5, 0x4F), 0.45).name())
        , card(blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.04).name())
        , warning(MessageStyle::warningColour(palette).name())
    {}
};

QString badge(const QString& text, const Colours& colours)
{
    return QStringLiteral("<span style=\"background-color:%1;\">&nbsp;%2&nbsp;</span>")
        .arg(colours.badge, escaped(text));
}

QString verificationText(Verification verification)
{
    switch (verification) {
    case Verification::FullText:
        return QStringLiteral("checked against the full text");
    case Verification::Abstract:
        return QStringLiteral("checked against the abstract");
    case Verification::Secondary:
        return QStringLiteral("from a secondary source");
    case Verification::Unconfirmed:
        break;
    }
    return QStringLiteral("UNCONFIRMED");
}

QString originLabel(EntryOrigin origin, bool userModified, const Colours& colours)
{
    if (origin == EntryOrigin::User) {
        return QStringLiteral(" <b style=\"color:%1;\">Your entry</b>").arg(colours.warning);
    }
    if (userModified) {
        return QStringLiteral(" <b style=\"color:%1;\">Edited by you</b>").arg(colours.warning);
    }
    return {};
}

QString sourceHtml(const EvidenceSource& source, const Colours& colours)
{
    const DesignBadge design = DesignBadge::forKind(source.kind);
    QString html = badge(design.shortLabel(), colours) + QLatin1Char(' ');
    // The citation by the rule every view shares, set in type: names and year bold, journal italic.
    const CitationText::Parts reference = CitationText::parts(source);
    html += QStringLiteral("<b>%1</b>").arg(escaped(reference.who));
    if (!reference.title.isEmpty()) {
        html += QStringLiteral(". ") + escaped(reference.title);
    }
    if (!reference.publisher.isEmpty()) {
        html += QStringLiteral(". <i>%1</i>").arg(escaped(reference.publisher));
        if (!reference.locator.isEmpty()) {
            html += QLatin1Char(' ') + escaped(reference.locator);
        }
    }
    html += originLabel(source.origin, source.userModified, colours);
    if (source.origin == EntryOrigin::User) {
        html += QStringLiteral(" · <a href=\"%1\">Edit</a>").arg(EvidenceHtml::editLink(source.id, 0));
    }
    QStringList facts;
    if (const std::optional<int> level = design.cebmLevel()) {
        facts << escaped(CebmLevel::describe(*level));
    }
    // Journal peer review says something about studies and articles; guidelines and trial records
    // are reviewed in other ways, as the CLI says too.
    if (!source.peerReviewed && source.kind != SourceKind::Guideline &&
        source.kind != SourceKind::TrialRegistration) {
        facts << QStringLiteral("not peer reviewed");
    }
    facts << escaped(verificationText(source.verification));
    // The identifiers, in citation order, each a link to where it can be looked up.
    QStringList links;
    for (const CitationText::Identifier& identifier : CitationText::identifiers(source.identifiers)) {
        // An address is named by its site; the whole address is what the link opens.
        const QString label =
            identifier.kind == CitationText::Identifier::Kind::Url && !identifier.link.host().isEmpty()
                ? identifier.link.host()
                : identifier.text;
        links << (identifier.link.isEmpty()
                      ? escaped(label)
                      : QStringLiteral("<a href=\"%1\">%2</a>")
                            .arg(escaped(identifier.link.toString(QUrl::FullyEncoded)), escaped(label)));
    }
    html += QStringLiteral("<br><span style=\"color:%1;\">%2</span>")
                .arg(colours.muted, facts.join(QStringLiteral(" · ")));
    if (!links.isEmpty()) {
        html += QStringLiteral(" · ") + links.join(QStringLiteral(" · "));
    }
    if (!source.conflictOfInterest.isEmpty()) {
        html += QStringLiteral("<br><span style=\"color:%1;\">Conflict of interest: %2</span>")
                    .arg(colours.warning, escaped(source.conflictOfInterest));
    }
    if (!source.note.isEmpty()) {
        html += QStringLiteral("<br><span style=\"color:%1;\">Note: %2</span>")
                    .arg(colours.muted, escaped(source.note));
    }
    return html;
}

bool isHighlighted(const LinkedClaim& linked, const EvidenceHtml::Highlight& highlight)
{
    if (highlight.claimId != 0 && linked.claim.id == highlight.claimId) {
        return true;
    }
    if (highlight.sourceId != 0) {
        for (const EvidenceSource& source : linked.sources) {
            if (source.id == highlight.sourceId) {
                return true;
            }
        }
    }
    return false;
}

QString claimHtml(const LinkedClaim& linked, bool showOutcome, const EvidenceHtml::Highlight& highlight,
                  const Colours& colours)
{
    const EvidenceClaim& claim = linked.claim;
    const QString background = isHighlighted(linked, highlight) ? colours.highlight : colours.card;
    QString html = QStringLiteral("<a name=\"%1\"></a><table width=\"100%\" cellpadding=\"6\" "
                                  "cellspacing=\"0\" style=\"margin-bottom:6px;\" bgcolor=\"%2\"><tr><td>")
                       .arg(EvidenceHtml::anchor(claim.id), background);
    // Every direction is written the same way, so "no difference" reads as loudly as "benefit".
    html += QStringLiteral("<b>%1%2</b> · %3")
                .arg(showOutcome ? escaped(claim.outcome) + QStringLiteral(": ") : QString(),
                     escaped(displayName(claim.direction)), escaped(EvidenceWording::comparatorAndN(claim)));
    html += originLabel(claim.origin, claim.userModified, colours);
    const EvidenceSource* ownSource = linked.sources.empty() ? nullptr : &linked.sources.front();
    if (claim.origin == EntryOrigin::User && ownSource && ownSource->origin == EntryOrigin::User) {
        html +=
            QStringLiteral(" · <a href=\"%1\">Edit</a>").arg(EvidenceHtml::editLink(ownSource->id, claim.id));
    }
    if (!claim.summary.isEmpty()) {
        html += QStringLiteral("<br>") + escaped(claim.summary);
    }
    const QString effect = EvidenceWording::effectText(claim.effect);
    if (!effect.isEmpty()) {
        html += QStringLiteral("<br>Effect: ") + escaped(effect);
    }
    // The statistics quoted ("I² = 91%", a standardised mean difference) in plain words, beside them.
    for (const QString& explanation : StatisticTerms::explanationsFor(QStringList{claim.summary, effect})) {
        html += QStringLiteral("<br><span style=\"color:%1;\"><i>%2</i></span>")
                    .arg(colours.muted, escaped(explanation));
    }
    QStringList details;
    if (!claim.population.isEmpty()) {
        details << QStringLiteral("Population: ") + escaped(claim.population);
    }
    if (!claim.dose.isEmpty()) {
        details << QStringLiteral("dose ") + escaped(claim.dose);
    }
    if (!claim.duration.isEmpty()) {
        details << QStringLiteral("duration ") + escaped(claim.duration);
    }
    if (!details.isEmpty()) {
        html += QStringLiteral("<br><span style=\"color:%1;\">%2</span>")
                    .arg(colours.muted, details.join(QStringLiteral("; ")));
    }
    if (linked.sources.empty()) {
        html += QStringLiteral("<br><span style=\"color:%1;\">No source linked.</span>").arg(colours.muted);
    }
    for (const EvidenceSource& source : linked.sources) {
        html += QStringLiteral("<p style=\"margin-top:4px; margin-left:12px;\">%1</p>")
                    .arg(sourceHtml(source, colours));
    }
    html += QStringLiteral("</td></tr></table>");
    return html;
}

QString laneHtml(const QString& heading, const QString& note, const std::vector<LinkedClaim>& claims,
                 const EvidenceHtml::Highlight& highlight, const Colours& colours)
{
    if (claims.empty()) {
        return {};
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(heading));
    if (!note.isEmpty()) {
        html += QStringLiteral("<p style=\"color:%1;\">%2</p>").arg(colours.muted, escaped(note));
    }
    for (const LinkedClaim& linked : claims) {
        html += claimHtml(linked, true, highlight, colours);
    }
    return html;
}

} // namespace

QString EvidenceHtml::findings(const SummaryOfFindings& summary, const Highlight& highlight,
                               const QPalette& palette)
{
    const Colours colours(palette);
    QString html;
    if (!summary.studyClaims().empty()) {
        html += QStringLiteral("<h3>Findings and their sources</h3>");
        QString outcome;
        for (const LinkedClaim& linked : summary.studyClaims()) {
            if (linked.claim.outcome.compare(outcome, Qt::CaseInsensitive) != 0) {
                outcome = linked.claim.outcome;
                html += QStringLiteral("<h4>%1</h4>").arg(escaped(outcome));
            }
            html += claimHtml(linked, false, highlight, colours);
        }
    } else {
        html += QStringLiteral("<p><b>No studies of LDN for this condition are in the library.</b></p>");
    }
    html += laneHtml(QStringLiteral("Guidelines and positions"),
                     QStringLiteral("A position is not a study: shown, not counted in the summary."),
                     summary.positions(), highlight, colours);
    html +=
        laneHtml(QStringLiteral("Trials planned or under way"), QStringLiteral("Registered, no results yet."),
                 summary.plannedTrials(), highlight, colours);
    html += laneHtml(QStringLiteral("Mechanism-based reasoning"),
                     QStringLiteral("How LDN might work, not whether it does: not counted."),
                     summary.mechanism(), highlight, colours);
    html += laneHtml(QStringLiteral("Unclassified references"),
                     QStringLiteral("Not counted until their design is set."), summary.unclassified(),
                     highlight, colours);
    return html;
}

QString EvidenceHtml::personalReports(const SummaryOfFindings& summary, const Highlight& highlight,
                                      const QPalette& palette)
{
    const Colours colours(palette);
    if (summary.personalReports().empty()) {
        return QStringLiteral("<p style=\"color:%1;\">None in the library for this condition.</p>")
            .arg(colours.muted);
    }
    QString html = QStringLiteral("<p style=\"color:%1;\">What people and organisations say. A report is "
                                  "labelled as one however good the news: it cannot show that LDN, "
                                  "rather than time or chance, made the difference.</p>")
                       .arg(colours.muted);
    for (const LinkedClaim& linked : summary.personalReports()) {
        html += claimHtml(linked, true, highlight, colours);
    }
    return html;
}

QString EvidenceHtml::standaloneSource(const EvidenceSource& source, const QPalette& palette)
{
    const Colours colours(palette);
    return QStringLiteral("<h3>%1</h3><p>%2</p><p style=\"color:%3;\">No finding cites this source yet, so "
                          "it is not shown under any condition.</p>")
        .arg(escaped(source.title), sourceHtml(source, colours), colours.muted);
}

QString EvidenceHtml::editLink(std::int64_t sourceId, std::int64_t claimId)
{
    return QStringLiteral("ldn-edit:%1/%2").arg(sourceId).arg(claimId);
}

QString EvidenceHtml::anchor(std::int64_t claimId)
{
    return QStringLiteral("claim-%1").arg(claimId);
}

QString EvidenceHtml::firstHighlighted(const SummaryOfFindings& summary, const Highlight& highlight)
{
    for (const std::vector<LinkedClaim>* lane :
         {&summary.studyClaims(), &summary.positions(), &summary.plannedTrials(), &summary.mechanism(),
          &summary.unclassified(), &summary.personalReports()}) {
        for (const LinkedClaim& linked : *lane) {
            if (isHighlighted(linked, highlight)) {
                return anchor(linked.claim.id);
            }
        }
    }
    return {};
}

} // namespace ldn
