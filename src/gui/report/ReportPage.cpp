#include "gui/report/ReportPage.h"

#include "gui/common/DateRangeControls.h"
#include "gui/common/MessageStyle.h"
#include "gui/common/PageRefresher.h"
#include "report/GpReportWriter.h"
#include "report/ReportEvidenceReader.h"
#include "services/DiarySession.h"
#include "services/EvidenceService.h"
#include "services/ProblemText.h"
#include "storage/evidence/EvidencePackInstaller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <stdexcept>

namespace ldn {
namespace {

// Long enough that typing a question does not redraw the pages on every key.
constexpr int kPreviewDelayMilliseconds = 300;
constexpr int kControlsWidth = 300;
constexpr double kInchesPerMeter = 1.0 / 0.0254;

QImage renderPage(const PdfDocument& document, int index, double devicePixelRatio)
{
    const double dpi = std::round(ReportPage::kPreviewDpi * devicePixelRatio);
    const QSizeF points = document.pageSize();
    QImage image(static_cast<int>(std::lround(points.width() * dpi / 72.0)),
                 static_cast<int>(std::lround(points.height() * dpi / 72.0)), QImage::Format_RGB32);
    image.setDotsPerMeterX(static_cast<int>(std::lround(dpi * kInchesPerMeter)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(dpi * kInchesPerMeter)));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        document.paintPage(painter, index);
    }
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

} // namespace

ReportPage::ReportPage(DiarySession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_refresher(new PageRefresher(*this, *this, session,
                                    DiaryChange::Subject::Days | DiaryChange::Subject::Symptoms |
                                        DiaryChange::Subject::Notes | DiaryChange::Subject::Plan |
                                        DiaryChange::Subject::Medicines | DiaryChange::Subject::Profiles |
                                        DiaryChange::Subject::Evidence))
    , m_range(new DateRangeControls(
          *this, {DateRangeControls::Preset::LastThreeMonths, DateRangeControls::Preset::LastSixMonths,
                  DateRangeControls::Preset::LastYear, DateRangeControls::Preset::All,
                  DateRangeControls::Preset::Custom}))
    , m_paperCombo(new QComboBox(this))
    , m_questions(new QPlainTextEdit(this))
    , m_saveButton(new QPushButton(tr("&Save PDF\u2026"), this))
    , m_printButton(new QPushButton(tr("&Print\u2026"), this))
    , m_status(new QLabel(this))
    , m_previewScroll(new QScrollArea(this))
    , m_previewPages(new QWidget)
    , m_previewLayout(new QVBoxLayout(m_previewPages))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("reportPage"));
    m_range->presetCombo()->setObjectName(QStringLiteral("reportRangeCombo"));
    m_range->fromEdit()->setObjectName(QStringLiteral("reportFromDate"));
    m_range->toEdit()->setObjectName(QStringLiteral("reportToDate"));
    m_paperCombo->setObjectName(QStringLiteral("reportPaperCombo"));
    m_questions->setObjectName(QStringLiteral("reportQuestions"));
    m_saveButton->setObjectName(QStringLiteral("saveReportButton"));
    m_printButton->setObjectName(QStringLiteral("printReportButton"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_previewScroll->setObjectName(QStringLiteral("reportPreview"));

    m_range->presetCombo()->setAccessibleName(tr("Dates in the report"));
    m_range->fromEdit()->setAccessibleName(tr("First day in the report"));
    m_range->toEdit()->setAccessibleName(tr("Last day in the report"));

    // Letter where people measure in inches, A4 everywhere else.
    m_paperCombo->addItem(tr("A4"), static_cast<int>(PaperSize::A4));
    m_paperCombo->addItem(tr("US Letter"), static_cast<int>(PaperSize::Letter));
    m_paperCombo->setCurrentIndex(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? 1 : 0);
    m_paperCombo->setAccessibleName(tr("Paper size"));

    auto* rangeForm = new QFormLayout;
    auto* paperLabel = new QLabel(tr("P&aper"), this);
    paperLabel->setBuddy(m_paperCombo);
    rangeForm->addRow(m_range->presetLabel(), m_range->presetCombo());
    rangeForm->addRow(m_range->fromLabel(), m_range->fromEdit());
    rangeForm->addRow(m_range->toLabel(), m_range->toEdit());
    rangeForm->addRow(paperLabel, m_paperCombo);

    auto* sectionsBox = new QGroupBox(tr("Sections"), this);
    sectionsBox->setObjectName(QStringLiteral("reportSections"));
    auto* sectionsLayout = new QVBoxLayout(sectionsBox);
    sectionsLayout->setSpacing(2);
    for (std::size_t index = 0; index < kAllReportSections.size(); ++index) {
        const ReportSection section = kAllReportSections[index];
        auto* box = new QCheckBox(sectionTitle(section), sectionsBox);
        box->setObjectName(QStringLiteral("reportSection-%1").arg(sectionKey(section)));
        // Notes from carers are about the patient; they go to a doctor only when ticked.
        box->setChecked(isDefaultSection(section));
        if (section == ReportSection::CarerNotes) {
            box->setToolTip(tr("Notes written by carers (and other notes about days), each marked with who "
                               "wrote it. Left out unless ticked."));
        }
        sectionsLayout->addWidget(box);
        m_sectionBoxes[index] = box;
        connect(box, &QCheckBox::toggled, this, [this] {
            updateControls();
            schedulePreview();
        });
    }

    auto* questionsLabel = new QLabel(tr("&Questions for the doctor"), this);
    questionsLabel->setBuddy(m_questions);
    m_questions->setPlaceholderText(tr("What you want to ask at the appointment. Printed near the end of the "
                                       "report; left out when empty."));
    m_questions->setTabChangesFocus(true);
    m_questions->setMinimumHeight(70);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText, MessageStyle::mutedColour(statusPalette));
    m_status->setPalette(statusPalette);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_printButton);
    buttons->addStretch(1);

