#include "core/evidence/Condition.h"

#include "core/base/InputError.h"

namespace ldn {
namespace {

constexpr int kMaximumConditionNameLength = 200;

void checkName(const QString& name, const QString& location)
{
    if (name.trimmed().isEmpty()) {
        throw InputError(location, QStringLiteral("a name is required"));
    }
    if (name.size() > kMaximumConditionNameLength) {
        throw InputError(location, QStringLiteral("a name can be at most %1 characters (got %2)")
                                       .arg(kMaximumConditionNameLength)
                                       .arg(name.size()));
    }
}

} // namespace

void validateCondition(const Condition& condition, const QString& location)
{
    checkName(condition.name, location + QStringLiteral(": name"));
    for (const QString& synonym : condition.synonyms) {
        checkName(synonym, location + QStringLiteral(": synonyms"));
        if (synonym.simplified().compare(condition.name.simplified(), Qt::CaseInsensitive) == 0) {
            throw InputError(location + QStringLiteral(": synonyms"),
                             QStringLiteral("\"%1\" is the condition's own name").arg(synonym));
        }
    }
    if (condition.description.size() > 4000) {
        throw InputError(location + QStringLiteral(": description"),
                         QStringLiteral("a description can be at most 4000 characters"));
    }
}

} // namespace ldn
