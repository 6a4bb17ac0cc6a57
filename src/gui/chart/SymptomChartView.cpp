#include "gui/chart/SymptomChartView.h"

#include "gui/chart/ChartDateTicks.h"
#include "gui/chart/ChartDayDescription.h"
#include "gui/chart/ChartLegendFit.h"
#include "gui/chart/ChartPoints.h"
#include "gui/chart/ChartSymbols.h"
#include "gui/common/MessageStyle.h"
#include "gui/common/PaletteFollower.h"
#include "gui/notes/NoteMarker.h"
#include "presentation/ChartStyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ldn {
namespace {

QScatterSeries::MarkerShape scatterShape(ChartStyle::MarkerShape shape)
{
    switch (shape) {
    case ChartStyle::MarkerShape::Square:
        return QScatterSeries::MarkerShapeRectangle;
    case ChartStyle::MarkerShape::Triangle:
        return QScatterSeries::MarkerShapeTriangle;
    case ChartStyle::MarkerShape::Diamond:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case ChartStyle::MarkerShape::Star:
        return QScatterSeries::MarkerShapeStar;
    case ChartStyle::MarkerShape::Pentagon:
        return QScatterSeries::MarkerShapePentagon;
    case ChartStyle::MarkerShape::Circle:
        break;
    }
    return QScatterSeries::MarkerShapeCircle;
}

// The score axis runs above 10 to leave a band for the marker rows and the dose-change labels, so
// no marker ever hides a score; its labels stop at 10.
constexpr double kTopScore = 10.0;
constexpr double kScoreAxisTop = 13.45;
constexpr double kSideEffectRow = 10.65;
constexpr double kMissedDoseRow = 11.2;
constexpr double kEventRow = 11.75;
constexpr double kNoteRow = 12.3;

// Exports are laid out at 1/1.5 of their pixel size, so text and lines keep the proportions they
// have on screen instead of shrinking on a large picture.
constexpr qreal kExportScale = 1.5;

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr int kMinimumVisibleDays = 7;
constexpr qreal kPixelsPerMeanPoint = 3.0;

void replaceIfChanged(QXYSeries* series, const QList<QPointF>& points)
{
    // Unchanged series (a marker row while panning) are left alone: replacing costs a relayout.
    if (series->count() != points.size() || series->points() != points) {
        series->replace(points);
    }
}

} // namespace

SymptomChartView::SymptomChartView(QWidget* parent)
    : QChartView(parent)
    , m_dateAxis(new QCategoryAxis)
    , m_scoreAxis(new QCategoryAxis)
    , m_doseAxis(new QCategoryAxis)
{
    setObjectName(QStringLiteral("symptomChart"));
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Symptom scores and LDN dose over time"));

    QChart* plot = chart();
    plot->setAnimationOptions(QChart::NoAnimation);
    plot->setBackgroundRoundness(0);
    plot->setMargins(QMargins(6, 6, 6, 6));
    plot->legend()->setAlignment(Qt::AlignBottom);
    plot->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    // In a narrow window the legend shortens long labels ("sleep qu…"); hovering shows them whole.
    plot->legend()->setShowToolTips(true);
    QFont titleFont = plot->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    plot->setTitleFont(titleFont);

    m_dateAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    plot->addAxis(m_dateAxis, Qt::AlignBottom);

    m_scoreAxis->setTitleText(tr("Symptom score (0–10)"));
    m_scoreAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_scoreAxis->setRange(0.0, kScoreAxisTop);
    m_scoreAxis->setStartValue(0.0);
    for (int score = 0; score <= static_cast<int>(kTopScore); score += 2) {
        m_scoreAxis->append(QString::number(score), score);
    }
    plot->addAxis(m_scoreAxis, Qt::AlignLeft);

    m_doseAxis->setTitleText(tr("LDN dose (mg)"));
    m_doseAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_doseAxis->setGridLineVisible(false);
    plot->addAxis(m_doseAxis, Qt::AlignRight);

    connect(plot, &QChart::plotAreaChanged, this, [this] {
        fitAxisTitle();
        updateAxisFormat();
        fillVisibleSlices();
        m_changeLabels.place(*chart());
    });
    clear();
    // Dark when the window is: the chart follows the palette (View > Appearance, or the desktop).
    PaletteFollower::follow(this, [this] {
        applyTheme(MessageStyle::isDark(palette()) ? ChartStyle::Theme::Dark : ChartStyle::Theme::Light);
    });
}

