#include "Interruption.h"

#include <array>
#include <atomic>

#include <signal.h>

namespace kiosk::bench {

namespace {

// Lock-free atomics only: the handler may read them between any two instructions.
std::atomic<bool> interrupted{false};
std::array<std::atomic<pid_t>, 512> children{};

void onInterrupt(int)
{
    interrupted.store(true);
    for (auto &child : children)
        if (const pid_t pid = child.load(); pid > 0)
            ::kill(pid, SIGTERM);
}

} // namespace

void stopChildrenOnInterrupt()
{
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

WatchedChild::WatchedChild(qint64 pid)
{
    for (size_t i = 0; i < children.size() && pid > 0; ++i) {
        pid_t free = 0;
        if (children[i].compare_exchange_strong(free, pid_t(pid))) {
            m_slot = int(i);
            break;
        }
    }
    if (interrupted.load() && pid > 0)
        ::kill(pid_t(pid), SIGTERM); // started just as the signal came
}

WatchedChild::~WatchedChild()
{
    if (m_slot >= 0)
        children[size_t(m_slot)].store(0);
}

std::optional<Error> interruption()
{
    if (!interrupted.load())
        return std::nullopt;
    return makeError(ErrorCode::Internal, QStringLiteral("interrupted: the terminals and pgbench were stopped"));
}

} // namespace kiosk::bench
