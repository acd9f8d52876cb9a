#include "BookingSession.h"

#include "BookingService.h"
#include "common/Logging.h"

#include <QAbstractTransition>
#include <QFinalState>
#include <QState>

namespace kiosk {

namespace {

// Posted to the machine when the database reports a state change of the session's booking.
class PersistedChangeEvent : public QEvent {
public:
    static QEvent::Type eventType()
    {
        static const int type = QEvent::registerEventType();
        return QEvent::Type(type);
    }
    PersistedChangeEvent(BookingState fromState, BookingState toState)
        : QEvent(eventType()), from(fromState), to(toState) {}
    const BookingState from;
    const BookingState to;
};

// Fires only for the table row it was built from.
class TableTransition : public QAbstractTransition {
public:
    TableTransition(const BookingTransition &row, QState *source) : QAbstractTransition(source), m_row(row) {}

protected:
    bool eventTest(QEvent *event) override
    {
        if (event->type() != PersistedChangeEvent::eventType())
            return false;
        const auto *change = static_cast<PersistedChangeEvent *>(event);
        return change->from == m_row.from && change->to == m_row.to;
    }
    void onTransition(QEvent *) override {}

private:
    BookingTransition m_row;
};

} // namespace

BookingSession::BookingSession(BookingService &service, QObject *parent) : QObject(parent), m_service(service)
{
    build();
    connect(&service.events(), &BookingEvents::stateChanged, this, &BookingSession::onPersistedChange);
    connect(&service.events(), &BookingEvents::paymentProgress, this,
            [this](const QString &reference, PaymentStep step) {
                if (!m_reference.isEmpty() && reference == m_reference)
                    Q_EMIT paymentProgress(step);
            });
    m_machine.start();
}

void BookingSession::build()
{
    const QList<BookingState> states = allBookingStates();
    for (BookingState state : states) {
        const bool terminal = BookingTransitions::targetsFrom(state).isEmpty();
        QAbstractState *node = terminal ? static_cast<QAbstractState *>(new QFinalState(&m_machine))
                                        : static_cast<QAbstractState *>(new QState(&m_machine));
        node->setObjectName(bookingStateName(state));
        connect(node, &QAbstractState::entered, this, [this, state] {
            m_state = state;
            Q_EMIT stateChanged(state);
        });
        m_states.insert(state, node);
    }
    for (const BookingTransition &row : BookingTransitions::all()) {
        auto *source = static_cast<QState *>(m_states.value(row.from));
        auto *transition = new TableTransition(row, source);
        transition->setTargetState(m_states.value(row.to));
    }
    m_machine.setInitialState(m_states.value(BookingState::Initiated));
    connect(&m_machine, &QStateMachine::finished, this, &BookingSession::finished);
    connect(&m_machine, &QStateMachine::started, this, [this] {
        for (const auto &[from, to] : std::as_const(m_early))
            m_machine.postEvent(new PersistedChangeEvent(from, to));
        m_early.clear();
    });
}

void BookingSession::onPersistedChange(const QString &reference, BookingState from, BookingState to)
{
    if (reference.isEmpty())
        return;
    if (m_reference.isEmpty() && from == BookingState::Initiated && m_state == BookingState::Initiated
        && m_pendingHold)
        m_reference = reference;
    if (reference != m_reference)
        return;
    if (!m_machine.isRunning()) {
        m_early.append({from, to}); // the machine starts on the first event-loop turn
        return;
    }
    m_machine.postEvent(new PersistedChangeEvent(from, to));
}

Error BookingSession::noBooking() const
{
    return makeError(ErrorCode::WrongState, tr("this session has no booking yet; hold seats first"));
}

Result<Booking> BookingSession::hold(const HoldRequest &request)
{
    if (!m_reference.isEmpty())
        return makeError(ErrorCode::WrongState,
                         tr("this session already has booking %1; start a new session").arg(m_reference));
    m_pendingHold = true;
    auto booking = m_service.hold(request);
    m_pendingHold = false;
    if (booking && m_reference.isEmpty())
        m_reference = booking->reference; // an idempotent replay: no new state change to see
    return booking;
}

QFuture<Result<Booking>> BookingSession::pay(const CardDetails &card, const QString &voucherCode)
{
    if (m_reference.isEmpty())
        return QtFuture::makeReadyFuture(Result<Booking>(noBooking()));
    return m_service.submitPayment(m_reference, card, voucherCode);
}

Result<VoucherQuote> BookingSession::quoteVoucher(const QString &voucherCode)
{
    if (m_reference.isEmpty())
        return noBooking();
    return m_service.quoteVoucher(m_reference, voucherCode);
}

Result<Booking> BookingSession::current()
{
    if (m_reference.isEmpty())
        return noBooking();
    return m_service.find(m_reference);
}

Result<Booking> BookingSession::cancel(const QString &reason)
{
    if (m_reference.isEmpty())
        return noBooking();
    return m_service.cancel(m_reference, reason);
}

} // namespace kiosk
