#pragma once

#include "auth/AccessControl.h"
#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/StaffCall.h"

#include <QCoreApplication>
#include <QList>

namespace kiosk {

class Database;

// Help at the kiosk reaches the agents (issue 16): a kiosk calls (Permission::CallStaff), the
// agent workstations list the open calls and an agent answers one (Permission::
// AnswerStaffCalls), which is in the access log with who and when. A terminal has one open
// call at most: pressing Help again while staff are coming returns the same call. The actor
// is given per call: the desk's signed-in user changes, the desk does not.
class StaffCallDesk {
    Q_DECLARE_TR_FUNCTIONS(StaffCallDesk)
public:
    static constexpr int ScreenNameLimit = 64;

    explicit StaffCallDesk(Database &db) : m_db(db), m_access(db) {}

    // `screen`: where the traveller is (a kiosk screen's name); `reference`: the booking held
    // at that moment, empty when none.
    Result<StaffCall> call(const Actor &kiosk, const QString &screen, const QString &reference);
    // The kiosk's own call, to see whether an agent has answered it (NotFound for another
    // terminal's call).
    Result<StaffCall> callOf(const Actor &kiosk, qint64 id);
    // Open calls, oldest first.
    Result<QList<StaffCall>> openCalls(const Actor &agent);
    // The answered call; WrongState naming who answered when someone already did.
    Result<StaffCall> answer(qint64 id, const Actor &agent);

private:
    Database &m_db;
    AccessControl m_access;
};

} // namespace kiosk
