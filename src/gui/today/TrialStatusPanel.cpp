#include "gui/today/TrialStatusPanel.h"

#include "gui/common/MessageStyle.h"
#include "presentation/DateText.h"

#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>

namespace ldn {

TrialStatusPanel::TrialStatusPanel(QWidget* parent)
    : QFrame(parent)
    , m_standing(new QLabel(this))
    , m_warnings(new QLabel(this))
{
    setObjectName(QStringLiteral("trialStatusPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_standing->setObjectName(QStringLiteral("trialStanding"));
    m_standing->setTextFormat(Qt::PlainText);
    m_standing->setWordWrap(true);
    m_standing->setAccessibleName(tr("Trial"));
    m_warnings->setObjectName(QStringLiteral("trialWarnings"));
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    m_warnings->setAccessibleName(tr("Trial stopping rules met"));
    QFont bold = m_warnings->font();
    bold.setBold(true);
    m_warnings->setFont(bold);
    MessageStyle::setTextTone(m_warnings, MessageStyle::Tone::Error);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_standing);
    layout->addWidget(m_warnings);
    clear();
}

QString TrialStatusPanel::words(const TrialStanding& standing)
{
    switch (standing.phase) {
    case TrialStanding::Phase::NotStarted:
        return tr("Trial of LDN agreed with the GP: starts on %1, in %2.")
            .arg(longDate(standing.date), dayCount(standing.count));
    case TrialStanding::Phase::Baseline:
        return tr("Trial of LDN agreed with the GP: baseline day %1 of %2, no LDN yet. Score every day: "
                  "these "
                  "days are what LDN will be compared with.")
            .arg(standing.day)
            .arg(standing.count);
    case TrialStanding::Phase::Running:
        return tr("Trial of LDN agreed with the GP: day %1; review with the GP on %2, in %3.")
            .arg(QString::number(standing.day), longDate(standing.date), dayCount(standing.count));
    case TrialStanding::Phase::BlindedPeriod:
        return tr("Blinded trial: period %1 of %2 (day %3). Take today's trial capsule and score as usual; "
                  "the last period ends on %4.")
            .arg(standing.period)
            .arg(standing.count)
            .arg(standing.day)
            .arg(longDate(standing.date));
    case TrialStanding::Phase::ReviewDue:
        return tr("Trial of LDN agreed with the GP: the review was due on %1. Take the GP report, with its "
                  "trial review, to the appointment.")
            .arg(longDate(standing.date));
    case TrialStanding::Phase::Stopped:
        return tr("Trial of LDN agreed with the GP: stopped on %1.").arg(longDate(standing.date));
    }
    return {};
}

void TrialStatusPanel::showTrial(const TrialStanding& standing,
                                 const std::vector<StoppingRules::Met>& rulesMet)
{
    m_standing->setText(words(standing));
    QStringList warnings;
    for (const StoppingRules::Met& rule : rulesMet) {
        warnings << rule.words();
    }
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    setVisible(true);
}

void TrialStatusPanel::clear()
{
    m_standing->clear();
    m_warnings->clear();
    m_warnings->setVisible(false);
    setVisible(false);
}

QString TrialStatusPanel::standingText() const
{
    return m_standing->text();
}

QString TrialStatusPanel::warningText() const
{
    return m_warnings->isHidden() ? QString() : m_warnings->text();
}

} // namespace ldn
