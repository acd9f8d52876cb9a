#include "HoldScheduler.h"

#include "BookingService.h"
#include "common/Logging.h"

namespace kiosk {

HoldScheduler::HoldScheduler(BookingService &service, QObject *parent) : QObject(parent), m_service(service)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &HoldScheduler::fire);
    m_rearmSoon.setSingleShot(true);
    m_rearmSoon.setInterval(CoalesceMs);
    connect(&m_rearmSoon, &QTimer::timeout, this, &HoldScheduler::rearm);
    connect(&service.events(), &BookingEvents::holdPlaced, this,
            [this](const QString &, const QDateTime &deadline) { onHoldPlaced(deadline); });
}

void HoldScheduler::start()
{
    rearm();
}

void HoldScheduler::rearmSoon()
{
    if (!m_rearmSoon.isActive())
        m_rearmSoon.start();
}

void HoldScheduler::onHoldPlaced(const QDateTime &deadlineUtc)
{
    if (!m_timer.isActive() || !m_armedFor.isValid() || deadlineUtc < m_armedFor)
        rearm();
}

void HoldScheduler::fire()
{
    auto report = m_service.expireDue();
    if (!report) {
        qCWarning(lcBooking) << "could not release lapsed holds:" << report.error().message;
        m_armedFor = QDateTime();
        m_timer.start(RetryAfterErrorMs);
        return;
    }
    if (!report->released.isEmpty())
        Q_EMIT holdsReleased(report->released);
    rearm();
}

void HoldScheduler::rearm()
{
    auto next = m_service.nextHoldDeadline();
    auto now = m_service.serverNow();
    if (!next || !now) {
        m_armedFor = QDateTime();
        m_timer.start(RetryAfterErrorMs);
        return;
    }
    qint64 waitMs = MaxSleepMs;
    m_armedFor = QDateTime();
    if (next->has_value()) {
        // Deadline minus server now, then the local monotonic timer (rule 4).
        waitMs = qBound<qint64>(0, now->msecsTo(**next), qint64(MaxSleepMs));
        m_armedFor = now->addMSecs(waitMs);
    }
    qCDebug(lcBooking) << "hold scheduler sleeps" << waitMs << "ms" << (next->has_value() ? "until a deadline" : "(no holds)");
    m_timer.start(int(waitMs));
}

} // namespace kiosk