    auto* controls = new QWidget(this);
    auto* controlsLayout = new QVBoxLayout(controls);
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    controlsLayout->addLayout(rangeForm);
    controlsLayout->addWidget(sectionsBox);
    controlsLayout->addWidget(questionsLabel);
    controlsLayout->addWidget(m_questions, 1);
    controlsLayout->addLayout(buttons);
    controlsLayout->addWidget(m_status);

    m_previewLayout->setSpacing(16);
    m_previewLayout->setContentsMargins(16, 16, 16, 16);
    m_previewLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_previewScroll->setWidget(m_previewPages);
    m_previewScroll->setWidgetResizable(true);
    m_previewScroll->setAlignment(Qt::AlignHCenter);
    m_previewScroll->setAccessibleName(tr("Preview of the report's pages"));
    m_previewScroll->setBackgroundRole(QPalette::Dark);

    // The choices scroll on a small screen (960x540) rather than making the window taller.
    auto* controlsScroll = new QScrollArea(this);
    controlsScroll->setObjectName(QStringLiteral("reportControlsScroll"));
    controlsScroll->setAccessibleName(tr("What goes into the report"));
    controlsScroll->setFrameShape(QFrame::NoFrame);
    controlsScroll->setWidgetResizable(true);
    controlsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    controlsScroll->setWidget(controls);
    controlsScroll->setFixedWidth(kControlsWidth + controlsScroll->verticalScrollBar()->sizeHint().width());

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(controlsScroll);
    layout->addWidget(m_previewScroll, 1);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMilliseconds);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportPage::refreshPreview);
    connect(m_range, &DateRangeControls::rangeChanged, this, [this] { schedulePreview(); });
    connect(m_paperCombo, &QComboBox::currentIndexChanged, this, [this] { schedulePreview(); });
    connect(m_questions, &QPlainTextEdit::textChanged, this, [this] { schedulePreview(); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { chooseFileAndSave(); });
    connect(m_printButton, &QPushButton::clicked, this, [this] { print(); });
    clear();
}

ReportPage::~ReportPage() = default;

void ReportPage::clear()
{
    m_refresher->markShown(std::nullopt);
    m_previewTimer->stop();
    m_profileId.reset();
    m_sources.reset();
    m_evidence.reset();
    m_questions->clear();
    for (QLabel* label : m_pageLabels) {
        label->deleteLater();
    }
    m_pageLabels.clear();
    m_range->clearSpan();
    m_status->setText(tr("Choose a profile to make a report."));
    updateControls();
}

void ReportPage::showProfile(std::int64_t profileId)
{
    GpReportBuilder builder(m_session.database());
    GpReportBuilder::Sources sources = builder.read(profileId);
    std::optional<ReportEvidence> evidence;
    try {
        // Like the evidence commands, install the bundled library the first time it is needed.
        m_session.evidenceService().installBundled();
    } catch (const std::exception&) {
        // A build without a bundled pack, or a read-only diary: the report says what it has.
    }
    evidence = ReportEvidenceReader::read(m_session.database(), sources.profile.conditions);

    const bool sameProfile = m_profileId == profileId;
    const QString questions = m_questions->toPlainText();
    clear();
    m_refresher->markShown(profileId);
    m_profileId = profileId;
    m_sources = std::move(sources);
    m_evidence = std::move(evidence);
    if (sameProfile) {
        // Reading again (after a diary change) keeps what the person typed.
        const QSignalBlocker blocker(m_questions);
        m_questions->setPlainText(questions);
    } else {
        m_range->forgetCustomRange();
    }
    // The presets end today, so days not logged lately show as the gap they are; "All" runs from
    // the first to the last logged day, as `analyze` and `report` do.
    const std::vector<DiaryEntry>& entries = m_sources->entries;
    const QDate today = QDate::currentDate();
    const QDate first = entries.empty() ? today : entries.front().date;
    const QDate last = entries.empty() ? today : entries.back().date;
    m_range->setSpan({.earliest = first.addYears(-1),
                      .latest = std::max(today, last),
                      .allFrom = first,
                      .allTo = last,
                      .presetEnd = today});
    schedulePreview();
    refreshPreview();
}

