#include "core/diary/Profile.h"

#include "core/base/InputError.h"

namespace ldn {

QString Profile::checkedName(const QString& raw, const QString& field)
{
    const QString name = raw.simplified();
    if (name.isEmpty()) {
        throw InputError(field, QStringLiteral("a name is required"));
    }
    if (name.size() > kMaximumNameLength) {
        throw InputError(field, QStringLiteral("a name can be at most %1 characters (got %2)")
                                    .arg(kMaximumNameLength)
                                    .arg(name.size()));
    }
    return name;
}

} // namespace ldn
