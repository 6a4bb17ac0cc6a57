#include "report/ReportEvidenceReader.h"

#include "core/evidence/DesignBadge.h"
#include "core/evidence/SummaryOfFindings.h"
#include "presentation/CitationText.h"
#include "presentation/StatisticTerms.h"
#include "storage/evidence/EvidenceRepository.h"

#include <algorithm>
#include <map>

namespace ldn {
namespace {

// Numbers references in the order they are first cited.
class ReferenceList {
public:
    int numberFor(const EvidenceSource& source)
    {
        const auto found = m_numbers.find(source.id);
        if (found != m_numbers.end()) {
            return found->second;
        }
        const int number = static_cast<int>(m_references.size()) + 1;
        m_numbers[source.id] = number;
        m_references.push_back({number, CitationText::reference(source) + QLatin1Char('.'),
                                CitationText::identifiersText(source.identifiers)});
        return number;
    }

    std::vector<int> numbersFor(const LinkedClaim& claim)
    {
        std::vector<int> numbers;
        for (const EvidenceSource& source : claim.sources) {
            numbers.push_back(numberFor(source));
        }
        return numbers;
    }

    std::vector<ReportEvidence::Reference> take() { return std::move(m_references); }

private:
    std::map<std::int64_t, int> m_numbers;
    std::vector<ReportEvidence::Reference> m_references;
};

QString bracketed(const std::vector<int>& numbers)
{
    QStringList texts;
    for (const int number : numbers) {
        texts << QString::number(number);
    }
    return texts.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(texts.join(QStringLiteral(", ")));
}

} // namespace

std::optional<ReportEvidence> ReportEvidenceReader::read(Database& database, const QStringList& conditions)
{
    EvidenceRepository repository(database);
    if (!repository.installedPackVersion(QString::fromLatin1(kPackName)) &&
        repository.sources(EntryOrigin::User).empty()) {
        return std::nullopt;
    }
    ReportEvidence evidence;
    ReferenceList references;
    for (const QString& name : conditions) {
        const std::optional<Condition> condition = repository.findCondition(name);
        if (!condition) {
            evidence.notes << QStringLiteral("%1: not in the evidence library.").arg(name);
            continue;
        }
        const ConditionEvidence found = repository.conditionEvidence(condition->id);
        const SummaryOfFindings summary = SummaryOfFindings::build(found.claims, found.grades);
        for (const SummaryRow& row : summary.rows()) {
            ReportEvidence::Row line;
            line.condition = condition->name;
            line.outcome = row.outcome;
            line.direction = row.directionText();
            line.design = DesignBadge::forKind(row.strongestDesign).shortLabel();
            line.studies = row.studies;
            line.participants = row.participants;
            line.certainty = row.grade ? displayName(row.grade->certainty()) : QString();
            for (const LinkedClaim& claim : summary.studyClaims()) {
                if (claim.claim.outcome.compare(row.outcome, Qt::CaseInsensitive) == 0) {
                    for (const int number : references.numbersFor(claim)) {
                        if (std::find(line.references.begin(), line.references.end(), number) ==
                            line.references.end()) {
                            line.references.push_back(number);
                        }
                    }
                }
            }
            std::sort(line.references.begin(), line.references.end());
            evidence.rows.push_back(std::move(line));
        }
        QString note = QStringLiteral("%1: %2.").arg(condition->name, displayName(summary.status()));
        if (!summary.plannedTrials().empty()) {
            std::vector<int> numbers;
            for (const LinkedClaim& claim : summary.plannedTrials()) {
                const std::vector<int> cited = references.numbersFor(claim);
                numbers.insert(numbers.end(), cited.begin(), cited.end());
            }
            note += QStringLiteral(" %1 planned or under way, no results yet%2.")
                        .arg(summary.plannedTrials().size() == 1
                                 ? QStringLiteral("1 trial")
                                 : QStringLiteral("%1 trials").arg(summary.plannedTrials().size()),
                             bracketed(numbers));
        }
        evidence.notes << note;
        for (const LinkedClaim& position : summary.positions()) {
            const EvidenceSource* source = position.strongestSource();
            evidence.notes << QStringLiteral("%1, position of %2: %3%4")
                                  .arg(condition->name,
                                       source ? source->shortCitation() : QStringLiteral("a guideline"),
                                       position.claim.summary, bracketed(references.numbersFor(position)));
        }
    }
    // The statistics a quoted summary uses, in plain words, for the patient reading along.
    evidence.notes << StatisticTerms::explanationsFor(evidence.notes);
    evidence.references = references.take();
    return evidence;
}

} // namespace ldn
