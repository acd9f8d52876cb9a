#pragma once

namespace kiosk {

// Capped exponential backoff with jitter: 0.5 s, 1 s, 2 s, ... up to the cap, each delay
// spread by +-20% so fifty kiosks that lost the database together do not all knock at once.
class RetryBackoff {
public:
    explicit RetryBackoff(int initialMs = 500, int maxMs = 10000) : m_initialMs(initialMs), m_maxMs(maxMs) {}

    // The delay before the next attempt; each call doubles the base up to the cap.
    int nextDelayMs();
    int attempts() const { return m_attempts; }
    void reset() { m_attempts = 0; }

private:
    int m_initialMs;
    int m_maxMs;
    int m_attempts = 0;
};

} // namespace kiosk
