#pragma once

#include "core/analysis/SymptomChartData.h"
#include "core/diary/Annotation.h"
#include "gui/chart/DoseChangeLabels.h"
#include "presentation/ChartStyle.h"

#include <QChartView>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <vector>

class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QXYSeries;

namespace ldn {

// The symptom-versus-dose chart: the only class that knows Qt Charts. It draws a
// SymptomChartData computed by the domain layer and nothing else, so moving to Qt Graphs later
// means replacing this adapter, not the pages around it.
//
// Per visible symptom: the daily scores as small light points and the 7-day mean as a line of the
// same colour (each symptom also has its own dash pattern and point shape, so the chart reads in
// greyscale and for colour-blind people; ChartStyle gives them, as it does to the GP report). The dose is a
// step line on its own axis; changes of dose are dashed verticals; side effects, missed doses and events are
// rows of distinct shapes in a band above the score scale, and notes about days (a carer's filled, the
// person's own hollow) a row of speech bubbles at its top, which can be switched off.
//
// Zooming and panning only change which slice of the precomputed points the series hold
// (QXYSeries::replace), so a ten-year diary redraws quickly and the number of graphics items
// stays bounded by the visible range.
class SymptomChartView : public QChartView {
    Q_OBJECT

public:
    explicit SymptomChartView(QWidget* parent = nullptr);
    ~SymptomChartView() override;

    // Shows `data`; every symptom is visible and the range is the data's whole range until told
    // otherwise.
    void setChartData(SymptomChartData newData);
    const SymptomChartData& chartData() const { return m_data; }
    void clear();

    // Notes about days (not the days' own notes), drawn as speech bubbles in the marker band and
    // listed in full in the tooltip of their day. Kept until replaced or the chart is cleared.
    void setAnnotations(std::vector<Annotation> annotations);
    const std::vector<Annotation>& annotations() const { return m_annotations; }
    void setAnnotationsVisible(bool visible);

    // Symptoms not named here are not drawn (their series are removed from the chart).
    void setVisibleSymptoms(const QStringList& names);
    const QStringList& visibleSymptoms() const { return m_visibleSymptoms; }

    // The range the chart shows and returns to on Home / Escape; zooming and panning move within
    // the data's whole range.
    void setDateRange(const QDate& from, const QDate& to);
    // What the x axis shows now.
    QDateTime visibleStart() const { return m_visibleStart; }
    QDateTime visibleEnd() const { return m_visibleEnd; }

    // factor < 1 zooms in; `anchor` is the fraction of the width that stays put (0.5: the middle).
    void zoomBy(double factor, double anchor = 0.5);
    // Moves the view by a fraction of its width (negative: towards earlier days).
    void panBy(double fraction);
    void resetView();

    // A title drawn above the chart only in exports (which leave the screen without context).
    void setExportTitle(const QString& title) { m_exportTitle = title; }

    // Render the chart alone (no scroll bars or focus frame) at `size` pixels.
    bool exportPng(const QString& path, QSize size);
    bool exportSvg(const QString& path, QSize size);

    // "Tue 3 Mar 2026 · pain 6 (7-day mean 5.4) · dose 3 mg": what the tooltip says about a day;
    // with no symptom named, every visible symptom is listed.
    QString describeDay(const QDate& date, const QString& symptom = {}) const;

    // Light or dark, as the window is (it follows the palette); exports are always light.
    ChartStyle::Theme theme() const { return m_theme; }
    // The time axis's ticks now: the days they stand at and their labels, in order.
    QList<QDate> tickDates() const { return m_tickDates; }
    QStringList tickLabels() const;

    // The names the series carry, for people reading the legend and for tests.
    static QString doseSeriesName();
    static QString doseChangeSeriesName();
    static QString sideEffectSeriesName();
    static QString missedDoseSeriesName();
    static QString eventSeriesName();
    static QString carerNoteSeriesName();
    static QString ownNoteSeriesName();
    static QString dailyScoresName(const QString& symptom);

    // Beyond this many visible days the daily points are left out (three or more points per
    // pixel column are noise, and tens of thousands of markers make zooming slow); the 7-day
    // means still show the course.
    static constexpr int kMaximumDaysWithDailyPoints = 400;

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct SymptomItems {
        QString name;
        QList<QPointF> scores;
        QList<QPointF> means;
        QScatterSeries* scoreSeries = nullptr;
        QLineSeries* meanSeries = nullptr;
    };
    struct MarkerRow {
        QList<QPointF> points; // one per day
        QScatterSeries* series = nullptr;
    };
    void rebuildSeries();
    void removeAllSeries();
    void applyVisibleRange(QDateTime start, QDateTime end);
    void fillVisibleSlices();
    void updateAxisFormat();
    // A short score axis title ("Score (0–10)") when the plot is too low for the full one.
    void fitAxisTitle();
    // Leaves the symptoms out of the legend when its row does not fit (ChartLegendFit).
    void fitLegend();
    std::vector<QAbstractSeries*> symptomLines() const;
    void applyTheme(ChartStyle::Theme theme);
    bool renderTo(QPaintDevice& device, QSizeF size);
    void showToolTipAt(const QPoint& viewPosition);
    QDateTime fullStart() const;
    QDateTime fullEnd() const;
    void attach(QXYSeries* series, bool onDoseAxis);

    SymptomChartData m_data;
    QStringList m_visibleSymptoms;
    QDate m_homeFrom;
    QDate m_homeTo;
    QDateTime m_visibleStart;
    QDateTime m_visibleEnd;
    QString m_exportTitle;
    double m_doseAxisTop = 1.0;

    // Time runs in milliseconds since the epoch; its categories are the ticks (ChartDateTicks), each
    // at the midnight that starts its day, so months are labelled at their real first day.
    QCategoryAxis* m_dateAxis;
    QList<QDate> m_tickDates;
    ChartStyle::Theme m_theme = ChartStyle::Theme::Light;
    QCategoryAxis* m_scoreAxis;
    QCategoryAxis* m_doseAxis;
    std::vector<SymptomItems> m_symptoms;
    QList<QPointF> m_doseSteps;
    QLineSeries* m_doseSeries = nullptr;
    MarkerRow m_sideEffects;
    MarkerRow m_missedDoses;
    MarkerRow m_events;
    MarkerRow m_carerNotes;
    MarkerRow m_ownNotes;
    DoseChangeLabels m_changeLabels;
    std::vector<Annotation> m_annotations; // by day; only dated notes
    bool m_annotationsVisible = true;

    bool m_dragging = false;
    QPoint m_dragOrigin;
    QDateTime m_dragStart;
    QDateTime m_dragEnd;
};

} // namespace ldn
