#include "core/evidence/SummaryOfFindings.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>
#include <set>
#include <utility>

namespace ldn {
namespace {

QString outcomeKey(const QString& outcome)
{
    return outcome.simplified().toLower();
}

// Identifies a study across claims: its database id, else its pack key, else its title.
QString studyIdentity(const EvidenceSource& source)
{
    if (source.id > 0) {
        return QStringLiteral("id:%1").arg(source.id);
    }
    if (!source.key.isEmpty()) {
        return QStringLiteral("key:") + source.key;
    }
    return QStringLiteral("title:") + source.title.simplified().toLower();
}

const GradeAssessment* preferredGrade(const std::vector<GradeAssessment>& grades, const QString& key)
{
    // The person's own grade, when they made one, replaces the bundled one.
    const GradeAssessment* found = nullptr;
    for (const GradeAssessment& grade : grades) {
        if (outcomeKey(grade.outcome) != key) {
            continue;
        }
        if (!found || (grade.origin == EntryOrigin::User && found->origin != EntryOrigin::User)) {
            found = &grade;
        }
    }
    return found;
}

} // namespace

const EvidenceSource* LinkedClaim::strongestSource() const
{
    const EvidenceSource* strongest = nullptr;
    for (const EvidenceSource& source : sources) {
        if (!strongest || DesignBadge::isStronger(source.kind, strongest->kind)) {
            strongest = &source;
        }
    }
    return strongest;
}

EvidenceLane LinkedClaim::lane() const
{
    const EvidenceSource* source = strongestSource();
    return source ? DesignBadge::forKind(source->kind).lane() : EvidenceLane::Unclassified;
}

QString SummaryRow::directionText() const
{
    if (directions.size() == 1) {
        return displayName(directions.begin()->first);
    }
    QStringList parts;
    for (const auto& [direction, count] : directions) {
        parts << QStringLiteral("%1 %2").arg(count).arg(displayName(direction));
    }
    return parts.isEmpty()
               ? QCoreApplication::translate("SummaryRow", "none")
               : QCoreApplication::translate("SummaryRow", "mixed: %1").arg(parts.join(QStringLiteral(", ")));
}

SummaryOfFindings SummaryOfFindings::build(const std::vector<LinkedClaim>& claims,
                                           const std::vector<GradeAssessment>& grades)
{
    // Everything a sort or a count needs is worked out once per claim: conditions with thousands of
    // claims must still open at once.
    struct Entry {
        const LinkedClaim* linked;
        const EvidenceSource* study;
        QString outcome;
        QString identity;
        int rank;
        int year;
    };
    const auto strongerEntryFirst = [](const Entry* a, const Entry* b) {
        if (a->rank != b->rank) {
            return a->rank < b->rank;
        }
        return a->year > b->year;
    };

    SummaryOfFindings summary;
    std::vector<Entry> entries;
    entries.reserve(claims.size());
    constexpr std::size_t kLaneCount = static_cast<std::size_t>(EvidenceLane::PersonalReports) + 1;
    std::array<std::vector<const Entry*>, kLaneCount> lanes;
    for (const LinkedClaim& linked : claims) {
        const EvidenceSource* strongest = linked.strongestSource();
        entries.push_back({&linked, strongest, outcomeKey(linked.claim.outcome),
                           strongest ? studyIdentity(*strongest) : QString(),
                           strongest ? DesignBadge::forKind(strongest->kind).rank()
                                     : DesignBadge::forKind(SourceKind::Unclassified).rank(),
                           strongest && strongest->year ? *strongest->year : 0});
    }
    for (const Entry& entry : entries) {
        const EvidenceLane lane =
            entry.study ? DesignBadge::forKind(entry.study->kind).lane() : EvidenceLane::Unclassified;
        lanes[static_cast<std::size_t>(lane)].push_back(&entry);
    }

    // Group the counted claims by outcome, keeping the first spelling met.
    std::vector<QString> order;
    std::map<QString, std::vector<const Entry*>> byOutcome;
    for (const Entry* entry : lanes[static_cast<std::size_t>(EvidenceLane::Study)]) {
        auto [found, added] = byOutcome.try_emplace(entry->outcome);
        if (added) {
            order.push_back(entry->outcome);
        }
        found->second.push_back(entry);
    }

    bool randomised = false;
    for (const QString& key : order) {
        const std::vector<const Entry*>& members = byOutcome[key];
        SummaryRow row;
        row.outcome = members.front()->linked->claim.outcome.simplified();
        row.strongestDesign = members.front()->study->kind;
        std::set<std::pair<QString, EffectDirection>> counted;
        std::map<QString, std::optional<int>> participantsByStudy;
        std::set<QString> reviews;
        for (const Entry* entry : members) {
            const EvidenceClaim& claim = entry->linked->claim;
            if (DesignBadge::isStronger(entry->study->kind, row.strongestDesign)) {
                row.strongestDesign = entry->study->kind;
            }
            if (counted.insert({entry->identity, claim.direction}).second) {
                ++row.directions[claim.direction];
            }
            if (entry->study->kind == SourceKind::SystematicReview) {
                reviews.insert(entry->identity);
                continue;
            }
            std::optional<int>& n = participantsByStudy[entry->identity];
            if (claim.participants && (!n || *claim.participants > *n)) {
                n = claim.participants;
            }
        }
        row.reviews = static_cast<int>(reviews.size());
        row.studies = row.reviews + static_cast<int>(participantsByStudy.size());
        for (const auto& [identity, n] : participantsByStudy) {
            if (n) {
                row.participants = row.participants.value_or(0) + *n;
            } else {
                ++row.studiesWithoutParticipants;
            }
        }
        if (const GradeAssessment* grade = preferredGrade(grades, key)) {
            row.grade = *grade;
        }
        randomised = randomised || DesignBadge::forKind(row.strongestDesign).isRandomised() ||
                     row.strongestDesign == SourceKind::SystematicReview;
        summary.m_rows.push_back(std::move(row));
    }

    for (const GradeAssessment& grade : grades) {
        if (byOutcome.find(outcomeKey(grade.outcome)) == byOutcome.end()) {
            summary.m_unmatchedGrades.push_back(grade);
        }
    }

    // Rows with more studies first, then stronger designs, then by name.
    std::stable_sort(summary.m_rows.begin(), summary.m_rows.end(),
                     [](const SummaryRow& a, const SummaryRow& b) {
                         if (a.studies != b.studies) {
                             return a.studies > b.studies;
                         }
                         const int rankA = DesignBadge::forKind(a.strongestDesign).rank();
                         const int rankB = DesignBadge::forKind(b.strongestDesign).rank();
                         if (rankA != rankB) {
                             return rankA < rankB;
                         }
                         return a.outcome.compare(b.outcome, Qt::CaseInsensitive) < 0;
                     });

    // The counted claims in row order, strongest design first within a row; the other lanes
    // strongest first.
    std::map<QString, std::size_t> rowIndex;
    for (std::size_t i = 0; i < summary.m_rows.size(); ++i) {
        rowIndex[outcomeKey(summary.m_rows[i].outcome)] = i;
    }
    std::vector<const Entry*>& studies = lanes[static_cast<std::size_t>(EvidenceLane::Study)];
    std::vector<std::size_t> rowOf(entries.size());
    for (const Entry* entry : studies) {
        rowOf[static_cast<std::size_t>(entry - entries.data())] = rowIndex[entry->outcome];
    }
    std::stable_sort(studies.begin(), studies.end(), [&](const Entry* a, const Entry* b) {
        const std::size_t rowA = rowOf[static_cast<std::size_t>(a - entries.data())];
        const std::size_t rowB = rowOf[static_cast<std::size_t>(b - entries.data())];
        if (rowA != rowB) {
            return rowA < rowB;
        }
        return strongerEntryFirst(a, b);
    });
    const auto fill = [&](EvidenceLane lane, std::vector<LinkedClaim>& target, bool sortStrongestFirst) {
        std::vector<const Entry*>& members = lanes[static_cast<std::size_t>(lane)];
        if (sortStrongestFirst) {
            std::stable_sort(members.begin(), members.end(), strongerEntryFirst);
        }
        target.reserve(members.size());
        for (const Entry* entry : members) {
            target.push_back(*entry->linked);
        }
    };
    fill(EvidenceLane::Study, summary.m_studyClaims, false);
    fill(EvidenceLane::Position, summary.m_positions, true);
    fill(EvidenceLane::PlannedTrial, summary.m_plannedTrials, true);
    fill(EvidenceLane::Mechanism, summary.m_mechanism, true);
    fill(EvidenceLane::Unclassified, summary.m_unclassified, true);
    fill(EvidenceLane::PersonalReports, summary.m_personalReports, true);

    if (randomised) {
        summary.m_status = EvidenceStatus::RandomisedTrials;
    } else if (!summary.m_studyClaims.empty()) {
        summary.m_status = EvidenceStatus::NonRandomisedStudies;
    } else if (!summary.m_personalReports.empty()) {
        summary.m_status = EvidenceStatus::AnecdoteOnly;
    } else {
        summary.m_status = EvidenceStatus::NoEvidence;
    }
    return summary;
}

} // namespace ldn
