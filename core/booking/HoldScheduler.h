#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace kiosk {

class BookingService;

// Makes lapsed holds visible at once while a terminal runs: one single-shot timer armed at
// the next hold deadline (not a fixed poll), re-armed after every expiry and new hold.
// Correctness never depends on it: the hold transaction frees lapsed seats by itself.
class HoldScheduler : public QObject {
    Q_OBJECT
public:
    // Seat changes elsewhere re-arm the timer (LiveSync); this bound is the safety net for
    // a terminal running without a listener.
    static constexpr int MaxSleepMs = 30000;
    // Every seat change anywhere asks for a re-read; half a second collapses a busy
    // airport's stream into at most two reads a second per terminal, and a new hold's
    // deadline is always further away than that.
    static constexpr int CoalesceMs = 500;
    static constexpr int RetryAfterErrorMs = 5000;

    explicit HoldScheduler(BookingService &service, QObject *parent = nullptr);

    void start();
    // Re-reads the next deadline shortly; bursts of seat changes collapse into one read.
    void rearmSoon();
    bool isArmed() const { return m_timer.isActive(); }
    int remainingMs() const { return m_timer.remainingTime(); }

Q_SIGNALS:
    void holdsReleased(const QStringList &references);

private:
    void rearm();
    void onHoldPlaced(const QDateTime &deadlineUtc);
    void fire();

    BookingService &m_service;
    QTimer m_timer;
    QTimer m_rearmSoon;
    QDateTime m_armedFor; // server time the timer is set for
};

} // namespace kiosk
