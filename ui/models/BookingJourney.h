#pragma once

#include "booking/HoldRequest.h"
#include "domain/Booking.h"
#include "domain/ContactDetails.h"
#include "domain/Error.h"
#include "domain/Result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

namespace kiosk {
class BookingService;
class BookingSession;
class LiveSync;
}

namespace kiosk::ui {

// One customer's booking from the chosen seats to the paid booking, the same at the kiosk
// and at the desk: the hold (a seat taken elsewhere, a refusal, a lost connection), the
// payment's outcome, and the unkept hold released. No widgets: the screens only map the
// signals to pages and labels, and open the payment dialog on session().
class BookingJourney : public QObject {
    Q_OBJECT
public:
    enum class Terminal { Kiosk, Desk }; // whose words a refusal is put in
    enum class PaymentOutcome { Paid, HoldExpired, NotPaid };

    // What the customer chose; `ttlSeconds` empty: the standard hold.
    struct Party {
        qint64 flightId = 0;
        QList<SeatCode> seats;
        QStringList names;
        ContactDetails contact;
        std::optional<int> ttlSeconds;
    };

    BookingJourney(BookingService &service, Terminal terminal, QObject *parent = nullptr);
    ~BookingJourney() override;

    // This customer's session (a fresh one after reset() and after a payment not made).
    BookingSession &session() const { return *m_session; }
    // With LiveSync an unreachable database is its banner's business, and the hold sent as
    // the connection broke waits for replayUnresolvedHold(); without, it is a refusal.
    void setLiveSync(LiveSync *live);
    bool reportedAsConnectionLoss(const Error &error);
    bool hasUnresolvedHold() const { return m_unresolved.has_value(); }

    // Holds the party's seats under a fresh idempotency key: held(), or one of seatsTaken(),
    // holdRefused(), connectionLost(). The booking too, for a caller that goes on at once.
    std::optional<Booking> hold(const Party &party);
    // After a lost connection: the same request, same key, so a hold that did commit is found.
    std::optional<Booking> replayUnresolvedHold();
    // The payment dialog closed: confirmed(), or the unkept hold released, a fresh session,
    // and holdExpired() or notPaid().
    void paymentEnded(PaymentOutcome outcome, const Booking &booking);
    // Cancels the session's booking if the database still has it held or pending; the error
    // if that failed (a booking already gone is no failure).
    std::optional<Error> releaseUnkeptHold(const QString &reason);
    // The next customer: a fresh session, nothing to replay. A hold left is not cancelled
    // (paid, or kept for the customer at the desk).
    void reset();

Q_SIGNALS:
    void held(const kiosk::Booking &booking);
    void seatsTaken(const QStringList &seatCodes);
    void holdRefused(const QString &text); // for the screen's own label
    void connectionLost();
    void confirmed(const kiosk::Booking &booking);
    void holdExpired();
    void notPaid();
    // The current session's booking changed state (whichever session is current: screens
    // connect once, not to each customer's session).
    void sessionStateChanged(kiosk::BookingState state);

private:
    // Signals the hold's outcome; a request lost with the connection is kept for the replay.
    std::optional<Booking> settle(const HoldRequest &request, const Result<Booking> &booking);
    // The next customer's session, followed by sessionStateChanged().
    void startSession();

    BookingService &m_service;
    Terminal m_terminal;
    std::unique_ptr<BookingSession> m_session;
    QPointer<LiveSync> m_live;
    std::optional<HoldRequest> m_unresolved; // sent when the connection broke; replayed
};

} // namespace kiosk::ui
