#pragma once

#include "core/analysis/SymptomChartData.h"
#include "core/diary/Annotation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace ldn {

// What the symptom chart's tooltip says about a day:
// "Tue 3 Mar 2026 · pain 6 (7-day mean 5.4) · dose 3 mg", then the day's notes, one a line.
class ChartDayDescription {
    Q_DECLARE_TR_FUNCTIONS(ldn::ChartDayDescription)

public:
    // With `symptom` named, only that symptom's score is in the first line; otherwise every one of
    // `visibleSymptoms` has a line of its own. `notes` are sorted by day, and null while the
    // chart hides notes.
    static QString describe(const SymptomChartData& data, const QStringList& visibleSymptoms,
                            const std::vector<Annotation>* notes, const QDate& date, const QString& symptom);

    // A long note is cut in the tooltip; the Today tab and the report show it whole.
    static constexpr int kNoteLength = 200;
};

} // namespace ldn
