#include "BookingJourney.h"

#include "booking/BookingService.h"
#include "booking/BookingSession.h"
#include "booking/LiveSync.h"
#include "widgets/HoldLimitMessage.h"
#include "widgets/Sentence.h"

#include <QLoggingCategory>
#include <QUuid>

namespace kiosk::ui {

namespace {
Q_LOGGING_CATEGORY(lcJourney, "kiosk.ui.journey", QtInfoMsg)
} // namespace

BookingJourney::BookingJourney(BookingService &service, Terminal terminal, QObject *parent)
    : QObject(parent), m_service(service), m_terminal(terminal)
{
    startSession();
}

void BookingJourney::startSession()
{
    m_session = std::make_unique<BookingSession>(m_service);
    connect(m_session.get(), &BookingSession::stateChanged, this, &BookingJourney::sessionStateChanged);
}

BookingJourney::~BookingJourney() = default;

void BookingJourney::setLiveSync(LiveSync *live)
{
    m_live = live;
}

bool BookingJourney::reportedAsConnectionLoss(const Error &error)
{
    if (error.code != ErrorCode::DatabaseUnavailable || !m_live)
        return false;
    m_live->reportFailure(error);
    return true;
}

std::optional<Booking> BookingJourney::hold(const Party &party)
{
    HoldRequest request;
    request.flight = FlightRef::byId(party.flightId);
    request.seats = party.seats;
    request.passengers = party.names;
    request.contact = party.contact;
    request.ttlSeconds = party.ttlSeconds;
    request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_unresolved.reset();
    return settle(request, m_session->hold(request));
}

std::optional<Booking> BookingJourney::replayUnresolvedHold()
{
    if (!m_unresolved)
        return std::nullopt;
    const HoldRequest request = *m_unresolved;
    m_unresolved.reset();
    // The session saw the lost hold commit after all: that booking, not a second attempt.
    return settle(request, m_session->reference().isEmpty() ? m_session->hold(request) : m_session->current());
}

std::optional<Booking> BookingJourney::settle(const HoldRequest &request, const Result<Booking> &booking)
{
    if (booking) {
        Q_EMIT held(*booking);
        return *booking;
    }
    // A failed hold leaves the session as it was: it has no booking, unless one committed
    // as the connection broke, and then the replay must find it in this session.
    const Error &error = booking.error();
    if (reportedAsConnectionLoss(error)) {
        m_unresolved = request;
        Q_EMIT connectionLost();
    } else if (error.code == ErrorCode::SeatTaken) {
        Q_EMIT seatsTaken(error.details);
    } else if (error.code == ErrorCode::LimitReached) {
        Q_EMIT holdRefused(holdLimitMessage(error, m_terminal == Terminal::Kiosk));
    } else {
        Q_EMIT holdRefused(sentence(error.message));
    }
    return std::nullopt;
}

void BookingJourney::paymentEnded(PaymentOutcome outcome, const Booking &booking)
{
    if (outcome == PaymentOutcome::Paid) {
        Q_EMIT confirmed(booking);
        return;
    }
    // Closed without paying: the seats go back, nothing was charged.
    if (auto failed = releaseUnkeptHold(m_terminal == Terminal::Kiosk ? QStringLiteral("traveller closed the payment")
                                                                      : QStringLiteral("agent closed the payment")))
        qCWarning(lcJourney) << "could not release" << m_session->reference() << failed->message;
    startSession();
    if (outcome == PaymentOutcome::HoldExpired)
        Q_EMIT holdExpired();
    else
        Q_EMIT notPaid();
}

std::optional<Error> BookingJourney::releaseUnkeptHold(const QString &reason)
{
    const BookingState seen = m_session->state();
    if (m_session->reference().isEmpty()
        || (seen != BookingState::Initiated && seen != BookingState::SeatHeld && seen != BookingState::PaymentPending))
        return std::nullopt; // no booking, or the machine already saw it paid or gone
    // As the database has it: the session's machine may not have caught up with the hold yet.
    const auto booking = m_session->current();
    if (!booking)
        return booking.error();
    if (booking->state != BookingState::SeatHeld && booking->state != BookingState::PaymentPending)
        return std::nullopt;
    auto cancelled = m_session->cancel(reason);
    if (!cancelled && cancelled.error().code != ErrorCode::WrongState)
        return cancelled.error();
    return std::nullopt;
}

void BookingJourney::reset()
{
    startSession();
    m_unresolved.reset();
}

} // namespace kiosk::ui
