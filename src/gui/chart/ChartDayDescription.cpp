#include "gui/chart/ChartDayDescription.h"

#include "gui/chart/ChartPoints.h"
#include "presentation/DateText.h"
#include "presentation/DoseText.h"

#include <QLocale>

#include <algorithm>

namespace ldn {

QString ChartDayDescription::describe(const SymptomChartData& data, const QStringList& visibleSymptoms,
                                      const std::vector<Annotation>* notes, const QDate& date,
                                      const QString& symptom)
{
    const QLocale locale;
    QStringList head{weekdayDate(date)};
    QStringList lines;
    for (const SymptomChartData::SymptomSeries& series : data.symptoms) {
        const QString& name = series.symptom.name;
        if (symptom.isEmpty() ? !visibleSymptoms.contains(name) : name != symptom) {
            continue;
        }
        const auto score = ChartPoints::onDate(series.scores, date);
        const auto mean = ChartPoints::onDate(series.rollingMean, date);
        QString text = score.first != score.second ? QStringLiteral("%1 %2").arg(name).arg(score.first->value)
                                                   : tr("%1 not scored").arg(name);
        if (mean.first != mean.second) {
            text +=
                QStringLiteral(" ") + tr("(7-day mean %1)").arg(locale.toString(mean.first->value, 'f', 1));
        }
        (symptom.isEmpty() ? lines : head) << text;
    }

    const auto dose = ChartPoints::onDate(data.dose, date);
    if (dose.first != dose.second) {
        head << tr("dose %1 mg").arg(milligramNumber(dose.first->value));
    } else if (const auto missed = ChartPoints::onDate(data.missedDoses, date);
               missed.first != missed.second) {
        head << tr("missed dose");
    } else {
        head << tr("not logged");
    }
    const auto change = ChartPoints::onDate(data.doseChanges, date);
    for (auto it = change.first; it != change.second; ++it) {
        head << tr("dose changed %1\u2192%2 mg").arg(milligramFigure(it->from), milligramFigure(it->to));
    }
    const auto listMarkers = [&](const std::vector<SymptomChartData::Marker>& markers, const QString& title) {
        const auto found = ChartPoints::onDate(markers, date);
        QStringList labels;
        for (auto it = found.first; it != found.second; ++it) {
            labels << it->label;
        }
        if (!labels.isEmpty()) {
            head << QStringLiteral("%1: %2").arg(title, labels.join(QStringLiteral(", ")));
        }
    };
    listMarkers(data.sideEffects, tr("side effects"));
    listMarkers(data.events, tr("events"));

    if (notes) {
        const auto byDay = [](const Annotation& annotation, const QDate& day) {
            return annotation.day < day;
        };
        for (auto it = std::lower_bound(notes->begin(), notes->end(), date, byDay);
             it != notes->end() && it->day == date; ++it) {
            QString body = it->body.simplified();
            if (body.size() > kNoteLength) {
                body = body.left(kNoteLength - 1) + QStringLiteral("\u2026");
            }
            lines << tr("Note by %1: %2").arg(describeAuthor(*it), body);
        }
    }

    const QString separator = QStringLiteral(" \u00b7 ");
    lines.prepend(head.join(separator));
    return lines.join(QLatin1Char('\n'));
}

} // namespace ldn
