#include "KioskHelpCall.h"

#include "booking/StaffCallDesk.h"

#include <QLoggingCategory>

namespace kiosk::ui {

KioskHelpCall::KioskHelpCall(StaffCallDesk &desk, Actor kiosk, QObject *parent)
    : QObject(parent), m_desk(desk), m_kiosk(std::move(kiosk))
{
    m_watch.setInterval(WatchMs);
    connect(&m_watch, &QTimer::timeout, this, &KioskHelpCall::check);
}

Status KioskHelpCall::call(const QString &screen, const QString &reference)
{
    auto called = m_desk.call(m_kiosk, screen, reference);
    if (!called)
        return called.error();
    m_callId = called->id;
    m_watch.start();
    return Done{};
}

void KioskHelpCall::forget()
{
    m_watch.stop();
    m_callId = 0;
}

void KioskHelpCall::check()
{
    auto call = m_desk.callOf(m_kiosk, m_callId);
    if (!call)
        return; // the database is away: ask again at the next tick
    if (!call->isOpen()) {
        forget();
        Q_EMIT answered();
    }
}

} // namespace kiosk::ui
