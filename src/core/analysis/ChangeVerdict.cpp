#include "core/analysis/ChangeVerdict.h"

namespace ldn {

ChangeVerdict verdictFor(const NeweyWestInterval& interval, bool higherIsBetter)
{
    if (!interval.excludesZero()) {
        return ChangeVerdict::NoClearChange;
    }
    const bool wentUp = interval.low > 0.0;
    return wentUp == higherIsBetter ? ChangeVerdict::Better : ChangeVerdict::Worse;
}

const char* verdictWords(ChangeVerdict verdict)
{
    switch (verdict) {
    case ChangeVerdict::Better:
        return QT_TRANSLATE_NOOP("ChangeVerdict", "better");
    case ChangeVerdict::Worse:
        return QT_TRANSLATE_NOOP("ChangeVerdict", "worse");
    case ChangeVerdict::NoClearChange:
        break;
    }
    return QT_TRANSLATE_NOOP("ChangeVerdict", "no clear change");
}

QString verdictKey(ChangeVerdict verdict)
{
    return QString::fromLatin1(verdictWords(verdict));
}

} // namespace ldn