void SymptomChartView::applyTheme(ChartStyle::Theme theme)
{
    m_theme = theme;
    QChart* plot = chart();
    const QColor background = ChartStyle::backgroundColour(theme);
    const QColor text = ChartStyle::textColour(theme);
    plot->setBackgroundBrush(background);
    setBackgroundBrush(background);
    plot->setTitleBrush(text);
    plot->legend()->setLabelColor(text);
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_dateAxis), static_cast<QAbstractAxis*>(m_scoreAxis)}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(ChartStyle::axisColour(theme));
        axis->setGridLineColor(ChartStyle::gridColour(theme));
    }
    const QColor dose = ChartStyle::doseColour(theme);
    m_doseAxis->setLabelsColor(dose);
    m_doseAxis->setTitleBrush(dose);
    m_doseAxis->setLinePenColor(dose);
    rebuildSeries();
    fillVisibleSlices();
    m_changeLabels.place(*plot);
}

SymptomChartView::~SymptomChartView() = default;

QString SymptomChartView::doseSeriesName()
{
    return tr("LDN dose");
}

QString SymptomChartView::doseChangeSeriesName()
{
    return tr("Dose change");
}

QString SymptomChartView::sideEffectSeriesName()
{
    return tr("Side effect");
}

QString SymptomChartView::missedDoseSeriesName()
{
    return tr("Missed dose");
}

QString SymptomChartView::eventSeriesName()
{
    return tr("Event");
}

QString SymptomChartView::carerNoteSeriesName()
{
    return tr("Carer's note");
}

QString SymptomChartView::ownNoteSeriesName()
{
    return tr("Own note");
}

QString SymptomChartView::dailyScoresName(const QString& symptom)
{
    return tr("%1 (daily scores)").arg(symptom);
}

void SymptomChartView::clear()
{
    m_annotations.clear();
    m_carerNotes.points.clear();
    m_ownNotes.points.clear();
    setChartData({});
}

void SymptomChartView::setAnnotations(std::vector<Annotation> annotations)
{
    m_annotations.clear();
    for (Annotation& annotation : annotations) {
        if (annotation.day.isValid()) {
            m_annotations.push_back(std::move(annotation));
        }
    }
    std::stable_sort(m_annotations.begin(), m_annotations.end(),
                     [](const Annotation& left, const Annotation& right) { return left.day < right.day; });
    m_carerNotes.points.clear();
    m_ownNotes.points.clear();
    QDate lastCarer;
    QDate lastOwn;
    for (const Annotation& annotation : m_annotations) {
        const bool carer = annotation.author == Annotation::Author::Carer;
        QDate& last = carer ? lastCarer : lastOwn;
        if (annotation.day != last) {
            (carer ? m_carerNotes : m_ownNotes)
                .points.append(QPointF(static_cast<qreal>(ChartPoints::middayMs(annotation.day)), kNoteRow));
            last = annotation.day;
        }
    }
    rebuildSeries();
    fillVisibleSlices();
    m_changeLabels.place(*chart());
}

void SymptomChartView::setAnnotationsVisible(bool visible)
{
    if (visible == m_annotationsVisible) {
        return;
    }
    m_annotationsVisible = visible;
    rebuildSeries();
    fillVisibleSlices();
    m_changeLabels.place(*chart());
}

