#pragma once

#include "gui/evidence/EvidenceHtml.h"

#include <QString>
#include <QUrl>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace ldn {

struct ConditionEvidence;
class SummaryOfFindingsPanel;

// The right side of the Evidence tab: for the chosen condition its name and details, a sentence
// saying what kind of evidence exists, the summary of findings, the findings with their sources
// and, in a framed box of their own, the personal reports and advocacy that are never graded or
// counted. Or one source alone (a reference no finding cites), or a message when nothing is chosen.
// Links are passed on by signal; the view opens nothing.
class ConditionEvidenceView : public QWidget {
    Q_OBJECT

public:
    explicit ConditionEvidenceView(QWidget* parent = nullptr);

    // `readOnly` leaves out the links that would edit the person's own entries.
    void showCondition(const ConditionEvidence& evidence, const SummaryOfFindings& summary,
                       const EvidenceHtml::Highlight& highlight, bool readOnly);
    void showSource(const EvidenceSource& source, bool readOnly);
    void showNothing(const QString& message);

    // The heading on show: the condition's name, or the source's short citation.
    QString title() const;

Q_SIGNALS:
    void linkClicked(const QUrl& url);

private:
    QTextBrowser* makeBrowser(const QString& name, const QString& accessibleName, QWidget* parent);

    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_status;
    SummaryOfFindingsPanel* m_summary;
    QTextBrowser* m_findings;
    QTextBrowser* m_personal;
};

} // namespace ldn
