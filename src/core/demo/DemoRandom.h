#pragma once

#include <cstdint>
#include <random>

namespace ldn {

// A random source whose sequence is the same on every platform and compiler for a given seed.
// The standard engines are fully specified, but the standard distributions are not, so the
// distributions a demo diary needs are written here.
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed);

    double uniform();                             // [0, 1)
    double normal(double mean, double deviation); // Box-Muller
    bool chance(double probability);
    int integer(int lowest, int highest); // inclusive

private:
    std::mt19937_64 m_engine;
};

} // namespace ldn