void SymptomChartView::setChartData(SymptomChartData newData)
{
    m_data = std::move(newData);
    m_symptoms.clear();
    m_visibleSymptoms.clear();
    for (const SymptomChartData::SymptomSeries& series : m_data.symptoms) {
        m_symptoms.push_back(
            {series.symptom.name, ChartPoints::of(series.scores), ChartPoints::of(series.rollingMean)});
        m_visibleSymptoms << series.symptom.name;
    }

    // Horizontal then vertical: a dose holds from midnight to midnight and jumps at the change.
    m_doseSteps.clear();
    double maximumDose = 0.0;
    for (std::size_t i = 0; i < m_data.dose.size(); ++i) {
        const SymptomChartData::Point& point = m_data.dose[i];
        const auto at = static_cast<qreal>(ChartPoints::msAt(point.date, 0));
        if (i > 0 && m_data.dose[i - 1].value != point.value) {
            m_doseSteps.append(QPointF(at, m_data.dose[i - 1].value));
        }
        if (i == 0 || m_data.dose[i - 1].value != point.value) {
            m_doseSteps.append(QPointF(at, point.value));
        }
        maximumDose = std::max(maximumDose, point.value);
    }
    if (!m_data.dose.empty()) {
        m_doseSteps.append(
            QPointF(static_cast<qreal>(ChartPoints::msAt(m_data.dose.back().date.addDays(1), 0)),
                    m_data.dose.back().value));
    }

    // The dose axis runs from 0 to the highest dose rounded up, aligned so that its top meets a
    // score of 10 and the dose line never enters the marker band.
    const double step = maximumDose <= 6.0 ? 1.0 : (maximumDose <= 12.0 ? 2.0 : 5.0);
    m_doseAxisTop = std::max(step, std::ceil(maximumDose / step) * step);
    const QStringList oldLabels = m_doseAxis->categoriesLabels();
    for (const QString& label : oldLabels) {
        m_doseAxis->remove(label);
    }
    m_doseAxis->setStartValue(0.0);
    m_doseAxis->setRange(0.0, m_doseAxisTop * kScoreAxisTop / kTopScore);
    const QLocale locale;
    for (double dose = 0.0; dose <= m_doseAxisTop + 1e-9; dose += step) {
        m_doseAxis->append(locale.toString(dose, 'g', 4), dose);
    }

    m_sideEffects.points = ChartPoints::markerRow(m_data.sideEffects, kSideEffectRow);
    m_missedDoses.points = ChartPoints::markerRow(m_data.missedDoses, kMissedDoseRow);
    m_events.points = ChartPoints::markerRow(m_data.events, kEventRow);

    m_homeFrom = m_data.from;
    m_homeTo = m_data.to;
    rebuildSeries();
    resetView();
}

void SymptomChartView::setVisibleSymptoms(const QStringList& names)
{
    if (names == m_visibleSymptoms) {
        return;
    }
    m_visibleSymptoms = names;
    rebuildSeries();
    fillVisibleSlices();
    m_changeLabels.place(*chart());
}

void SymptomChartView::setDateRange(const QDate& from, const QDate& to)
{
    m_homeFrom = from.isValid() ? from : m_data.from;
    m_homeTo = to.isValid() ? to : m_data.to;
    if (m_homeFrom.isValid() && m_homeTo.isValid() && m_homeTo < m_homeFrom) {
        std::swap(m_homeFrom, m_homeTo);
    }
    resetView();
}

void SymptomChartView::resetView()
{
    if (!m_homeFrom.isValid() || !m_homeTo.isValid()) {
        const QDate today = QDate::currentDate();
        applyVisibleRange(QDateTime(today.addDays(-27), QTime(0, 0)),
                          QDateTime(today.addDays(1), QTime(0, 0)));
        return;
    }
    applyVisibleRange(QDateTime(m_homeFrom, QTime(0, 0)), QDateTime(m_homeTo.addDays(1), QTime(0, 0)));
}

QDateTime SymptomChartView::fullStart() const
{
    QDate first = m_homeFrom;
    if (m_data.from.isValid() && (!first.isValid() || m_data.from < first)) {
        first = m_data.from;
    }
    return QDateTime(first, QTime(0, 0));
}

