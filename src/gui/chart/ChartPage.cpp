#include "gui/chart/ChartPage.h"

#include "core/analysis/SymptomChartData.h"
#include "core/base/IsoDate.h"
#include "gui/chart/AnalysisPanel.h"
#include "gui/chart/ChartSymbols.h"
#include "gui/chart/SymptomChartView.h"
#include "gui/common/DateRangeControls.h"
#include "gui/common/MessageStyle.h"
#include "gui/common/PageRefresher.h"
#include "gui/notes/NoteMarker.h"
#include "presentation/DateText.h"
#include "services/DiarySession.h"
#include "storage/diary/AnnotationRepository.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace ldn {
namespace {

// Large enough for a slide or a letter to the GP, small enough to attach to an e-mail.
const QSize kExportSize(1600, 900);
// A chart of more than a handful of symptoms is a tangle; people can tick the others on.
constexpr std::size_t kAllVisibleUpTo = 5;
constexpr int kVisibleWhenMany = 3;

} // namespace

ChartPage::ChartPage(DiarySession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_refresher(new PageRefresher(*this, *this, session,
                                    DiaryChange::Subject::Days | DiaryChange::Subject::Symptoms |
                                        DiaryChange::Subject::Notes | DiaryChange::Subject::Profiles))
    , m_symptomPicker(new QListWidget(this))
    , m_range(new DateRangeControls(
          *this, {DateRangeControls::Preset::LastFourWeeks, DateRangeControls::Preset::LastThreeMonths,
                  DateRangeControls::Preset::LastYear, DateRangeControls::Preset::All,
                  DateRangeControls::Preset::Custom}))
    , m_exportPngButton(new QPushButton(tr("Export PNG\u2026"), this))
    , m_exportSvgButton(new QPushButton(tr("Export SVG\u2026"), this))
    , m_showNotes(new QCheckBox(tr("Show &notes"), this))
    , m_hint(new QLabel(this))
    , m_emptyState(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_chartView(new SymptomChartView(this))
    , m_analysisPanel(new AnalysisPanel(this))
{
    setObjectName(QStringLiteral("chartPage"));
    m_symptomPicker->setObjectName(QStringLiteral("symptomPicker"));
    m_range->presetCombo()->setObjectName(QStringLiteral("rangeCombo"));
    m_range->fromEdit()->setObjectName(QStringLiteral("fromDate"));
    m_range->toEdit()->setObjectName(QStringLiteral("toDate"));
    m_exportPngButton->setObjectName(QStringLiteral("exportPngButton"));
    m_exportSvgButton->setObjectName(QStringLiteral("exportSvgButton"));
    m_showNotes->setObjectName(QStringLiteral("showNotesCheck"));
    m_showNotes->setChecked(true);
    m_showNotes->setIcon(NoteMarker::icon(true));
    m_showNotes->setAccessibleName(tr("Show notes by carers and others on the chart"));
    m_showNotes->setToolTip(tr("Speech bubbles above the scores: a carer's notes filled, your own hollow. "
                               "Point at one to read it."));
    m_hint->setObjectName(QStringLiteral("chartHint"));
    m_emptyState->setObjectName(QStringLiteral("chartEmptyState"));
    m_splitter->setObjectName(QStringLiteral("chartSplitter"));

    // A wrapping row of check boxes whose icons show each symptom's colour, dash and point shape,
    // so the picker is also the chart's key.
    m_symptomPicker->setFlow(QListView::LeftToRight);
    m_symptomPicker->setWrapping(true);
    m_symptomPicker->setResizeMode(QListView::Adjust);
    m_symptomPicker->setSpacing(2);
    m_symptomPicker->setIconSize(QSize(34, 16));
    m_symptomPicker->setFrameShape(QFrame::NoFrame);
    m_symptomPicker->setSelectionMode(QAbstractItemView::NoSelection);
    m_symptomPicker->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_symptomPicker->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_symptomPicker->setAccessibleName(tr("Symptoms shown on the chart"));
    QPalette pickerPalette = m_symptomPicker->palette();
    pickerPalette.setColor(QPalette::Base, pickerPalette.color(QPalette::Window));
    m_symptomPicker->setPalette(pickerPalette);

    m_range->presetCombo()->setAccessibleName(tr("Dates shown"));
    m_range->fromEdit()->setAccessibleName(tr("First day shown"));
    m_range->toEdit()->setAccessibleName(tr("Last day shown"));

    auto* symptomsLabel = new QLabel(tr("&Symptoms"), this);
    symptomsLabel->setBuddy(m_symptomPicker);

    auto* symptomRow = new QHBoxLayout;
    symptomRow->addWidget(symptomsLabel, 0, Qt::AlignTop);
    symptomRow->addWidget(m_symptomPicker, 1);
    auto* rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_range->presetLabel());
    rangeRow->addWidget(m_range->presetCombo());
    rangeRow->addSpacing(12);
    rangeRow->addWidget(m_range->fromLabel());
    rangeRow->addWidget(m_range->fromEdit());
    rangeRow->addSpacing(8);
    rangeRow->addWidget(m_range->toLabel());
    rangeRow->addWidget(m_range->toEdit());
    rangeRow->addStretch(1);
    rangeRow->addWidget(m_showNotes);
    rangeRow->addSpacing(12);
    rangeRow->addWidget(m_exportPngButton);
    rangeRow->addWidget(m_exportSvgButton);

    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Points are daily scores (shown for ranges up to about a year), lines 7-day means, "
                       "the thick step line the dose. Scroll or press + and \u2212 to zoom, drag or use the "
                       "arrow keys to move, Home to go back."));
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, MessageStyle::mutedColour(hintPalette));
    m_hint->setPalette(hintPalette);

    m_emptyState->setTextFormat(Qt::PlainText);
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);

    auto* analysisScroll = new QScrollArea(this);
    analysisScroll->setObjectName(QStringLiteral("analysisScroll"));
    analysisScroll->setAccessibleName(tr("What the diary shows"));
    analysisScroll->setWidgetResizable(true);
    analysisScroll->setFrameShape(QFrame::NoFrame);
    analysisScroll->setWidget(m_analysisPanel);
    // Low enough that the page fits a 960x540 window with the hint wrapped onto three lines.
    m_chartView->setMinimumHeight(230);
    m_splitter->addWidget(m_chartView);
    m_splitter->addWidget(analysisScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({600, 400});
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(symptomRow);
    layout->addLayout(rangeRow);
    layout->addWidget(m_hint);
    layout->addWidget(m_emptyState, 1);
    layout->addWidget(m_splitter, 1);

    connect(m_symptomPicker, &QListWidget::itemChanged, this, [this] { showVisibleSymptoms(); });
    connect(m_range, &DateRangeControls::rangeChanged, this, &ChartPage::applyRange);
    connect(m_showNotes, &QCheckBox::toggled, m_chartView, &SymptomChartView::setAnnotationsVisible);
    connect(m_exportPngButton, &QPushButton::clicked, this, [this] { exportChart(QStringLiteral("png")); });
    connect(m_exportSvgButton, &QPushButton::clicked, this, [this] { exportChart(QStringLiteral("svg")); });
    clear();
}

