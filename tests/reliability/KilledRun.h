#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace ldn::test {

// How a program started by runAndMaybeKill ended.
struct Outcome {
    bool finished = false; // ran to completion, with this exit code
    int exitCode = -1;
};

// Starts `arguments[0]` with the rest as its arguments (output discarded) and kills it with
// SIGKILL if it is still running after `killAfter`: a crash at an arbitrary moment, with no
// chance to clean up.
Outcome runAndMaybeKill(const std::vector<std::string>& arguments, std::chrono::microseconds killAfter);

// The upper bound of the random kill delay, adjusted every ten attempts so that about a fifth to
// a half of the runs complete: wider when almost every run is killed (the machine slowed down),
// narrower when few are.
long adjustedKillWindow(long window, int attempts, int completed);

} // namespace ldn::test