GpReportBuilder::Request ReportPage::request() const
{
    GpReportBuilder::Request request;
    if (m_range->preset() != DateRangeControls::Preset::All) {
        const auto [from, to] = m_range->range();
        request.from = from;
        request.to = to;
    }
    request.paper = static_cast<PaperSize>(m_paperCombo->currentData().toInt());
    request.sections = ReportSections::none();
    for (std::size_t index = 0; index < kAllReportSections.size(); ++index) {
        request.sections.set(kAllReportSections[index], m_sectionBoxes[index]->isChecked());
    }
    request.questions = m_questions->toPlainText();
    request.evidence = m_evidence;
    return request;
}

std::optional<PdfDocument> ReportPage::document() const
{
    if (!m_sources) {
        return std::nullopt;
    }
    return GpReportWriter(GpReportBuilder::compose(*m_sources, request())).document();
}

void ReportPage::schedulePreview()
{
    if (m_sources) {
        m_previewTimer->start();
    }
}

void ReportPage::refreshPreview()
{
    m_previewTimer->stop();
    const std::optional<PdfDocument> pages = document();
    if (!pages) {
        return;
    }
    const double ratio = devicePixelRatioF();
    while (m_pageLabels.size() > static_cast<std::size_t>(pages->pageCount())) {
        m_pageLabels.back()->deleteLater();
        m_pageLabels.pop_back();
    }
    for (int index = 0; index < pages->pageCount(); ++index) {
        if (static_cast<std::size_t>(index) >= m_pageLabels.size()) {
            auto* label = new QLabel(m_previewPages);
            label->setObjectName(QStringLiteral("reportPreviewPage%1").arg(index + 1));
            label->setFrameShape(QFrame::Box);
            label->setLineWidth(1);
            m_previewLayout->addWidget(label, 0, Qt::AlignHCenter);
            m_pageLabels.push_back(label);
        }
        QLabel* label = m_pageLabels[static_cast<std::size_t>(index)];
        label->setPixmap(QPixmap::fromImage(renderPage(*pages, index, ratio)));
        label->setAccessibleName(tr("Page %1 of %2").arg(index + 1).arg(pages->pageCount()));
    }
    const QString paper = pages->paper() == PaperSize::Letter ? tr("US Letter") : tr("A4");
    m_status->setText(pages->pageCount() == 1 ? tr("1 page, %1").arg(paper)
                                              : tr("%1 pages, %2").arg(pages->pageCount()).arg(paper));
    updateControls();
}

void ReportPage::savePdf(const QString& path) const
{
    const std::optional<PdfDocument> pages = document();
    if (!pages) {
        throw std::runtime_error("No profile is shown, so there is no report to save.");
    }
    pages->write(path);
}

void ReportPage::chooseFileAndSave()
{
    if (!m_sources) {
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder.isEmpty() ? QDir::homePath() : folder)
            .filePath(GpReportWriter::defaultFileName(m_sources->profile.name, QDate::currentDate()));
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save the GP report"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
    }
    try {
        savePdf(path);
        m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    } catch (const std::exception& error) {
        QMessageBox::warning(
            this, tr("Save the GP report"),
            tr("The report could not be saved. Check that the folder exists and that you may "
               "write to it.\n\n%1")
                .arg(ProblemText::of(error)));
    }
}

void ReportPage::print()
{
    const std::optional<PdfDocument> pages = document();
    if (!pages) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageSize(toPageSize(pages->paper()));
    printer.setDocName(pages->header().title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the GP report"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    try {
        pages->print(printer);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Print the GP report"),
                             tr("The report could not be printed.\n\n%1").arg(ProblemText::of(error)));
    }
}

void ReportPage::updateControls()
{
    bool anySection = false;
    for (const QCheckBox* box : m_sectionBoxes) {
        anySection = anySection || box->isChecked();
    }
    const bool ready = m_sources.has_value();
    m_range->setEnabled(ready);
    for (QWidget* control : std::initializer_list<QWidget*>{m_paperCombo, m_questions}) {
        control->setEnabled(ready);
    }
    for (QCheckBox* box : m_sectionBoxes) {
        box->setEnabled(ready);
    }
    m_saveButton->setEnabled(ready && anySection);
    m_printButton->setEnabled(ready && anySection);
}

} // namespace ldn
