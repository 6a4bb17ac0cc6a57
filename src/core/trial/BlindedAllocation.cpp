#include "core/trial/BlindedAllocation.h"

#include <QRandomGenerator>

#include <stdexcept>

namespace ldn {

BlindedAllocation::BlindedAllocation(std::vector<TrialArm> firstPeriodArms)
    : m_firstPeriodArms(std::move(firstPeriodArms))
{}

BlindedAllocation BlindedAllocation::draw(int pairs)
{
    std::vector<TrialArm> arms;
    QRandomGenerator* random = QRandomGenerator::system();
    for (int pair = 0; pair < pairs; ++pair) {
        // One fair bit per pair: bounded(2) has no modulo bias.
        arms.push_back(random->bounded(2) == 0 ? TrialArm::Ldn : TrialArm::Placebo);
    }
    return BlindedAllocation(std::move(arms));
}

TrialArm BlindedAllocation::armOfPeriod(int periodIndex) const
{
    if (periodIndex < 1 || periodIndex > 2 * pairs()) {
        throw std::out_of_range("BlindedAllocation: no such period");
    }
    const TrialArm first = m_firstPeriodArms[static_cast<std::size_t>((periodIndex - 1) / 2)];
    return periodIndex % 2 == 1 ? first : otherArm(first);
}

int BlindedAllocation::ldnPeriodOfPair(int pair) const
{
    return armOfPeriod(2 * pair - 1) == TrialArm::Ldn ? 2 * pair - 1 : 2 * pair;
}

int BlindedAllocation::placeboPeriodOfPair(int pair) const
{
    return ldnPeriodOfPair(pair) == 2 * pair - 1 ? 2 * pair : 2 * pair - 1;
}

QString BlindedAllocation::toLetters() const
{
    QString letters;
    for (const TrialArm arm : m_firstPeriodArms) {
        letters += arm == TrialArm::Ldn ? QLatin1Char('L') : QLatin1Char('P');
    }
    return letters;
}

BlindedAllocation BlindedAllocation::fromLetters(const QString& letters)
{
    std::vector<TrialArm> arms;
    for (const QChar letter : letters) {
        if (letter == QLatin1Char('L')) {
            arms.push_back(TrialArm::Ldn);
        } else if (letter == QLatin1Char('P')) {
            arms.push_back(TrialArm::Placebo);
        } else {
            return {};
        }
    }
    return BlindedAllocation(std::move(arms));
}

} // namespace ldn
