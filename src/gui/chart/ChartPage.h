#pragma once

#include "core/diary/DiaryEntry.h"
#include "core/diary/SymptomDefinition.h"
#include "gui/common/ProfileView.h"

#include <QDate>
#include <QString>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;

namespace ldn {

class AnalysisPanel;
class DateRangeControls;
class DiarySession;
class PageRefresher;
class SymptomChartView;

// The Chart tab: which symptoms and which dates to show, whether to show the notes by carers and
// others, the symptom-versus-dose chart, exports, and the analysis of the same dates below it. It reads the
// active profile's diary itself; the chart and the analysis only get plain domain data.
class ChartPage : public QWidget, public ProfileView {
    Q_OBJECT

public:
    explicit ChartPage(DiarySession& session, QWidget* parent = nullptr);
    ~ChartPage() override;

    // Re-reads the profile's entries and symptoms from the database (a StorageError propagates).
    void showProfile(std::int64_t profileId) override;
    void clear() override;
    void setReadOnly(bool) override {} // nothing on the page changes the diary
    PageRefresher& refresher() override { return *m_refresher; }

    SymptomChartView* chartView() const { return m_chartView; }

    // "ldn-chart-Ann-2026-03-03.png": the name the export dialogs suggest.
    static QString defaultExportFileName(const QString& profileName, const QDate& date,
                                         const QString& suffix);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fillSymptomPicker();
    void fitSymptomPicker();
    void applyRange(const QDate& from, const QDate& to);
    void showVisibleSymptoms();
    void exportChart(const QString& suffix);

    DiarySession& m_session;
    PageRefresher* m_refresher;
    std::optional<std::int64_t> m_profileId;
    QString m_profileName;
    std::shared_ptr<const std::vector<DiaryEntry>> m_entries;
    std::vector<SymptomDefinition> m_symptoms;

    QListWidget* m_symptomPicker;
    DateRangeControls* m_range;
    QPushButton* m_exportPngButton;
    QPushButton* m_exportSvgButton;
    QCheckBox* m_showNotes;
    QLabel* m_hint;
    QLabel* m_emptyState;
    QSplitter* m_splitter;
    SymptomChartView* m_chartView;
    AnalysisPanel* m_analysisPanel;
};

} // namespace ldn
