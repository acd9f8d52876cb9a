#include "ReconcileScheduler.h"

#include "BookingService.h"
#include "common/Logging.h"

namespace kiosk {

ReconcileScheduler::ReconcileScheduler(BookingService &service, int intervalMs, QObject *parent)
    : QObject(parent), m_service(service)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ReconcileScheduler::runOnce);
}

void ReconcileScheduler::start()
{
    m_timer.start();
    runOnce();
}

void ReconcileScheduler::runOnce()
{
    if (m_running)
        return; // a slow gateway: the previous run is still asking
    m_running = true;
    m_service.reconcilePayments().then(this, [this](const Result<ReconcileReport> &report) {
        m_running = false;
        if (!report) {
            qCWarning(lcPayment) << "reconcile failed:" << report.error().message;
            return;
        }
        if (!report->actions.isEmpty())
            qCInfo(lcPayment) << "reconciled" << report->actions.size() << "payment(s)," << report->left() << "left";
        Q_EMIT reconciled(*report);
    });
}

} // namespace kiosk
