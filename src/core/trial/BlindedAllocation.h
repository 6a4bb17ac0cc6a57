#pragma once

#include "core/trial/TrialArm.h"

#include <QString>

#include <vector>

namespace ldn {

// Which period of each pair of a blinded trial gives LDN: one LDN period and one placebo period
// per pair, in random order. Drawn from the operating system's cryptographic generator
// (QRandomGenerator::system()), never from a seed such as the clock, so neither the patient nor
// anyone else can work the order out.
class BlindedAllocation {
public:
    BlindedAllocation() = default;
    // The arm of the first period of each pair, pair 1 first (for a stored allocation and tests).
    explicit BlindedAllocation(std::vector<TrialArm> firstPeriodArms);

    static BlindedAllocation draw(int pairs);

    int pairs() const { return static_cast<int>(m_firstPeriodArms.size()); }
    TrialArm armOfPeriod(int periodIndex) const; // 1-based, over the whole trial
    // Pair k's periods are 2k−1 and 2k; the LDN one of them.
    int ldnPeriodOfPair(int pair) const;
    int placeboPeriodOfPair(int pair) const;
    const std::vector<TrialArm>& firstPeriodArms() const { return m_firstPeriodArms; }

    // One letter per pair for the first period's arm, "LPPL": how a SealedAllocation keeps it.
    QString toLetters() const;
    // Empty (pairs() == 0) when the text is not such letters.
    static BlindedAllocation fromLetters(const QString& letters);

    friend bool operator==(const BlindedAllocation&, const BlindedAllocation&) = default;

private:
    std::vector<TrialArm> m_firstPeriodArms;
};

} // namespace ldn
