#include "gui/evidence/ConditionEvidenceView.h"

#include "gui/common/MessageStyle.h"
#include "gui/evidence/SummaryOfFindingsPanel.h"
#include "storage/evidence/EvidenceRepository.h"

#include <QFrame>
#include <QLabel>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ldn {
namespace {

// A read-only page shows the person's own entries without the links that would edit them.
QString withoutEditLinks(const QString& html)
{
    static const QRegularExpression kEditLink(QStringLiteral(" \u00b7 <a href=\"ldn-edit:[^\"]*\">Edit</a>"));
    QString result = html;
    result.remove(kEditLink);
    return result;
}

QString statusSentence(const SummaryOfFindings& summary)
{
    QString text;
    switch (summary.status()) {
    case EvidenceStatus::RandomisedTrials:
        text = ConditionEvidenceView::tr("Randomised trials have tested LDN for this condition. Every result "
                                         "is counted below: trials that found no difference beside those "
                                         "that found a benefit.");
        break;
    case EvidenceStatus::NonRandomisedStudies:
        text = ConditionEvidenceView::tr("No randomised trial yet: only non-randomised studies (open-label, "
                                         "chart reviews, case series), which cannot tell LDN's effect from "
                                         "placebo, time or chance.");
        break;
    case EvidenceStatus::AnecdoteOnly:
        text = ConditionEvidenceView::tr("No trial evidence. The library holds no study of LDN for this "
                                         "condition, only personal reports and advocacy, which are not "
                                         "evidence of benefit.");
        break;
    case EvidenceStatus::NoEvidence:
        text = ConditionEvidenceView::tr(
            "No studies. The library holds no study or report of LDN for this condition.");
        break;
    }
    if (!summary.plannedTrials().empty()) {
        text += ConditionEvidenceView::tr(" Trials are planned or under way (listed below).");
    }
    return text;
}

} // namespace

ConditionEvidenceView::ConditionEvidenceView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_status(new QLabel(this))
    , m_summary(new SummaryOfFindingsPanel(this))
{
    m_title->setObjectName(QStringLiteral("conditionTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta->setObjectName(QStringLiteral("conditionDetails"));
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    QPalette mutedPalette = palette();
    mutedPalette.setColor(QPalette::WindowText, MessageStyle::mutedColour(palette()));
    m_meta->setPalette(mutedPalette);
    m_status->setObjectName(QStringLiteral("evidenceStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.1);
    m_status->setFont(statusFont);

    m_findings = makeBrowser(QStringLiteral("findingsView"), tr("Findings and their sources"), this);

    // The personal-reports lane is visibly apart: its own framed box with a heading that says it
    // is not graded and not counted.
    auto* personalBox = new QFrame(this);
    personalBox->setObjectName(QStringLiteral("personalReportsBox"));
    const QColor warning = MessageStyle::warningColour(palette());
    personalBox->setStyleSheet(QStringLiteral("QFrame#personalReportsBox { border: 2px dashed %1; "
                                              "border-radius: 6px; }")
                                   .arg(warning.name()));
    auto* personalHeading =
        new QLabel(tr("Personal reports and advocacy — not graded, not counted in the summary"), personalBox);
    personalHeading->setObjectName(QStringLiteral("personalReportsHeading"));
    QFont headingFont = personalHeading->font();
    headingFont.setBold(true);
    personalHeading->setFont(headingFont);
    QPalette warningPalette = personalHeading->palette();
    warningPalette.setColor(QPalette::WindowText, warning);
    personalHeading->setPalette(warningPalette);
    m_personal = makeBrowser(QStringLiteral("personalReports"),
                             tr("Personal reports and advocacy, not graded, not counted"), personalBox);
    m_personal->setFrameShape(QFrame::NoFrame);
    auto* personalLayout = new QVBoxLayout(personalBox);
    personalLayout->setContentsMargins(8, 6, 8, 6);
    personalLayout->addWidget(personalHeading);
    personalLayout->addWidget(m_personal, 1);

    auto* lanes = new QSplitter(Qt::Vertical, this);
    lanes->setObjectName(QStringLiteral("evidenceLanes"));
    lanes->setChildrenCollapsible(false);
    lanes->addWidget(m_findings);
    lanes->addWidget(personalBox);
    lanes->setStretchFactor(0, 3);
    lanes->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_status);
    layout->addSpacing(4);
    layout->addWidget(m_summary);
    layout->addWidget(lanes, 1);
}

QTextBrowser* ConditionEvidenceView::makeBrowser(const QString& name, const QString& accessibleName,
                                                 QWidget* parent)
{
    auto* view = new QTextBrowser(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    // Links go out by signal (to the person's browser), never loaded here.
    view->setOpenLinks(false);
    view->setOpenExternalLinks(false);
    connect(view, &QTextBrowser::anchorClicked, this, &ConditionEvidenceView::linkClicked);
    return view;
}

QString ConditionEvidenceView::title() const
{
    return m_title->text();
}

void ConditionEvidenceView::showCondition(const ConditionEvidence& evidence, const SummaryOfFindings& summary,
                                          const EvidenceHtml::Highlight& highlight, bool readOnly)
{
    const Condition& condition = evidence.condition;
    m_title->setText(condition.name);
    QStringList meta;
    if (!condition.synonyms.isEmpty()) {
        meta << tr("Also called %1").arg(condition.synonyms.join(QStringLiteral(", ")));
    }
    meta << tr("Category: %1").arg(displayName(condition.category));
    if (condition.origin == EntryOrigin::User) {
        meta << tr("Your entry");
    }
    QString details = meta.join(QStringLiteral(" · "));
    if (!condition.description.isEmpty()) {
        details += QLatin1Char('\n') + condition.description;
    }
    m_meta->setText(details);

    m_status->setText(statusSentence(summary));
    QPalette statusPalette = palette();
    const bool trials = summary.status() == EvidenceStatus::RandomisedTrials;
    QFont statusFont = m_status->font();
    statusFont.setBold(!trials);
    m_status->setFont(statusFont);
    if (!trials) {
        statusPalette.setColor(QPalette::WindowText, MessageStyle::warningColour(palette()));
    }
    m_status->setPalette(statusPalette);

    m_summary->showSummary(summary);
    QString findings = EvidenceHtml::findings(summary, highlight, palette());
    QString personal = EvidenceHtml::personalReports(summary, highlight, palette());
    if (readOnly) {
        findings = withoutEditLinks(findings);
        personal = withoutEditLinks(personal);
    }
    m_findings->setHtml(findings);
    m_personal->setHtml(personal);
    const QString anchor = EvidenceHtml::firstHighlighted(summary, highlight);
    if (!anchor.isEmpty()) {
        m_findings->scrollToAnchor(anchor);
        m_personal->scrollToAnchor(anchor);
    }
}

void ConditionEvidenceView::showSource(const EvidenceSource& source, bool readOnly)
{
    m_title->setText(source.shortCitation());
    m_meta->setText(displayName(source.kind));
    m_status->setText(tr("No finding cites this source yet."));
    m_status->setPalette(palette());
    m_summary->showSummary(SummaryOfFindings::build({}, {}));
    const QString html = EvidenceHtml::standaloneSource(source, palette());
    m_findings->setHtml(readOnly ? withoutEditLinks(html) : html);
    m_personal->clear();
}

void ConditionEvidenceView::showNothing(const QString& message)
{
    m_title->setText(tr("Evidence"));
    m_meta->clear();
    m_status->setText(message);
    m_status->setPalette(palette());
    m_summary->clear();
    m_findings->clear();
    m_personal->clear();
}

} // namespace ldn