QDateTime SymptomChartView::fullEnd() const
{
    QDate last = m_homeTo;
    if (m_data.to.isValid() && (!last.isValid() || m_data.to > last)) {
        last = m_data.to;
    }
    return QDateTime(last.addDays(1), QTime(0, 0));
}

void SymptomChartView::zoomBy(double factor, double anchor)
{
    if (!m_visibleStart.isValid() || !fullStart().isValid()) {
        return;
    }
    const qint64 start = m_visibleStart.toMSecsSinceEpoch();
    const qint64 span = m_visibleStart.msecsTo(m_visibleEnd);
    const qint64 fullSpan = fullStart().msecsTo(fullEnd());
    const qint64 newSpan =
        std::clamp(static_cast<qint64>(std::llround(static_cast<double>(span) * factor)),
                   std::min(fullSpan, kMinimumVisibleDays * kDayMs), std::max(fullSpan, span));
    const double fixedAt =
        static_cast<double>(start) + std::clamp(anchor, 0.0, 1.0) * static_cast<double>(span);
    const auto newStart = static_cast<qint64>(std::llround(fixedAt - anchor * static_cast<double>(newSpan)));
    applyVisibleRange(QDateTime::fromMSecsSinceEpoch(newStart),
                      QDateTime::fromMSecsSinceEpoch(newStart + newSpan));
}

void SymptomChartView::panBy(double fraction)
{
    if (!m_visibleStart.isValid()) {
        return;
    }
    const qint64 span = m_visibleStart.msecsTo(m_visibleEnd);
    const auto shift = static_cast<qint64>(std::llround(fraction * static_cast<double>(span)));
    applyVisibleRange(m_visibleStart.addMSecs(shift), m_visibleEnd.addMSecs(shift));
}

void SymptomChartView::applyVisibleRange(QDateTime start, QDateTime end)
{
    // Keep the view inside the diary (it may be shorter than the view, e.g. a new diary).
    const QDateTime first = fullStart();
    const QDateTime last = fullEnd();
    if (first.isValid() && last.isValid()) {
        const qint64 span = start.msecsTo(end);
        if (end > last) {
            end = last;
            start = end.addMSecs(-span);
        }
        if (start < first) {
            start = first;
            end = std::min(last, start.addMSecs(span));
        }
    }
    const qint64 oldSpan = m_visibleStart.isValid() ? m_visibleStart.msecsTo(m_visibleEnd) : 0;
    m_visibleStart = start;
    m_visibleEnd = end;
    updateAxisFormat();
    // Qt Charts recomputes every series both when its points and when the axis change; doing the
    // narrower of the two first keeps that second pass over the smaller set of points.
    const auto startMs = static_cast<qreal>(start.toMSecsSinceEpoch());
    const auto endMs = static_cast<qreal>(end.toMSecsSinceEpoch());
    if (start.msecsTo(end) < oldSpan) {
        fillVisibleSlices();
        m_dateAxis->setRange(startMs, endMs);
    } else {
        m_dateAxis->setRange(startMs, endMs);
        fillVisibleSlices();
    }
    m_changeLabels.place(*chart());
}