ChartPage::~ChartPage() = default;

QString ChartPage::defaultExportFileName(const QString& profileName, const QDate& date, const QString& suffix)
{
    static const QRegularExpression kUnsafe(QStringLiteral("[^A-Za-z0-9_-]+"));
    QString name = profileName.trimmed();
    name.replace(kUnsafe, QStringLiteral("-"));
    if (name.isEmpty()) {
        name = QStringLiteral("diary");
    }
    return QStringLiteral("ldn-chart-%1-%2.%3").arg(name, IsoDate::format(date), suffix);
}

void ChartPage::clear()
{
    m_refresher->markShown(std::nullopt);
    m_profileId.reset();
    m_profileName.clear();
    m_entries.reset();
    m_symptoms.clear();
    m_symptomPicker->clear();
    m_chartView->clear();
    m_analysisPanel->clear();
    m_range->clearSpan();
    m_range->setEnabled(false);
    for (QWidget* control : std::initializer_list<QWidget*>{m_symptomPicker, m_exportPngButton,
                                                            m_exportSvgButton, m_showNotes}) {
        control->setEnabled(false);
    }
    m_hint->setVisible(false);
    m_splitter->setVisible(false);
    m_emptyState->setVisible(true);
    m_emptyState->setText(tr("No days are logged yet. The chart of symptoms and dose appears here once you "
                             "log days."));
}

