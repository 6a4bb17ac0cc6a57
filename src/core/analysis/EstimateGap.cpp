#include "core/analysis/EstimateGap.h"

namespace ldn {

QString reasonText(EstimateGap gap, ComparisonKind kind)
{
    const bool step = kind == ComparisonKind::Step;
    switch (gap) {
    case EstimateGap::TooFewBefore:
        return step ? QStringLiteral("fewer than 3 scored days before the change")
                    : QStringLiteral("fewer than 3 scored days in the baseline");
    case EstimateGap::TooFewAfter:
        return step ? QStringLiteral("fewer than 3 scored days after the change")
                    : QStringLiteral("fewer than 3 scored days in the last 28 days");
    case EstimateGap::TooFewInAll:
        return QStringLiteral("fewer than 8 scored days on both sides together");
    case EstimateGap::NoVariation:
        return QStringLiteral("every day on each side has the same score, so there is no interval");
    case EstimateGap::StraightLineBefore:
        return step ? QStringLiteral("the scores before the change lie on a straight line (for instance all "
                                     "the same), so the trend has no interval")
                    : QStringLiteral("the baseline scores lie on a straight line (for instance all the "
                                     "same), so the trend has no interval");
    case EstimateGap::NoLdnDose:
        return QStringLiteral("no dose of LDN is logged");
    case EstimateGap::NoBaseline:
        return QStringLiteral(
            "no baseline: no 0 mg day is logged in the 28 days before the first dose of LDN");
    case EstimateGap::EndsBeforeLdn:
        return QStringLiteral("the dates end before the first dose of LDN");
    }
    return {};
}

const char* shortReason(EstimateGap gap)
{
    switch (gap) {
    case EstimateGap::TooFewBefore:
    case EstimateGap::TooFewAfter:
    case EstimateGap::TooFewInAll:
        return QT_TRANSLATE_NOOP("EstimateGap", "too few days");
    case EstimateGap::NoVariation:
        return QT_TRANSLATE_NOOP("EstimateGap", "no spread");
    case EstimateGap::StraightLineBefore:
    case EstimateGap::NoLdnDose:
    case EstimateGap::NoBaseline:
    case EstimateGap::EndsBeforeLdn:
        break;
    }
    return QT_TRANSLATE_NOOP("EstimateGap", "no comparison");
}

} // namespace ldn