void SymptomChartView::updateAxisFormat()
{
    if (!m_visibleStart.isValid()) {
        return;
    }
    const qreal width = chart()->plotArea().width() > 50 ? chart()->plotArea().width() : 600.0;
    // The days whose midnight is in view.
    const QDate first =
        m_visibleStart.time() == QTime(0, 0) ? m_visibleStart.date() : m_visibleStart.date().addDays(1);
    const QDate last = m_visibleEnd.date();
    const double days =
        static_cast<double>(m_visibleStart.msecsTo(m_visibleEnd)) / static_cast<double>(kDayMs);
    const QFontMetricsF metrics(m_dateAxis->labelsFont());
    const ChartDateTicks::Choice choice =
        ChartDateTicks::choose(first, last, days, width,
                               [&metrics](const QString& label) { return metrics.horizontalAdvance(label); });
    QList<QDate> dates;
    QStringList labels;
    for (const ChartDateTicks::Tick& tick : choice.ticks) {
        dates << tick.date;
        labels << tick.label;
    }
    // Panning within the same ticks leaves the axis alone: every change of a category relays it out.
    if (dates == m_tickDates && labels == m_dateAxis->categoriesLabels()) {
        return;
    }
    const QStringList old = m_dateAxis->categoriesLabels();
    for (const QString& label : old) {
        m_dateAxis->remove(label);
    }
    // The first category starts long before any view (at the epoch), so its boundary never draws a
    // grid line inside the plot; its label sits at its end, the first tick.
    m_dateAxis->setStartValue(0.0);
    for (qsizetype i = 0; i < dates.size(); ++i) {
        m_dateAxis->append(labels[i], static_cast<qreal>(ChartPoints::msAt(dates[i], 0)));
    }
    m_tickDates = dates;
}

QStringList SymptomChartView::tickLabels() const
{
    return m_dateAxis->categoriesLabels();
}

void SymptomChartView::attach(QXYSeries* series, bool onDoseAxis)
{
    chart()->addSeries(series);
    series->attachAxis(m_dateAxis);
    series->attachAxis(onDoseAxis ? m_doseAxis : m_scoreAxis);
}

void SymptomChartView::removeAllSeries()
{
    m_changeLabels.clear();
    chart()->removeAllSeries();
    for (SymptomItems& symptom : m_symptoms) {
        symptom.scoreSeries = nullptr;
        symptom.meanSeries = nullptr;
    }
    m_doseSeries = nullptr;
    m_sideEffects.series = nullptr;
    m_missedDoses.series = nullptr;
    m_events.series = nullptr;
    m_carerNotes.series = nullptr;
    m_ownNotes.series = nullptr;
}

