#include "core/demo/DemoRandom.h"

#include <cmath>
#include <numbers>

namespace ldn {

DemoRandom::DemoRandom(std::uint64_t seed)
    : m_engine(seed)
{}

double DemoRandom::uniform()
{
    // The top 53 bits fill a double's mantissa exactly.
    return static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
}

double DemoRandom::normal(double mean, double deviation)
{
    const double u1 = 1.0 - uniform(); // (0, 1], so log() is finite
    const double u2 = uniform();
    return mean + deviation * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

bool DemoRandom::chance(double probability)
{
    return uniform() < probability;
}

int DemoRandom::integer(int lowest, int highest)
{
    const auto span = static_cast<double>(highest - lowest + 1);
    return lowest + static_cast<int>(std::floor(uniform() * span));
}

} // namespace ldn
