#include "gui/diary/DiaryPage.h"

#include "gui/common/PageRefresher.h"
#include "gui/diary/DiaryTableModel.h"
#include "presentation/DateText.h"
#include "presentation/DoseText.h"
#include "services/DiarySession.h"
#include "storage/diary/AnnotationRepository.h"
#include "storage/diary/DiaryRepository.h"
#include "storage/diary/ProfileRepository.h"
#include "ui_DiaryPage.h"

#include <QHeaderView>

#include <algorithm>
#include <utility>

namespace ldn {
namespace {

// Long notes would otherwise push every other column off screen; the full text is in the tooltip.
constexpr int kMaximumColumnWidth = 280;
constexpr int kRowsMeasuredForWidth = 60;

} // namespace

DiaryPage::DiaryPage(DiarySession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_refresher(new PageRefresher(*this, *this, session,
                                    DiaryChange::Subject::Days | DiaryChange::Subject::Symptoms |
                                        DiaryChange::Subject::Notes | DiaryChange::Subject::Profiles))
    , m_ui(std::make_unique<Ui::DiaryPage>())
    , m_model(new DiaryTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->diarySummary->setTextFormat(Qt::RichText);
    m_ui->diaryEmptyState->setTextFormat(Qt::PlainText);
    m_ui->diaryTable->setModel(m_model);
    m_ui->diaryTable->setToolTip(tr("Double-click a day, or press Enter, to edit it."));
    connect(m_ui->diaryTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT dayActivated(m_model->dateAt(index.row())); });
    m_ui->diaryTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->diaryTable->horizontalHeader()->setHighlightSections(false);
    // Compact rows: a diary is read by scanning many days at once.
    m_ui->diaryTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->diaryTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    clear();
}

DiaryPage::~DiaryPage() = default;

void DiaryPage::showProfile(std::int64_t profileId)
{
    const std::optional<Profile> profile = m_session.profiles().find(profileId);
    showDiary(profile ? profile->name : QString(), m_session.profiles().symptoms(profileId),
              m_session.diary().entries(profileId), QDate::currentDate(), m_session.notes().list(profileId));
    m_refresher->markShown(profileId);
}

void DiaryPage::showDiary(const QString& profileName, std::vector<SymptomDefinition> symptoms,
                          std::vector<DiaryEntry> entries, const QDate& today,
                          const std::vector<Annotation>& annotations)
{
    m_model->setDiary(std::move(symptoms), std::move(entries), today);
    m_model->setAnnotations(annotations);
    const bool empty = m_model->rowCount() == 0;
    m_ui->diaryTable->setVisible(!empty);
    m_ui->diarySummary->setVisible(!empty);
    m_ui->diaryEmptyState->setVisible(empty);
    m_ui->diaryEmptyState->setText(
        tr("No days are logged for %1 yet. Days you log appear here.").arg(profileName));
    updateSummary(profileName);
    if (!empty) {
        fitColumns();
        m_ui->diaryTable->scrollToTop();
    }
}

void DiaryPage::clear()
{
    m_refresher->markShown(std::nullopt);
    m_model->clear();
    m_ui->diaryTable->setVisible(false);
    m_ui->diarySummary->setVisible(false);
    m_ui->diarySummary->clear();
    m_ui->diaryEmptyState->setVisible(true);
    m_ui->diaryEmptyState->setText(tr("No days are logged yet. Days you log appear here."));
}

QString DiaryPage::summaryText() const
{
    return m_ui->diarySummary->text();
}

void DiaryPage::updateSummary(const QString& profileName)
{
    if (m_model->rowCount() == 0) {
        m_ui->diarySummary->clear();
        return;
    }
    QStringList parts;
    parts << dayCount(m_model->rowCount());
    parts << tr("%1 logged").arg(m_model->loggedDays());
    parts << tr("%1 missed").arg(m_model->missedDays());
    if (const std::optional<Dose> dose = m_model->currentDose()) {
        parts << tr("current dose %1 mg").arg(milligramFigure(*dose));
    }
    const QString separator = QStringLiteral(" \u00b7 ");
    m_ui->diarySummary->setText(
        QStringLiteral("<b>%1</b>%2%3").arg(profileName.toHtmlEscaped(), separator, parts.join(separator)));
}

void DiaryPage::fitColumns()
{
    QTableView* table = m_ui->diaryTable;
    QHeaderView* header = table->horizontalHeader();
    // Measuring every row of a ten-year diary costs more than the rest of opening it; the newest
    // few weeks at the top are representative of the widths.
    header->setResizeContentsPrecision(kRowsMeasuredForWidth);
    table->resizeColumnsToContents();
    const int lastColumn = m_model->columnCount() - 1;
    for (int column = 0; column < lastColumn; ++column) {
        const int width = std::min(header->sectionSize(column), kMaximumColumnWidth);
        header->resizeSection(column, width + 12);
    }
}

} // namespace ldn