void SymptomChartView::rebuildSeries()
{
    removeAllSeries();
    QChart* plot = chart();
    std::vector<QAbstractSeries*> unlisted;

    for (std::size_t index = 0; index < m_symptoms.size(); ++index) {
        SymptomItems& symptom = m_symptoms[index];
        if (!m_visibleSymptoms.contains(symptom.name)) {
            continue;
        }
        const ChartStyle::SymptomStyle style = ChartStyle::symptom(index, m_theme);
        const QColor& colour = style.colour;

        auto* mean = new QLineSeries;
        mean->setName(symptom.name);
        QPen linePen(colour, 2.4);
        if (!style.dashes.isEmpty()) {
            linePen.setDashPattern(style.dashes);
        }
        linePen.setCapStyle(Qt::FlatCap);
        mean->setPen(linePen);
        attach(mean, false);
        symptom.meanSeries = mean;

        auto* scores = new QScatterSeries;
        scores->setName(dailyScoresName(symptom.name));
        scores->setMarkerShape(scatterShape(style.shape));
        scores->setMarkerSize(6.5);
        QColor light = colour;
        light.setAlphaF(0.28);
        scores->setColor(light);
        QColor border = colour;
        border.setAlphaF(0.45);
        scores->setBorderColor(border);
        attach(scores, false);
        symptom.scoreSeries = scores;
        unlisted.push_back(scores);
    }

    m_doseSeries = new QLineSeries;
    m_doseSeries->setName(doseSeriesName());
    QPen dosePen(ChartStyle::doseColour(m_theme), 3.2);
    dosePen.setJoinStyle(Qt::MiterJoin);
    dosePen.setCapStyle(Qt::FlatCap);
    m_doseSeries->setPen(dosePen);
    attach(m_doseSeries, true);

    QPen changePen(ChartStyle::doseChangeColour(m_theme), 1.3, Qt::DashLine);
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    for (const SymptomChartData::DoseChange& change : m_data.doseChanges) {
        auto* line = new QLineSeries;
        line->setName(doseChangeSeriesName());
        line->setPen(changePen);
        const auto x = static_cast<qreal>(ChartPoints::msAt(change.date, 0));
        line->append(x, 0.0);
        line->append(x, kScoreAxisTop);
        attach(line, false);
        if (!m_changeLabels.isEmpty()) {
            unlisted.push_back(line);
        }
        m_changeLabels.add(*plot, line, change, labelFont, ChartStyle::doseChangeColour(m_theme));
    }

    const auto makeRow = [&](MarkerRow& row, const QString& name, const QColor& colour) {
        row.series = new QScatterSeries;
        row.series->setName(name);
        row.series->setMarkerSize(10.0);
        row.series->setColor(colour);
        row.series->setBorderColor(m_theme == ChartStyle::Theme::Dark ? colour.lighter(120)
                                                                      : colour.darker(130));
        attach(row.series, false);
    };
    makeRow(m_sideEffects, sideEffectSeriesName(), ChartStyle::sideEffectColour(m_theme));
    m_sideEffects.series->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    makeRow(m_missedDoses, missedDoseSeriesName(), ChartStyle::missedDoseColour(m_theme));
    // Qt Charts has no cross shape; an image marker draws one.
    m_missedDoses.series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_missedDoses.series->setLightMarker(ChartSymbols::cross(ChartStyle::missedDoseColour(m_theme), 10));
    makeRow(m_events, eventSeriesName(), ChartStyle::eventColour(m_theme));
    m_events.series->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    if (m_annotationsVisible) {
        // A speech bubble, unlike any other mark; a kind of note nobody wrote stays out of the legend.
        // The person's own notes first, so a carer's note on the same day is drawn on top.
        for (const bool carer : {false, true}) {
            MarkerRow& row = carer ? m_carerNotes : m_ownNotes;
            makeRow(row, carer ? carerNoteSeriesName() : ownNoteSeriesName(), NoteMarker::colour(m_theme));
            row.series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
            row.series->setMarkerSize(13.0);
            row.series->setLightMarker(NoteMarker::image(13, carer, m_theme));
            if (row.points.isEmpty()) {
                unlisted.push_back(row.series);
            }
        }
    }

    for (QAbstractSeries* series : unlisted) {
        const QList<QLegendMarker*> markers = plot->legend()->markers(series);
        for (QLegendMarker* marker : markers) {
            marker->setVisible(false);
        }
    }
    fitLegend();
}

void SymptomChartView::fillVisibleSlices()
{
    if (!m_visibleStart.isValid() || !m_doseSeries) {
        return;
    }
    const qint64 start = m_visibleStart.toMSecsSinceEpoch();
    const qint64 end = m_visibleEnd.toMSecsSinceEpoch();
    const bool dailyPoints = m_visibleStart.daysTo(m_visibleEnd) <= kMaximumDaysWithDailyPoints;
    // One mean point per few pixel columns: Qt strokes a dashed, antialiased line segment by
    // segment, which made a ten-year redraw with ten symptoms take over 100 ms at one point per
    // column; a 7-day mean drawn at three columns per point looks the same.
    const qreal plotWidth = chart()->plotArea().width() > 50 ? chart()->plotArea().width() : 1000.0;
    const qreal columns = plotWidth / kPixelsPerMeanPoint;
    for (SymptomItems& symptom : m_symptoms) {
        if (symptom.meanSeries) {
            replaceIfChanged(symptom.meanSeries,
                             ChartPoints::thinned(ChartPoints::slice(symptom.means, start, end, true), start,
                                                  end, columns));
            replaceIfChanged(symptom.scoreSeries, dailyPoints
                                                      ? ChartPoints::slice(symptom.scores, start, end, false)
                                                      : QList<QPointF>());
        }
    }
    replaceIfChanged(m_doseSeries, ChartPoints::slice(m_doseSteps, start, end, true));
    for (MarkerRow* row : {&m_sideEffects, &m_missedDoses, &m_events, &m_carerNotes, &m_ownNotes}) {
        if (row->series) {
            replaceIfChanged(row->series, ChartPoints::slice(row->points, start, end, false));
        }
    }
}

