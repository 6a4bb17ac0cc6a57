#include "report/ReportFormat.h"

#include "core/base/RoughDuration.h"
#include "presentation/DoseText.h"
#include "report/ReportWording.h"

#include <QStringList>

namespace ldn {

QString ReportFormat::oneDecimal(double value)
{
    QString text = QString::number(value, 'f', 1);
    if (text == QLatin1String("-0.0")) {
        text = QStringLiteral("0.0");
    }
    if (text.startsWith(QLatin1Char('-'))) {
        text.replace(0, 1, QChar(0x2212));
    }
    // A decimal comma in German; the sign stays the true minus of every language.
    return localDecimals(text);
}

QString ReportFormat::signedOneDecimal(double value)
{
    const QString plain = QString::number(value, 'f', 1);
    const bool zero = plain == QLatin1String("0.0") || plain == QLatin1String("-0.0");
    const QString text = oneDecimal(value);
    return text.startsWith(QChar(0x2212)) || zero ? text : QLatin1Char('+') + text;
}

QString ReportFormat::differenceWithInterval(double difference, const NeweyWestInterval& interval)
{
    return ReportWording::tr("%1 (%2 to %3)")
        .arg(oneDecimal(difference), oneDecimal(interval.low), oneDecimal(interval.high));
}

QString ReportFormat::direction(const SymptomDefinition& symptom)
{
    return symptom.higherIsBetter ? ReportWording::tr("higher is better")
                                  : ReportWording::tr("lower is better");
}

QString ReportFormat::directions(const std::vector<SymptomDefinition>& symptoms)
{
    QStringList better;
    for (const SymptomDefinition& symptom : symptoms) {
        if (symptom.higherIsBetter) {
            better << symptom.name;
        }
    }
    if (better.isEmpty()) {
        return ReportWording::tr("lower is better for every score");
    }
    if (better.size() == static_cast<qsizetype>(symptoms.size())) {
        return ReportWording::tr("higher is better for every score");
    }
    return ReportWording::tr("higher is better for %1, lower for the others")
        .arg(better.join(QStringLiteral(", ")));
}

QString ReportFormat::plural(int count, const QString& one, const QString& many)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? one : many);
}

QString ReportFormat::severityName(int severity)
{
    switch (severity) {
    case 1:
        return ReportWording::tr("mild");
    case 2:
        return ReportWording::tr("moderate");
    case 3:
        return ReportWording::tr("severe");
    default:
        return ReportWording::tr("none");
    }
}

QString ReportFormat::duration(qint64 days)
{
    const RoughDuration duration = RoughDuration::of(days);
    switch (duration.unit) {
    case RoughDuration::Unit::Days:
        return plural(duration.count, ReportWording::tr("day"), ReportWording::tr("days"));
    case RoughDuration::Unit::Weeks:
        return plural(duration.count, ReportWording::tr("week"), ReportWording::tr("weeks"));
    case RoughDuration::Unit::Months:
        return plural(duration.count, ReportWording::tr("month"), ReportWording::tr("months"));
    case RoughDuration::Unit::Years:
        break;
    }
    return plural(duration.count, ReportWording::tr("year"), ReportWording::tr("years"));
}

} // namespace ldn
