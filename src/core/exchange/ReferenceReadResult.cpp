#include "core/exchange/ReferenceReadResult.h"

#include "core/base/InputError.h"

#include <algorithm>

namespace ldn {

QString ReferenceIssue::message() const
{
    return location + QStringLiteral(": ") + problem;
}

std::vector<ReferenceIssue> ReferenceReadResult::issues() const
{
    std::vector<ReferenceIssue> all = skipped;
    all.insert(all.end(), shortened.begin(), shortened.end());
    std::stable_sort(all.begin(), all.end(),
                     [](const ReferenceIssue& a, const ReferenceIssue& b) { return a.line < b.line; });
    return all;
}

void ReferenceReadResult::requireWhole() const
{
    const std::vector<ReferenceIssue> all = issues();
    if (!all.empty()) {
        throw InputError(all.front().location, all.front().problem);
    }
}

void ReferenceReadResult::requireSomething(const QString& fileName) const
{
    if (!references.empty()) {
        return;
    }
    if (skipped.empty()) {
        throw InputError(QStringLiteral("%1:1").arg(fileName),
                         QStringLiteral("the file holds no references"));
    }
    const ReferenceIssue& first = skipped.front();
    throw InputError(
        first.location,
        skipped.size() == 1
            ? QStringLiteral("%1 (the file's only record, so nothing was imported)").arg(first.problem)
            : QStringLiteral("%1 (and none of the file's %2 records can be imported)")
                  .arg(first.problem)
                  .arg(skipped.size()));
}

} // namespace ldn
