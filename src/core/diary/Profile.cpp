#include "core/diary/Profile.h"

#include "core/base/InputError.h"

#include <QRegularExpression>

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

QString Profile::checkedColour(const QString& raw)
{
    const QString colour = raw.trimmed().toLower();
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-f]{6}$"));
    if (!colour.isEmpty() && !pattern.match(colour).hasMatch()) {
        throw InputError(QStringLiteral("colour"),
                         QStringLiteral("\"%1\" is not a colour like #2a7ab0").arg(raw));
    }
    return colour;
}

} // namespace ldn