QString SymptomChartView::describeDay(const QDate& date, const QString& symptom) const
{
    return ChartDayDescription::describe(m_data, m_visibleSymptoms,
                                         m_annotationsVisible ? &m_annotations : nullptr, date, symptom);
}

void SymptomChartView::showToolTipAt(const QPoint& viewPosition)
{
    const QPointF chartPosition = chart()->mapFromScene(mapToScene(viewPosition));
    if (!m_sideEffects.series || !chart()->plotArea().contains(chartPosition) || m_data.from.isNull()) {
        QToolTip::hideText();
        return;
    }
    const QPointF value = chart()->mapToValue(chartPosition, m_sideEffects.series);
    const QDate date = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value.x())).date();

    // The symptom whose point or mean line is nearest the pointer, if one is close.
    QString nearest;
    qreal nearestDistance = 12.0;
    for (const SymptomChartData::SymptomSeries& series : m_data.symptoms) {
        if (!m_visibleSymptoms.contains(series.symptom.name)) {
            continue;
        }
        for (const auto* points : {&series.scores, &series.rollingMean}) {
            const auto found = ChartPoints::onDate(*points, date);
            if (found.first != found.second) {
                const QPointF at = chart()->mapToPosition(
                    QPointF(static_cast<qreal>(ChartPoints::middayMs(date)), found.first->value),
                    m_sideEffects.series);
                const qreal distance = std::abs(at.y() - chartPosition.y());
                if (distance < nearestDistance) {
                    nearestDistance = distance;
                    nearest = series.symptom.name;
                }
            }
        }
    }
    const QString text = describeDay(date, nearest);
    QToolTip::showText(mapToGlobal(viewPosition), text, this);
}

void SymptomChartView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    const QRectF plotArea = chart()->plotArea();
    const QPointF position = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    const double anchor = plotArea.width() > 0 ? (position.x() - plotArea.left()) / plotArea.width() : 0.5;
    zoomBy(std::pow(0.8, delta / 120.0), std::clamp(anchor, 0.0, 1.0));
    event->accept();
}

void SymptomChartView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.8);
        break;
    case Qt::Key_Minus:
        zoomBy(1.25);
        break;
    case Qt::Key_Left:
        panBy(-0.2);
        break;
    case Qt::Key_Right:
        panBy(0.2);
        break;
    case Qt::Key_Home:
    case Qt::Key_Escape:
        resetView();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SymptomChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_visibleStart.isValid()) {
        m_dragging = true;
        m_dragOrigin = event->position().toPoint();
        m_dragStart = m_visibleStart;
        m_dragEnd = m_visibleEnd;
        setCursor(Qt::ClosedHandCursor);
        QToolTip::hideText();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void SymptomChartView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging) {
        const qreal width = chart()->plotArea().width();
        if (width > 0) {
            const qreal dx = event->position().x() - m_dragOrigin.x();
            const auto shift = static_cast<qint64>(
                std::llround(-dx / width * static_cast<double>(m_dragStart.msecsTo(m_dragEnd))));
            applyVisibleRange(m_dragStart.addMSecs(shift), m_dragEnd.addMSecs(shift));
        }
        event->accept();
        return;
    }
    showToolTipAt(event->position().toPoint());
    QChartView::mouseMoveEvent(event);
}

void SymptomChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void SymptomChartView::mouseDoubleClickEvent(QMouseEvent* event)
{
    resetView();
    event->accept();
}

