#pragma once

#include "ReconcileReport.h"

#include <QObject>
#include <QTimer>

namespace kiosk {

class BookingService;

// Runs the payment reconciler at terminal start and then every interval, one run at a
// time, without blocking the event loop (each run continues as the gateway answers).
class ReconcileScheduler : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 60000;

    explicit ReconcileScheduler(BookingService &service, int intervalMs = DefaultIntervalMs,
                                QObject *parent = nullptr);

    // Runs once now and arms the interval.
    void start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void reconciled(const kiosk::ReconcileReport &report);

private:
    void runOnce();

    BookingService &m_service;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace kiosk
