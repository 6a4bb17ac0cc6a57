#include "core/evidence/EvidenceWording.h"

#include <QStringList>

namespace ldn {
namespace {

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

QString EvidenceWording::comparatorAndN(const EvidenceClaim& claim)
{
    QString comparator;
    switch (claim.comparator) {
    case Comparator::Placebo:
    case Comparator::Active:
        comparator = QStringLiteral("vs %1").arg(displayName(claim.comparator));
        break;
    case Comparator::BaselineOnly:
        comparator = QStringLiteral("vs baseline only (no control group)");
        break;
    case Comparator::None:
    case Comparator::NotReported:
        comparator = displayName(claim.comparator);
        break;
    }
    const QString n = claim.participants ? QStringLiteral("n=%1").arg(*claim.participants)
                                         : QStringLiteral("n not reported");
    return comparator + QStringLiteral(", ") + n;
}

QString EvidenceWording::effectText(const EffectEstimate& effect)
{
    QStringList parts;
    if (!effect.metric.isEmpty()) {
        parts << effect.metric;
    }
    if (effect.value) {
        QString value = number(*effect.value);
        if (effect.ciLow && effect.ciHigh) {
            value += QStringLiteral(" (95% CI %1 to %2)").arg(number(*effect.ciLow), number(*effect.ciHigh));
        }
        parts << value;
    } else if (effect.ciLow && effect.ciHigh) {
        parts << QStringLiteral("95% CI %1 to %2").arg(number(*effect.ciLow), number(*effect.ciHigh));
    }
    if (!effect.pValue.isEmpty()) {
        const QChar first = effect.pValue.front();
        parts << (first == QLatin1Char('<') || first == QLatin1Char('>') || first == QChar(0x2264)
                      ? QStringLiteral("p%1").arg(effect.pValue)
                      : QStringLiteral("p=%1").arg(effect.pValue));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace ldn