void ChartPage::showProfile(std::int64_t profileId)
{
    const ProfileRepository& profiles = m_session.profiles();
    const std::optional<Profile> profile = profiles.find(profileId);
    const QString name = profile ? profile->name : QString();
    std::vector<SymptomDefinition> symptoms = profiles.symptoms(profileId);
    auto entries = std::make_shared<const std::vector<DiaryEntry>>(m_session.diary().entries(profileId));
    std::vector<Annotation> annotations = m_session.notes().list(profileId);

    clear();
    m_refresher->markShown(profileId);
    m_profileId = profileId;
    m_profileName = name;
    m_symptoms = std::move(symptoms);
    m_entries = std::move(entries);
    if (m_entries->empty()) {
        m_emptyState->setText(tr("No days are logged for %1 yet. The chart of symptoms and dose appears here "
                                 "once you log days.")
                                  .arg(name));
        return;
    }
    m_range->setEnabled(true);
    for (QWidget* control : std::initializer_list<QWidget*>{m_symptomPicker, m_exportPngButton,
                                                            m_exportSvgButton, m_showNotes}) {
        control->setEnabled(true);
    }
    m_emptyState->setVisible(false);
    m_hint->setVisible(true);
    m_splitter->setVisible(true);

    // The chart holds the whole diary, so zooming out and panning can go past the chosen dates.
    m_chartView->setAnnotations(std::move(annotations));
    m_chartView->setChartData(SymptomChartData::build(*m_entries, m_symptoms));
    fillSymptomPicker();
    showVisibleSymptoms();
    m_range->forgetCustomRange();
    // "Last 4 weeks" ends today, so days not logged lately show as the gap they are.
    const QDate first = m_entries->front().date;
    const QDate last = std::max(QDate::currentDate(), m_entries->back().date);
    m_range->setSpan({.earliest = first, .latest = last, .allFrom = first, .allTo = last, .presetEnd = last});
    const auto [from, to] = m_range->range();
    m_analysisPanel->showDiary(m_entries, m_symptoms, from, to);
    applyRange(from, to);
}

void ChartPage::fillSymptomPicker()
{
    const QSignalBlocker blocker(m_symptomPicker);
    m_symptomPicker->clear();
    for (std::size_t index = 0; index < m_symptoms.size(); ++index) {
        auto* item = new QListWidgetItem(ChartSymbols::symptomSample(index), m_symptoms[index].name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool visible = m_symptoms.size() <= kAllVisibleUpTo || index < kVisibleWhenMany;
        item->setCheckState(visible ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(m_symptoms[index].higherIsBetter
                             ? tr("%1: higher is better").arg(m_symptoms[index].name)
                             : tr("%1: lower is better").arg(m_symptoms[index].name));
        m_symptomPicker->addItem(item);
    }
    m_symptomPicker->setCurrentItem(nullptr);
    fitSymptomPicker();
}

void ChartPage::fitSymptomPicker()
{
    // As tall as its rows of check boxes, however many the width allows per row.
    m_symptomPicker->doItemsLayout();
    int bottom = 0;
    for (int row = 0; row < m_symptomPicker->count(); ++row) {
        bottom = std::max(bottom, m_symptomPicker->visualItemRect(m_symptomPicker->item(row)).bottom());
    }
    const int rowHeight = m_symptomPicker->sizeHintForRow(0) > 0 ? m_symptomPicker->sizeHintForRow(0)
                                                                 : fontMetrics().height() + 8;
    m_symptomPicker->setFixedHeight(std::max(bottom, rowHeight) + 2 + 2 * m_symptomPicker->spacing() +
                                    2 * m_symptomPicker->frameWidth());
}

void ChartPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitSymptomPicker();
}

void ChartPage::showVisibleSymptoms()
{
    QStringList names;
    for (int row = 0; row < m_symptomPicker->count(); ++row) {
        const QListWidgetItem* item = m_symptomPicker->item(row);
        if (item->checkState() == Qt::Checked) {
            names << item->text();
        }
    }
    m_chartView->setVisibleSymptoms(names);
}

void ChartPage::applyRange(const QDate& from, const QDate& to)
{
    m_chartView->setDateRange(from, to);
    m_analysisPanel->setDateRange(from, to);
}

void ChartPage::exportChart(const QString& suffix)
{
    if (!m_profileId) {
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder.isEmpty() ? QDir::homePath() : folder)
            .filePath(defaultExportFileName(m_profileName, QDate::currentDate(), suffix));
    const bool png = suffix == QLatin1String("png");
    QString path =
        QFileDialog::getSaveFileName(this, png ? tr("Export chart as PNG") : tr("Export chart as SVG"),
                                     suggested, png ? tr("PNG images (*.png)") : tr("SVG drawings (*.svg)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive)) {
        path += QLatin1Char('.') + suffix;
    }
    const QDate shownFrom = m_chartView->visibleStart().date();
    const QDate shownTo = m_chartView->visibleEnd().addMSecs(-1).date();
    m_chartView->setExportTitle(tr("%1 \u00b7 symptom scores and LDN dose \u00b7 %2 \u2013 %3")
                                    .arg(m_profileName, shortDate(shownFrom), shortDate(shownTo)));
    const bool written =
        png ? m_chartView->exportPng(path, kExportSize) : m_chartView->exportSvg(path, kExportSize);
    if (!written) {
        QMessageBox::warning(
            this, tr("Export chart"),
            tr("The chart could not be saved to %1. Check that the folder exists and that you "
               "may write to it.")
                .arg(QDir::toNativeSeparators(path)));
    }
}

} // namespace ldn
