#include "BookingFunctions.h"

#include "Database.h"
#include "FunctionOutcome.h"
#include "Statement.h"
#include "TravellerProof.h"
#include "domain/PassengerName.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kiosk {


Status BookingFunctions::move(qint64 bookingId, BookingState from, BookingState to, const Actor &actor,
                              const QString &reason)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT kiosk_booking_move(:id, :from, :to, :terminal, :actor, :reason)"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":id"), bookingId)
        .bind(QStringLiteral(":from"), bookingStateName(from))
        .bind(QStringLiteral(":to"), bookingStateName(to))
        .bind(QStringLiteral(":terminal"), actor.terminal)
        .bind(QStringLiteral(":actor"), actor.name)
        .bind(QStringLiteral(":reason"), reason);
    if (auto done = query->exec(QStringLiteral("changing the booking state")); !done)
        return done;
    if (!query->next())
        return makeError(ErrorCode::Internal, tr("kiosk_booking_move answered nothing"));
    enum class Moved { Yes, BookingMoved };
    const auto outcome = functionOutcome<Moved>(QLatin1String("kiosk_booking_move"), query->value(0).toString(),
                                                {{QLatin1String("moved"), Moved::Yes},
                                                 {QLatin1String("booking_moved"), Moved::BookingMoved}});
    if (!outcome)
        return outcome.error();
    if (*outcome == Moved::BookingMoved)
        return BookingRepository::movedError(from);
    return Done{};
}

Result<std::optional<qint64>> BookingFunctions::insertHold(const NewBooking &booking, const QList<NewBookingLine> &lines,
                                                           const Actor &actor)
{
    QJsonArray party;
    for (const NewBookingLine &line : lines) {
        party.append(QJsonObject{{QStringLiteral("seat"), line.seatId},
                                 {QStringLiteral("name"), line.passengerName},
                                 {QStringLiteral("search"), PassengerName::searchKey(line.passengerName)},
                                 {QStringLiteral("surname"), PassengerName::surnameKey(line.passengerName)}});
    }
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT kiosk_insert_hold(:flight, :ref, :ttl, :key, CAST(:lines AS json), :terminal, :actor)"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":flight"), booking.flightId)
        .bind(QStringLiteral(":ref"), booking.reference)
        .bind(QStringLiteral(":ttl"), booking.ttlSeconds)
        .bind(QStringLiteral(":key"), booking.idempotencyKey.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                                        : QVariant(booking.idempotencyKey))
        .bind(QStringLiteral(":lines"), QString::fromUtf8(QJsonDocument(party).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":terminal"), actor.terminal)
        .bind(QStringLiteral(":actor"), actor.name);
    if (auto done = query->exec(QStringLiteral("holding the seats")); !done) {
        if (m_db.dialect().isUniqueViolation(query->lastError()))
            return makeError(ErrorCode::SeatTaken, tr("a requested seat was just taken"));
        return done.error();
    }
    if (!query->next())
        return makeError(ErrorCode::Internal, tr("kiosk_insert_hold answered nothing"));
    if (query->value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(query->value(0).toLongLong());
}

Result<bool> BookingFunctions::takeOffer(qint64 bookingId, const Actor &actor, const QString &surname)
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT kiosk_take_offer(:id, :terminal, :actor, :search, :mrz)"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":id"), bookingId)
        .bind(QStringLiteral(":terminal"), actor.terminal)
        .bind(QStringLiteral(":actor"), actor.name);
    bindTravellerProof(*query, surname);
    if (auto done = query->exec(QStringLiteral("taking up the waitlist offer")); !done)
        return done.error();
    return query->next() && query->value(0).toBool();
}

Result<bool> BookingFunctions::redeemVoucher(qint64 voucherId, qint64 paymentId, const Money &price,
                                             const Money &discount, const Actor &actor)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT kiosk_voucher_redeem(:voucher, :payment, :price, :discount, :terminal, :actor)"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":voucher"), voucherId)
        .bind(QStringLiteral(":payment"), paymentId)
        .bind(QStringLiteral(":price"), price.minorUnits())
        .bind(QStringLiteral(":discount"), discount.minorUnits())
        .bind(QStringLiteral(":terminal"), actor.terminal)
        .bind(QStringLiteral(":actor"), actor.name);
    if (auto done = query->exec(QStringLiteral("taking a use of the voucher")); !done)
        return done.error();
    return query->next() && query->value(0).toBool();
}

Result<bool> BookingFunctions::waitlistOffered(qint64 entryId, qint64 bookingId)
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT kiosk_waitlist_offered(:entry, :booking)"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":entry"), entryId).bind(QStringLiteral(":booking"), bookingId);
    if (auto done = query->exec(QStringLiteral("recording the waitlist offer")); !done)
        return done.error();
    return query->next() && query->value(0).toBool();
}

Result<bool> BookingFunctions::waitlistLeave(qint64 entryId)
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT kiosk_waitlist_leave(:entry)"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":entry"), entryId);
    if (auto done = query->exec(QStringLiteral("leaving the waitlist")); !done)
        return done.error();
    return query->next() && query->value(0).toBool();
}

Result<std::optional<QDateTime>> BookingFunctions::extendHold(qint64 bookingId, const QString &role)
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT kiosk_extend_hold(:id, :role)"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":id"), bookingId).bind(QStringLiteral(":role"), role);
    if (auto done = query->exec(QStringLiteral("extending the hold after a declined payment")); !done)
        return done.error();
    if (!query->next() || query->value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(utcFromEpochMs(query->value(0)));
}

Result<bool> BookingFunctions::saveContact(qint64 bookingId, const QVariant &email, const QVariant &phone)
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT kiosk_save_contact(:id, :email, :phone)"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":id"), bookingId).bind(QStringLiteral(":email"), email)
        .bind(QStringLiteral(":phone"), phone);
    if (auto done = query->exec(QStringLiteral("saving the contact details")); !done)
        return done.error();
    return query->next() && query->value(0).toBool();
}

} // namespace kiosk
