#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QObject>
#include <QTimer>

namespace kiosk {
class StaffCallDesk;
}

namespace kiosk::ui {

// The Help button's call for staff: recorded once per traveller through StaffCallDesk, so
// the agent workstations show it, then watched until an agent answers, so the kiosk can say
// that someone is on the way.
class KioskHelpCall : public QObject {
    Q_OBJECT
public:
    static constexpr int WatchMs = 3000;

    KioskHelpCall(StaffCallDesk &desk, Actor kiosk, QObject *parent = nullptr);

    // Records the call (the open one again if there is one) and watches it.
    Status call(const QString &screen, const QString &reference);
    // The traveller has gone: stop watching. The call stays open for the agents.
    void forget();

Q_SIGNALS:
    void answered();

private:
    void check();

    StaffCallDesk &m_desk;
    Actor m_kiosk;
    qint64 m_callId = 0;
    QTimer m_watch;
};

} // namespace kiosk::ui
