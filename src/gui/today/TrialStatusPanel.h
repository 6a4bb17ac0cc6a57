#pragma once

#include "core/trial/StoppingRules.h"
#include "core/trial/TrialStanding.h"

#include <QFrame>

#include <vector>

class QLabel;

namespace ldn {

// Above the day form while a trial agreed with the GP runs: where it stands ("Day 40 of the trial;
// review on 3 March 2027") and, in the colour of a warning, every stopping rule met, so that the
// person sees it on the day they log, not only at the review. A blinded trial shows its period,
// never the arm. Hidden when the profile has no trial or its trial ended long ago.
class TrialStatusPanel : public QFrame {
    Q_OBJECT

public:
    explicit TrialStatusPanel(QWidget* parent = nullptr);

    void showTrial(const TrialStanding& standing, const std::vector<StoppingRules::Met>& rulesMet);
    void clear();

    QString standingText() const;
    QString warningText() const;

    // What the standing line says, in the language of the app.
    static QString words(const TrialStanding& standing);

private:
    QLabel* m_standing;
    QLabel* m_warnings;
};

} // namespace ldn