void SymptomChartView::leaveEvent(QEvent* event)
{
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

bool SymptomChartView::renderTo(QPaintDevice& device, QSizeF size)
{
    QChart* plot = chart();
    const QSizeF onScreen = plot->size();
    const QString onScreenTitle = plot->title();
    // On screen the page around the chart explains it; an exported picture has to do that itself.
    QString key = tr("Points: daily scores \u00b7 lines: 7-day means \u00b7 thick step line: LDN dose");
    if (m_annotationsVisible && !m_annotations.empty()) {
        key += QStringLiteral(" \u00b7 ") + tr("speech bubbles: notes (filled: by a carer)");
    }
    plot->setTitle(QStringLiteral("%1<br><span style=\"font-weight:normal; font-size:small\">%2</span>")
                       .arg(m_exportTitle.toHtmlEscaped(), key.toHtmlEscaped()));
    // The legend is one row; in a picture narrower than the screen its labels would be cut short
    // ("sleep qual…"), so its font shrinks (not below three quarters) until they fit.
    const QFont onScreenLegendFont = plot->legend()->font();
    ChartLegendFit::showAll(*plot->legend(), symptomLines());
    if (const qreal needed = ChartLegendFit::neededWidth(*plot->legend(), onScreenLegendFont);
        needed > size.width() * 0.95) {
        QFont smaller = onScreenLegendFont;
        smaller.setPointSizeF(onScreenLegendFont.pointSizeF() * std::max(0.75, size.width() * 0.95 / needed));
        plot->legend()->setFont(smaller);
    }
    plot->resize(size);
    plot->layout()->activate();
    updateAxisFormat();
    m_changeLabels.place(*chart());

    QPainter painter;
    if (!painter.begin(&device)) {
        plot->setTitle(onScreenTitle);
        plot->legend()->setFont(onScreenLegendFont);
        plot->resize(onScreen);
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF target(QPointF(0, 0), size);
    painter.fillRect(target, Qt::white);
    scene()->render(&painter, target, plot->mapRectToScene(target));
    painter.end();

    plot->setTitle(onScreenTitle);
    plot->legend()->setFont(onScreenLegendFont);
    plot->resize(onScreen);
    plot->layout()->activate();
    fitLegend();
    updateAxisFormat();
    m_changeLabels.place(*chart());
    return true;
}

bool SymptomChartView::exportPng(const QString& path, QSize size)
{
    if (size.isEmpty()) {
        return false;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kExportScale);
    image.fill(Qt::white);
    if (!renderTo(image, QSizeF(size) / kExportScale)) {
        return false;
    }
    return image.save(path, "PNG");
}

bool SymptomChartView::exportSvg(const QString& path, QSize size)
{
    if (size.isEmpty()) {
        return false;
    }
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRectF(QPointF(0, 0), QSizeF(size) / kExportScale));
    generator.setTitle(m_exportTitle.isEmpty() ? tr("Symptom scores and LDN dose") : m_exportTitle);
    generator.setDescription(
        tr("Daily symptom scores (points), 7-day means (lines) and LDN dose (step line), "
           "made by LDN Tracker."));
    if (!renderTo(generator, QSizeF(size) / kExportScale)) {
        return false;
    }
    // QSvgGenerator reports no write errors; a file that is not there or empty did not work.
    const QFileInfo written(path);
    return written.exists() && written.size() > 0;
}

void SymptomChartView::fitAxisTitle()
{
    const QString fullTitle = tr("Symptom score (0–10)");
    const qreal titleWidth = QFontMetricsF(m_scoreAxis->titleFont()).horizontalAdvance(fullTitle);
    const QString title = chart()->plotArea().height() >= titleWidth + 8 ? fullTitle : tr("Score (0–10)");
    if (m_scoreAxis->titleText() != title) {
        m_scoreAxis->setTitleText(title);
    }
}

std::vector<QAbstractSeries*> SymptomChartView::symptomLines() const
{
    std::vector<QAbstractSeries*> lines;
    for (const SymptomItems& symptom : m_symptoms) {
        if (symptom.meanSeries != nullptr) {
            lines.push_back(symptom.meanSeries);
        }
    }
    return lines;
}

void SymptomChartView::fitLegend()
{
    ChartLegendFit::fitOnScreen(*chart()->legend(), symptomLines(), chart()->size().width());
}

void SymptomChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    fitAxisTitle();
    fitLegend();
}

} // namespace ldn
