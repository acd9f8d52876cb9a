#pragma once

#include "BookingRepository.h"
#include "domain/Actor.h"
#include "domain/BookingState.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace kiosk {

class Database;

// PostgreSQL's writes to bookings, their lines and payments that a kiosk's login may make,
// as the SECURITY DEFINER functions of migrations 0026 and 0028 (the kiosk class has no direct
// INSERT/UPDATE on those tables; each function checks its caller). The repositories call
// these on PostgreSQL and run the same steps as statements on SQLite.
class BookingFunctions {
    Q_DECLARE_TR_FUNCTIONS(BookingFunctions)
public:
    explicit BookingFunctions(Database &db) : m_db(db) {}

    // kiosk_booking_move; WrongState (BookingRepository::movedError) when the booking left `from`.
    Status move(qint64 bookingId, BookingState from, BookingState to, const Actor &actor, const QString &reason);
    // kiosk_insert_hold; nothing when the reference or key was taken meanwhile.
    Result<std::optional<qint64>> insertHold(const NewBooking &booking, const QList<NewBookingLine> &lines,
                                             const Actor &actor);
    // kiosk_take_offer: true when the waitlist's hold became the actor's; `surname`, one of
    // its passengers' as the traveller typed it, is what a kiosk login must show (0028).
    Result<bool> takeOffer(qint64 bookingId, const Actor &actor, const QString &surname);
    // kiosk_voucher_redeem (0028): false when the voucher can no longer be used.
    Result<bool> redeemVoucher(qint64 voucherId, qint64 paymentId, const Money &price, const Money &discount,
                               const Actor &actor);
    // kiosk_waitlist_offered / kiosk_waitlist_leave (0028): false when the entry moved on.
    Result<bool> waitlistOffered(qint64 entryId, qint64 bookingId);
    Result<bool> waitlistLeave(qint64 entryId);
    // kiosk_extend_hold: the new deadline, or nothing when the hold was not extended.
    Result<std::optional<QDateTime>> extendHold(qint64 bookingId, const QString &role);
    // kiosk_save_contact: false when there is no such booking.
    Result<bool> saveContact(qint64 bookingId, const QVariant &email, const QVariant &phone);

private:
    Database &m_db;
};

} // namespace kiosk
