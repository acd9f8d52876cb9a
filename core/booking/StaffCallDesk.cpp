#include "StaffCallDesk.h"

#include "common/Logging.h"
#include "domain/BookingReference.h"
#include "storage/AccessLogRepository.h"
#include "storage/StaffCallRepository.h"
#include "storage/Transaction.h"

namespace kiosk {

Result<StaffCall> StaffCallDesk::call(const Actor &kiosk, const QString &screen, const QString &reference)
{
    if (auto allowed = m_access.require(kiosk, Permission::CallStaff, kiosk.terminal); !allowed)
        return allowed.error();
    const QString where = screen.trimmed();
    if (where.isEmpty() || where.size() > ScreenNameLimit)
        return makeError(ErrorCode::BadInput, tr("a call for help names the screen it comes from (at most %1 characters)")
                                                  .arg(ScreenNameLimit));
    std::optional<BookingReference> held;
    if (!reference.isEmpty() && !(held = BookingReference::parse(reference)))
        return makeError(ErrorCode::BadInput, tr("%1 is not a booking reference").arg(reference));
    auto called = StaffCallRepository(m_db).open(kiosk.terminal, where, held ? held->toString() : QString());
    if (called)
        qCInfo(lcBooking) << "kiosk" << kiosk.terminal << "called staff from" << where << "call" << called->id;
    return called;
}

Result<StaffCall> StaffCallDesk::callOf(const Actor &kiosk, qint64 id)
{
    if (auto allowed = m_access.require(kiosk, Permission::CallStaff, kiosk.terminal); !allowed)
        return allowed.error();
    auto call = StaffCallRepository(m_db).find(id);
    if (call && call->terminal != kiosk.terminal)
        return makeError(ErrorCode::NotFound, tr("%1 made no call for help %2").arg(kiosk.terminal).arg(id));
    return call;
}

Result<QList<StaffCall>> StaffCallDesk::openCalls(const Actor &agent)
{
    if (auto allowed = m_access.require(agent, Permission::AnswerStaffCalls, QStringLiteral("calls for help")); !allowed)
        return allowed.error();
    return StaffCallRepository(m_db).openCalls();
}

Result<StaffCall> StaffCallDesk::answer(qint64 id, const Actor &agent)
{
    const QString target = QStringLiteral("call for help %1").arg(id);
    if (auto allowed = m_access.require(agent, Permission::AnswerStaffCalls, target); !allowed)
        return allowed.error();
    StaffCallRepository calls(m_db);
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto answered = calls.answer(id, agent.name);
    if (!answered)
        return answered.error();
    auto call = calls.find(id);
    if (!call)
        return call.error();
    if (!*answered)
        return makeError(ErrorCode::WrongState, tr("%1 answered the call for help from %2 at %3 already")
                                                    .arg(call->answeredBy, call->terminal,
                                                         call->answeredAtUtc.toLocalTime().toString(QStringLiteral("HH:mm"))),
                         {call->answeredBy});
    if (auto logged = AccessLogRepository(m_db).record(agent, QStringLiteral("answer call for help"), call->terminal,
                                                       QStringLiteral("allowed"),
                                                       QStringLiteral("call %1 from the %2").arg(id).arg(call->screen));
        !logged)
        return logged.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return call;
}

} // namespace kiosk
