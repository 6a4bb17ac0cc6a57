#include "cli/EvidenceOutput.h"

#include "core/evidence/CebmLevel.h"
#include "core/evidence/DesignBadge.h"
#include "core/evidence/EvidenceWording.h"
#include "presentation/CitationText.h"

#include <QStringList>

#include <algorithm>

namespace ldn {
namespace {

using OrderedJson = nlohmann::ordered_json;

std::string utf8(const QString& text)
{
    return text.toStdString();
}

OrderedJson textOrNull(const QString& text)
{
    return text.isEmpty() ? OrderedJson(nullptr) : OrderedJson(utf8(text));
}

template <typename T>
OrderedJson optionalJson(const std::optional<T>& value)
{
    return value ? OrderedJson(*value) : OrderedJson(nullptr);
}

QString participantsText(const SummaryRow& row)
{
    if (!row.participants) {
        return QStringLiteral("not reported");
    }
    QString text = QString::number(*row.participants);
    if (row.studiesWithoutParticipants > 0) {
        text += QStringLiteral(" (+%1 study without n)").arg(row.studiesWithoutParticipants);
    }
    return text;
}

QString studiesText(const SummaryRow& row)
{
    QString text = QString::number(row.studies);
    if (row.reviews > 0) {
        text += QStringLiteral(" (%1 review%2)")
                    .arg(row.reviews)
                    .arg(row.reviews == 1 ? QString() : QStringLiteral("s"));
    }
    return text;
}

QString certaintyText(const SummaryRow& row)
{
    if (!row.grade) {
        return QStringLiteral("not graded");
    }
    QString text = displayName(row.grade->certainty());
    if (row.grade->origin == EntryOrigin::User) {
        text += QStringLiteral(" (your grade)");
    }
    return text;
}

QString reasonText(const GradeReason& reason)
{
    return QStringLiteral("%1 %2%3: %4")
        .arg(displayName(reason.domain))
        .arg(reason.levels > 0 ? QStringLiteral("+") : QString())
        .arg(reason.levels)
        .arg(reason.explanation);
}

void printTable(const std::vector<QStringList>& rows, QTextStream& out)
{
    std::vector<qsizetype> widths;
    for (const QStringList& row : rows) {
        widths.resize(std::max<std::size_t>(widths.size(), static_cast<std::size_t>(row.size())), 0);
        for (qsizetype i = 0; i < row.size(); ++i) {
            widths[static_cast<std::size_t>(i)] =
                std::max(widths[static_cast<std::size_t>(i)], row[i].size());
        }
    }
    for (const QStringList& row : rows) {
        QString line = QStringLiteral("  ");
        for (qsizetype i = 0; i < row.size(); ++i) {
            line +=
                i + 1 < row.size() ? row[i].leftJustified(widths[static_cast<std::size_t>(i)] + 2) : row[i];
        }
        out << line << "\n";
    }
}

void printClaim(const LinkedClaim& linked, QTextStream& out, bool showOutcome)
{
    const EvidenceClaim& claim = linked.claim;
    out << "  - ";
    if (showOutcome) {
        out << claim.outcome << ": ";
    }
    out << displayName(claim.direction) << ", " << EvidenceWording::comparatorAndN(claim);
    if (claim.origin == EntryOrigin::User) {
        out << " [your entry]";
    } else if (claim.userModified) {
        out << " [edited by you]";
    }
    out << "\n";
    if (!claim.summary.isEmpty()) {
        out << "    " << claim.summary << "\n";
    }
    if (!claim.population.isEmpty()) {
        out << "    Population: " << claim.population << "\n";
    }
    const QString effect = EvidenceWording::effectText(claim.effect);
    if (!effect.isEmpty()) {
        out << "    Effect: " << effect << "\n";
    }
    if (!claim.dose.isEmpty() || !claim.duration.isEmpty()) {
        QStringList parts;
        if (!claim.dose.isEmpty()) {
            parts << QStringLiteral("dose %1").arg(claim.dose);
        }
        if (!claim.duration.isEmpty()) {
            parts << QStringLiteral("duration %1").arg(claim.duration);
        }
        out << "    " << parts.join(QStringLiteral("; ")) << "\n";
    }
    for (const EvidenceSource& source : linked.sources) {
        out << "    Source: " << EvidenceOutput::sourceLine(source) << "\n";
    }
}

void printLane(const char* heading, const std::vector<LinkedClaim>& claims, QTextStream& out)
{
    if (claims.empty()) {
        return;
    }
    out << "\n" << heading << "\n";
    for (const LinkedClaim& linked : claims) {
        printClaim(linked, out, true);
    }
}

OrderedJson claimsJson(const std::vector<LinkedClaim>& claims)
{
    OrderedJson array = OrderedJson::array();
    for (const LinkedClaim& linked : claims) {
        array.push_back(EvidenceOutput::claimJson(linked));
    }
    return array;
}

OrderedJson gradeJson(const GradeAssessment& grade)
{
    OrderedJson reasons = OrderedJson::array();
    for (const GradeReason& reason : grade.reasons) {
        reasons.push_back({{"domain", utf8(toStorageText(reason.domain))},
                           {"levels", reason.levels},
                           {"explanation", utf8(reason.explanation)}});
    }
    return {{"outcome", utf8(grade.outcome)},
            {"origin", utf8(toStorageText(grade.origin))},
            {"start", utf8(toStorageText(grade.start))},
            {"certainty", utf8(toStorageText(grade.certainty()))},
            {"rationale", utf8(grade.rationale)},
            {"reasons", reasons}};
}

} // namespace

QString EvidenceOutput::sourceLine(const EvidenceSource& source)
{
    QString line = QStringLiteral("[%1] ").arg(DesignBadge::forKind(source.kind).shortLabel());
    line += CitationText::citation(source);
    // Journal peer review says something about studies and articles; guidelines and trial records
    // are reviewed in other ways, so the flag is not shown for them.
    if (!source.peerReviewed && source.kind != SourceKind::Guideline &&
        source.kind != SourceKind::TrialRegistration) {
        line += QStringLiteral(". Not peer reviewed");
    }
    if (source.verification == Verification::Unconfirmed) {
        line += QStringLiteral(". UNCONFIRMED");
    }
    if (!source.conflictOfInterest.isEmpty()) {
        line += QStringLiteral(". Conflict of interest: ") + source.conflictOfInterest;
    }
    if (!source.note.isEmpty()) {
        line += QStringLiteral(". Note: ") + source.note;
    }
    return line;
}

void EvidenceOutput::printCondition(const ConditionEvidence& evidence, const SummaryOfFindings& summary,
                                    QTextStream& out)
{
    const Condition& condition = evidence.condition;
    out << condition.name << "\n";
    if (!condition.synonyms.isEmpty()) {
        out << "Also called: " << condition.synonyms.join(QStringLiteral(", ")) << "\n";
    }
    out << "Category: " << displayName(condition.category) << "\n";
    out << "Evidence: " << displayName(summary.status()) << ".\n";
    if (!condition.description.isEmpty()) {
        out << condition.description << "\n";
    }

    out << "\nSummary of findings (studies only; personal reports and advocacy are not counted)\n";
    if (summary.rows().empty()) {
        out << "  No studies of LDN for this condition are in the library.\n";
    } else {
        std::vector<QStringList> table{{QStringLiteral("Outcome"), QStringLiteral("Direction"),
                                        QStringLiteral("Strongest design"), QStringLiteral("Studies"),
                                        QStringLiteral("Participants"), QStringLiteral("Certainty (GRADE)")}};
        for (const SummaryRow& row : summary.rows()) {
            table.push_back({row.outcome, row.directionText(),
                             DesignBadge::forKind(row.strongestDesign).shortLabel(), studiesText(row),
                             participantsText(row), certaintyText(row)});
        }
        printTable(table, out);
        out << "  Participants are summed over primary studies; reviews pool the same people.\n";
        bool gradeHeading = false;
        for (const SummaryRow& row : summary.rows()) {
            if (!row.grade) {
                continue;
            }
            if (!gradeHeading) {
                out << "\nWhy these certainties\n";
                gradeHeading = true;
            }
            out << "  " << row.outcome << ": " << displayName(row.grade->certainty()) << " (started at "
                << (row.grade->start == GradeStart::Randomised ? "High" : "Low") << ", "
                << displayName(row.grade->start).section(QLatin1Char(' '), 0, 1) << ")";
            if (!row.grade->rationale.isEmpty()) {
                out << ". " << row.grade->rationale;
            }
            out << "\n";
            for (const GradeReason& reason : row.grade->reasons) {
                out << "    " << reasonText(reason) << "\n";
            }
        }
    }

    if (!summary.studyClaims().empty()) {
        out << "\nFindings and their sources\n";
        QString outcome;
        for (const LinkedClaim& linked : summary.studyClaims()) {
            if (linked.claim.outcome.compare(outcome, Qt::CaseInsensitive) != 0) {
                outcome = linked.claim.outcome;
                out << " " << outcome << "\n";
            }
            printClaim(linked, out, false);
        }
    }
    printLane("Guidelines and positions (not studies)", summary.positions(), out);
    printLane("Trials planned or under way (no results yet)", summary.plannedTrials(), out);
    printLane("Mechanism-based reasoning (not counted)", summary.mechanism(), out);
    printLane("Unclassified references (not counted until their design is set)", summary.unclassified(), out);
    printLane("Personal reports and advocacy (not graded, not counted)", summary.personalReports(), out);
}

OrderedJson EvidenceOutput::identifiersJson(const EvidenceIdentifiers& id)
{
    return {{"doi", textOrNull(id.doi)}, {"pmid", textOrNull(id.pmid)},       {"pmcid", textOrNull(id.pmcid)},
            {"nct", textOrNull(id.nct)}, {"eudract", textOrNull(id.eudract)}, {"actrn", textOrNull(id.actrn)},
            {"url", textOrNull(id.url)}};
}

OrderedJson EvidenceOutput::sourceJson(const EvidenceSource& source)
{
    const DesignBadge badge = DesignBadge::forKind(source.kind);
    const EvidenceIdentifiers& id = source.identifiers;
    return {{"id", source.id},
            {"key", textOrNull(source.key)},
            {"origin", utf8(toStorageText(source.origin))},
            {"kind", utf8(toStorageText(source.kind))},
            {"design", utf8(badge.label())},
            {"cebm_level", optionalJson(badge.cebmLevel())},
            {"title", utf8(source.title)},
            {"authors", utf8(source.authors)},
            {"year", optionalJson(source.year)},
            {"publisher", utf8(source.publisher)},
            {"locator", utf8(source.locator)},
            {"doi", textOrNull(id.doi)},
            {"pmid", textOrNull(id.pmid)},
            {"pmcid", textOrNull(id.pmcid)},
            {"nct", textOrNull(id.nct)},
            {"eudract", textOrNull(id.eudract)},
            {"actrn", textOrNull(id.actrn)},
            {"url", textOrNull(id.url)},
            {"identifiers", identifiersJson(id)},
            {"peer_reviewed", source.peerReviewed},
            {"conflict_of_interest", utf8(source.conflictOfInterest)},
            {"note", utf8(source.note)},
            {"verification", utf8(toStorageText(source.verification))},
            {"user_modified", source.userModified}};
}

OrderedJson EvidenceOutput::claimJson(const LinkedClaim& linked)
{
    const EvidenceClaim& claim = linked.claim;
    OrderedJson effect = nullptr;
    if (!claim.effect.isEmpty()) {
        effect = {{"metric", utf8(claim.effect.metric)},
                  {"value", optionalJson(claim.effect.value)},
                  {"ci95", claim.effect.ciLow
                               ? OrderedJson::array({*claim.effect.ciLow, *claim.effect.ciHigh})
                               : OrderedJson(nullptr)},
                  {"p", textOrNull(claim.effect.pValue)}};
    }
    OrderedJson sources = OrderedJson::array();
    for (const EvidenceSource& source : linked.sources) {
        sources.push_back(sourceJson(source));
    }
    const EvidenceSource* strongest = linked.strongestSource();
    return {{"id", claim.id},
            {"key", textOrNull(claim.key)},
            {"origin", utf8(toStorageText(claim.origin))},
            {"user_modified", claim.userModified},
            {"outcome", utf8(claim.outcome)},
            {"population", utf8(claim.population)},
            {"comparator", utf8(toStorageText(claim.comparator))},
            {"direction", utf8(toStorageText(claim.direction))},
            {"participants", optionalJson(claim.participants)},
            {"dose", utf8(claim.dose)},
            {"duration", utf8(claim.duration)},
            {"summary", utf8(claim.summary)},
            {"effect", effect},
            {"design", strongest ? OrderedJson(utf8(toStorageText(strongest->kind))) : OrderedJson(nullptr)},
            {"sources", sources}};
}

OrderedJson EvidenceOutput::conditionJson(const ConditionEvidence& evidence, const SummaryOfFindings& summary)
{
    const Condition& condition = evidence.condition;
    OrderedJson synonyms = OrderedJson::array();
    for (const QString& synonym : condition.synonyms) {
        synonyms.push_back(utf8(synonym));
    }
    OrderedJson rows = OrderedJson::array();
    for (const SummaryRow& row : summary.rows()) {
        OrderedJson directions = OrderedJson::object();
        for (const auto& [direction, count] : row.directions) {
            directions[utf8(toStorageText(direction))] = count;
        }
        rows.push_back({{"outcome", utf8(row.outcome)},
                        {"directions", directions},
                        {"direction_text", utf8(row.directionText())},
                        {"strongest_design", utf8(toStorageText(row.strongestDesign))},
                        {"studies", row.studies},
                        {"reviews", row.reviews},
                        {"participants", optionalJson(row.participants)},
                        {"studies_without_participants", row.studiesWithoutParticipants},
                        {"certainty", row.grade ? OrderedJson(utf8(toStorageText(row.grade->certainty())))
                                                : OrderedJson(nullptr)},
                        {"grade", row.grade ? gradeJson(*row.grade) : OrderedJson(nullptr)}});
    }
    OrderedJson unmatched = OrderedJson::array();
    for (const GradeAssessment& grade : summary.unmatchedGrades()) {
        unmatched.push_back(gradeJson(grade));
    }
    return {{"condition",
             {{"id", condition.id},
              {"key", textOrNull(condition.key)},
              {"name", utf8(condition.name)},
              {"synonyms", synonyms},
              {"category", utf8(toStorageText(condition.category))},
              {"description", utf8(condition.description)},
              {"origin", utf8(toStorageText(condition.origin))}}},
            {"evidence_status", utf8(toStorageText(summary.status()))},
            {"evidence_status_text", utf8(displayName(summary.status()))},
            {"summary", rows},
            {"claims", claimsJson(summary.studyClaims())},
            {"positions", claimsJson(summary.positions())},
            {"planned_trials", claimsJson(summary.plannedTrials())},
            {"mechanism", claimsJson(summary.mechanism())},
            {"unclassified", claimsJson(summary.unclassified())},
            {"personal_reports", claimsJson(summary.personalReports())},
            {"other_grades", unmatched}};
}

void EvidenceOutput::printSearch(const QString& query, const EvidenceSearchResults& results, QTextStream& out)
{
    if (results.isEmpty()) {
        out << "Nothing in the evidence library matches \"" << query << "\".\n";
        return;
    }
    if (!results.conditions.empty()) {
        out << "Conditions\n";
        for (const EvidenceSearchHit& hit : results.conditions) {
            out << "  " << hit.title;
            if (!hit.detail.isEmpty()) {
                out << " (also: " << hit.detail << ")";
            }
            out << "\n";
        }
    }
    if (!results.claims.empty()) {
        out << "Claims\n";
        for (const EvidenceSearchHit& hit : results.claims) {
            out << "  " << hit.title << ": " << (hit.direction ? displayName(*hit.direction) : QString())
                << " ["
                << (hit.kind ? DesignBadge::forKind(*hit.kind).shortLabel() : QStringLiteral("no source"))
                << "]\n";
            if (!hit.detail.isEmpty()) {
                out << "    " << hit.detail << "\n";
            }
        }
    }
    if (!results.sources.empty()) {
        out << "Sources\n";
        for (const EvidenceSearchHit& hit : results.sources) {
            out << "  [" << (hit.kind ? DesignBadge::forKind(*hit.kind).shortLabel() : QString()) << "] "
                << hit.title << "\n";
            if (!hit.detail.isEmpty()) {
                out << "    " << hit.detail << "\n";
            }
        }
    }
}

OrderedJson EvidenceOutput::searchJson(const QString& query, const EvidenceSearchResults& results)
{
    const auto hits = [](const std::vector<EvidenceSearchHit>& list) {
        OrderedJson array = OrderedJson::array();
        for (const EvidenceSearchHit& hit : list) {
            OrderedJson entry = {{"id", hit.id},
                                 {"title", utf8(hit.title)},
                                 {"detail", utf8(hit.detail)},
                                 {"origin", utf8(toStorageText(hit.origin))}};
            if (hit.type == EvidenceSearchHit::Type::Claim) {
                entry["condition"] = utf8(hit.conditionName);
                entry["direction"] =
                    hit.direction ? OrderedJson(utf8(toStorageText(*hit.direction))) : OrderedJson(nullptr);
            }
            if (hit.type != EvidenceSearchHit::Type::Condition) {
                entry["design"] =
                    hit.kind ? OrderedJson(utf8(toStorageText(*hit.kind))) : OrderedJson(nullptr);
            }
            if (hit.type == EvidenceSearchHit::Type::Source) {
                entry["identifiers"] = identifiersJson(hit.identifiers);
            }
            array.push_back(entry);
        }
        return array;
    };
    return {{"query", utf8(query)},
            {"conditions", hits(results.conditions)},
            {"claims", hits(results.claims)},
            {"sources", hits(results.sources)}};
}

} // namespace ldn
