#include "KilledRun.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace ldn::test {

Outcome runAndMaybeKill(const std::vector<std::string>& arguments, std::chrono::microseconds killAfter)
{
    std::vector<char*> argv;
    for (const std::string& argument : arguments) {
        argv.push_back(const_cast<char*>(argument.c_str()));
    }
    argv.push_back(nullptr);
    const pid_t child = fork();
    if (child == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    REQUIRE(child > 0);
    const auto deadline = std::chrono::steady_clock::now() + killAfter;
    int status = 0;
    while (std::chrono::steady_clock::now() < deadline) {
        if (waitpid(child, &status, WNOHANG) == child) {
            return {WIFEXITED(status), WIFEXITED(status) ? WEXITSTATUS(status) : -1};
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    kill(child, SIGKILL);
    waitpid(child, &status, 0);
    return {WIFEXITED(status), WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

long adjustedKillWindow(long window, int attempts, int completed)
{
    if (attempts % 10 != 0) {
        return window;
    }
    if (completed * 5 < attempts) {
        return window + window / 4 + 1;
    }
    if (completed * 2 > attempts) {
        return std::max(1L, window - window / 5);
    }
    return window;
}

} // namespace ldn::test
