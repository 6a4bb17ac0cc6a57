#pragma once

#include "gui/common/ProfileView.h"
#include "report/GpReportBuilder.h"
#include "report/PdfDocument.h"
#include "report/ReportEvidence.h"

#include <QDate>
#include <QString>
#include <QWidget>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace ldn {

class DateRangeControls;
class DiarySession;
class PageRefresher;

// The "GP report" tab: which dates, which paper and which sections, the patient's questions for
// the doctor, a preview of the pages exactly as they will be printed, and Save PDF / Print. The
// pages come from the report layer (GpReportBuilder, GpReportWriter), the same code the command
// line's `report` uses, painted onto images for the preview.
class ReportPage : public QWidget, public ProfileView {
    Q_OBJECT

public:
    explicit ReportPage(DiarySession& session, QWidget* parent = nullptr);
    ~ReportPage() override;

    // Reads the profile's diary, plans, medicines and evidence, and shows the preview (a
    // StorageError propagates).
    void showProfile(std::int64_t profileId) override;
    void clear() override;
    void setReadOnly(bool) override {} // nothing on the page changes the diary
    PageRefresher& refresher() override { return *m_refresher; }

    // The report the options describe now.
    GpReportBuilder::Request request() const;
    // Redraws the preview at once (option changes redraw it after a short pause).
    void refreshPreview();
    int previewPageCount() const { return static_cast<int>(m_pageLabels.size()); }
    // Writes the PDF the preview shows; throws std::runtime_error naming the file.
    void savePdf(const QString& path) const;

    // The resolution of the preview images, before the screen's device pixel ratio.
    static constexpr int kPreviewDpi = 84;

private:
    std::optional<PdfDocument> document() const;
    void schedulePreview();
    void chooseFileAndSave();
    void print();
    void updateControls();

    DiarySession& m_session;
    PageRefresher* m_refresher;
    std::optional<std::int64_t> m_profileId;
    std::optional<GpReportBuilder::Sources> m_sources;
    std::optional<ReportEvidence> m_evidence;

    DateRangeControls* m_range;
    QComboBox* m_paperCombo;
    std::array<QCheckBox*, kReportSectionCount> m_sectionBoxes{};
    QPlainTextEdit* m_questions;
    QPushButton* m_saveButton;
    QPushButton* m_printButton;
    QLabel* m_status;
    QScrollArea* m_previewScroll;
    QWidget* m_previewPages;
    QVBoxLayout* m_previewLayout;
    std::vector<QLabel*> m_pageLabels;
    QTimer* m_previewTimer;
};

} // namespace ldn
