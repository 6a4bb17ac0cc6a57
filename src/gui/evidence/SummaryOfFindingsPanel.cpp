#include "gui/evidence/SummaryOfFindingsPanel.h"

#include "core/evidence/DesignBadge.h"
#include "gui/common/MessageStyle.h"
#include "presentation/StatisticTerms.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ldn {
namespace {

constexpr int kRowsShown = 7;

QString studiesText(const SummaryRow& row)
{
    QString text = QString::number(row.studies);
    if (row.reviews > 0) {
        text += QStringLiteral(" (%1)").arg(
            row.reviews == 1 ? SummaryOfFindingsPanel::tr("1 review")
                             : SummaryOfFindingsPanel::tr("%n reviews", nullptr, row.reviews));
    }
    return text;
}

QString participantsText(const SummaryRow& row)
{
    if (!row.participants) {
        return SummaryOfFindingsPanel::tr("not reported");
    }
    QString text = QString::number(*row.participants);
    if (row.studiesWithoutParticipants > 0) {
        text += SummaryOfFindingsPanel::tr(" (+%1 without n)").arg(row.studiesWithoutParticipants);
    }
    return text;
}

QString levelsText(int levels)
{
    // U+2212 minus: "−1" reads as a step down, not a hyphen.
    return levels > 0 ? QStringLiteral("+%1").arg(levels) : QStringLiteral("\u2212%1").arg(-levels);
}

QString sentence(const QString& text)
{
    return text.endsWith(QLatin1Char('.')) ? text : text + QLatin1Char('.');
}

// "Started High (randomised trials)." then one sentence per reason and the rationale, one a line,
// so the tooltip lists them and the "why" line can run them together.
QString gradeReasons(const GradeAssessment& grade)
{
    QStringList lines;
    lines << (grade.start == GradeStart::Randomised
                  ? SummaryOfFindingsPanel::tr("Started High (randomised trials).")
                  : SummaryOfFindingsPanel::tr("Started Low (observational studies)."));
    for (const GradeReason& reason : grade.reasons) {
        QString domain = displayName(reason.domain);
        domain[0] = domain.at(0).toUpper();
        lines << sentence(domain + QLatin1Char(' ') + levelsText(reason.levels) + QStringLiteral(": ") +
                          reason.explanation);
    }
    if (!grade.rationale.isEmpty()) {
        lines << sentence(grade.rationale);
    }
    // "I² = 91%" and the like, in plain words.
    lines << StatisticTerms::explanationsFor(lines);
    return lines.join(QLatin1Char('\n'));
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

SummaryOfFindingsPanel::SummaryOfFindingsPanel(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 6, this))
    , m_gradeWhy(new QLabel(this))
{
    auto* heading = new QLabel(
        tr("<b>Summary of findings</b> — studies only; personal reports and advocacy are not counted"), this);
    m_table->setObjectName(QStringLiteral("summaryTable"));
    m_table->setAccessibleName(tr("Summary of findings"));
    m_table->setHorizontalHeaderLabels({tr("Outcome"), tr("Direction (studies)"), tr("Strongest design"),
                                        tr("Studies"), tr("Participants"), tr("Certainty (GRADE)")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    // Every column as wide as its words ("no difference" must never be cut to "no differen…"); the
    // last takes what is left, and a narrow window scrolls sideways.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showGradeWhy(row); });

    m_gradeWhy->setObjectName(QStringLiteral("gradeWhy"));
    m_gradeWhy->setTextFormat(Qt::PlainText);
    m_gradeWhy->setWordWrap(true);
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, MessageStyle::mutedColour(palette()));
    m_gradeWhy->setPalette(muted);

    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_table);
    layout->addWidget(m_gradeWhy);
}

void SummaryOfFindingsPanel::clear()
{
    m_summary.reset();
    m_table->setRowCount(0);
    m_table->hide();
    m_gradeWhy->clear();
}

void SummaryOfFindingsPanel::showSummary(const SummaryOfFindings& summary)
{
    const QSignalBlocker blocker(m_table);
    const std::vector<SummaryRow>& rows = summary.rows();
    m_table->setRowCount(static_cast<int>(rows.size()));
    int firstGraded = -1;
    QFont bold = m_table->font();
    bold.setBold(true);
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const SummaryRow& row = rows[static_cast<std::size_t>(i)];
        m_table->setItem(i, 0, cell(row.outcome));
        // Nulls and positives in the same weight: the direction column is bold for every row.
        auto* direction = cell(row.directionText());
        direction->setFont(bold);
        m_table->setItem(i, 1, direction);
        m_table->setItem(i, 2, cell(DesignBadge::forKind(row.strongestDesign).shortLabel()));
        m_table->setItem(i, 3, cell(studiesText(row)));
        m_table->setItem(i, 4, cell(participantsText(row)));
        if (row.grade) {
            QString certainty = displayName(row.grade->certainty());
            if (row.grade->origin == EntryOrigin::User) {
                certainty += tr(" (your grade)");
            }
            auto* item = cell(certainty);
            item->setToolTip(gradeReasons(*row.grade));
            m_table->setItem(i, 5, item);
            if (firstGraded < 0) {
                firstGraded = i;
            }
        } else {
            m_table->setItem(i, 5, cell(tr("not graded")));
        }
    }
    m_table->setVisible(!rows.empty());
    if (!rows.empty()) {
        const int shown = std::min(static_cast<int>(rows.size()), kRowsShown);
        int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
        for (int i = 0; i < shown; ++i) {
            height += m_table->rowHeight(i);
        }
        m_table->setFixedHeight(height + 2);
    }
    const int selected = firstGraded >= 0 ? firstGraded : 0;
    if (!rows.empty()) {
        m_table->setCurrentCell(selected, 0);
    }
    m_summary = summary;
    showGradeWhy(rows.empty() ? -1 : selected);
}

void SummaryOfFindingsPanel::showGradeWhy(int row)
{
    if (!m_summary || row < 0 || row >= static_cast<int>(m_summary->rows().size())) {
        m_gradeWhy->setText(
            m_summary && m_summary->rows().empty()
                ? tr("Nothing to summarise: no study in the library counts for this condition.")
                : QString());
        return;
    }
    const SummaryRow& summaryRow = m_summary->rows()[static_cast<std::size_t>(row)];
    if (!summaryRow.grade) {
        m_gradeWhy->setText(
            tr("Why: %1 is not graded yet (select a row to see its reasons).").arg(summaryRow.outcome));
        return;
    }
    QString why = gradeReasons(*summaryRow.grade);
    why.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_gradeWhy->setText(
        tr("Why %1 for %2? %3")
            .arg(displayName(summaryRow.grade->certainty()).toLower(), summaryRow.outcome, why));
}

} // namespace ldn
