#include "core/evidence/ConditionMatcher.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <utility>

namespace ldn {
namespace {

// Lower case, letters and digits only: "CFS/ME" -> "cfsme", "Crohn's" -> "crohns".
QString folded(const QString& text)
{
    QString result;
    for (const QChar character : text.toCaseFolded()) {
        if (character.isLetterOrNumber()) {
            result += character;
        }
    }
    return result;
}

// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours.
int editDistance(const QString& a, const QString& b)
{
    const qsizetype rows = a.size() + 1;
    const qsizetype columns = b.size() + 1;
    std::vector<int> distance(static_cast<std::size_t>(rows * columns));
    const auto at = [&](qsizetype i, qsizetype j) -> int& {
        return distance[static_cast<std::size_t>(i * columns + j)];
    };
    for (qsizetype i = 0; i < rows; ++i) {
        at(i, 0) = static_cast<int>(i);
    }
    for (qsizetype j = 0; j < columns; ++j) {
        at(0, j) = static_cast<int>(j);
    }
    for (qsizetype i = 1; i < rows; ++i) {
        for (qsizetype j = 1; j < columns; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1)) {
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
            }
        }
    }
    return at(rows - 1, columns - 1);
}

constexpr int kNoMatch = 1000;

// How well `typed` (folded) fits one name (folded): 0 exact, 1 a beginning, 2 a word inside,
// 3 and more a near spelling; kNoMatch when it is not close.
int closeness(const QString& typed, const QString& name, const QString& wordsOfName)
{
    if (typed.isEmpty() || name.isEmpty()) {
        return kNoMatch;
    }
    if (typed == name) {
        return 0;
    }
    // Three letters are enough to begin a name ("fib"), but two ("ms") must be whole names.
    if (typed.size() >= 3 && name.startsWith(typed)) {
        return 1;
    }
    if (typed.size() >= 3 && wordsOfName.contains(QLatin1Char(' ') + typed)) {
        return 2;
    }
    const int allowed = typed.size() < 5 ? 0 : typed.size() < 9 ? 1 : 2;
    const int distance = editDistance(typed, name.left(typed.size() + allowed));
    return distance <= allowed ? 3 + distance : kNoMatch;
}

// " word word" in folded words, so " fatigue" finds "chronic fatigue syndrome".
QString foldedWords(const QString& text)
{
    QString words;
    for (const QString& word :
         text.split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts)) {
        words += QLatin1Char(' ') + folded(word);
    }
    return words;
}

} // namespace

ConditionMatcher::ConditionMatcher(std::vector<Condition> library)
    : m_library(std::move(library))
{}

std::optional<Condition> ConditionMatcher::exact(const QString& typed) const
{
    const QString wanted = typed.simplified();
    for (const Condition& condition : m_library) {
        if (condition.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return condition;
        }
    }
    for (const Condition& condition : m_library) {
        for (const QString& synonym : condition.synonyms) {
            if (synonym.compare(wanted, Qt::CaseInsensitive) == 0) {
                return condition;
            }
        }
    }
    return std::nullopt;
}

QStringList ConditionMatcher::suggestions(const QString& typed, int most) const
{
    const QString wanted = folded(typed);
    std::vector<std::pair<int, QString>> scored;
    for (const Condition& condition : m_library) {
        int best = kNoMatch;
        for (const QString& name : QStringList{condition.name} + condition.synonyms) {
            best = std::min(best, closeness(wanted, folded(name), foldedWords(name)));
        }
        if (best < kNoMatch) {
            scored.emplace_back(best, condition.name);
        }
    }
    std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second.localeAwareCompare(b.second) < 0;
    });
    QStringList names;
    for (const auto& [score, name] : scored) {
        if (names.size() >= most) {
            break;
        }
        names << name;
    }
    return names;
}

std::vector<ConditionMatcher::Completion> ConditionMatcher::completions(const QString& typed, int most) const
{
    const QString wanted = folded(typed);
    if (wanted.size() < 2) {
        return {};
    }
    // Per condition its best score and the name or synonym that gave it; a match anywhere inside a
    // name ranks after beginnings and words, before near spellings.
    constexpr int kInside = 2;
    struct Scored {
        int score;
        const Condition* condition;
        QString matched;
    };
    std::vector<Scored> scored;
    for (const Condition& condition : m_library) {
        Scored best{kNoMatch, &condition, {}};
        for (const QString& name : QStringList{condition.name} + condition.synonyms) {
            const QString foldedName = folded(name);
            int score = closeness(wanted, foldedName, foldedWords(name));
            if (score > kInside && wanted.size() >= 3 && foldedName.contains(wanted)) {
                score = kInside;
            }
            if (score < best.score) {
                best = {score, &condition, name == condition.name ? QString() : name};
            }
        }
        if (best.score < kNoMatch) {
            scored.push_back(std::move(best));
        }
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
        return a.score != b.score ? a.score < b.score
                                  : a.condition->name.localeAwareCompare(b.condition->name) < 0;
    });
    std::vector<Completion> result;
    for (const Scored& entry : scored) {
        if (static_cast<int>(result.size()) >= most) {
            break;
        }
        result.push_back({entry.condition->name, entry.matched});
    }
    return result;
}

QStringList ConditionMatcher::allNames() const
{
    QStringList names;
    for (const Condition& condition : m_library) {
        names << condition.name;
    }
    for (const Condition& condition : m_library) {
        names << condition.synonyms;
    }
    return names;
}

} // namespace ldn
