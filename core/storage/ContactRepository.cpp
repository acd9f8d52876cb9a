#include "ContactRepository.h"

#include "BookingFunctions.h"
#include "Database.h"
#include "Statement.h"
#include "Transaction.h"

namespace kiosk {

namespace {

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

Status ContactRepository::save(qint64 bookingId, const ContactDetails &contact)
{
    if (m_db.dialect().isPostgres()) {
        auto saved = BookingFunctions(m_db).saveContact(bookingId, nullIfEmpty(contact.email), nullIfEmpty(contact.phone));
        if (!saved)
            return saved.error();
        if (!*saved)
            return makeError(ErrorCode::NotFound, tr("no booking %1").arg(bookingId));
        return Done{};
    }
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE bookings SET contact_email = :email, contact_phone = :phone WHERE id = :id"));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":email"), nullIfEmpty(contact.email))
        .bind(QStringLiteral(":phone"), nullIfEmpty(contact.phone))
        .bind(QStringLiteral(":id"), bookingId);
    if (auto done = update->exec(QStringLiteral("saving the contact details")); !done)
        return done;
    if (update->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("no booking %1").arg(bookingId));
    return Done{};
}

Result<ContactDetails> ContactRepository::find(qint64 bookingId)
{
    // A kiosk login reads the contact of its own bookings only (migration 0029).
    auto query = Statement::prepare(
        m_db, m_db.dialect().isPostgres()
                  ? QStringLiteral("SELECT c.email, c.phone FROM bookings b "
                                   "CROSS JOIN LATERAL kiosk_booking_contact(b.id, '', '') c WHERE b.id = :id")
                  : QStringLiteral("SELECT contact_email, contact_phone FROM bookings WHERE id = :id"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":id"), bookingId);
    if (auto done = query->exec(QStringLiteral("reading the contact details")); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, tr("no booking %1").arg(bookingId));
    return ContactDetails{query->value(0).toString(), query->value(1).toString()};
}

Result<ContactPurge> ContactRepository::purgeTravelled(int days)
{
    const SqlDialect &d = m_db.dialect();
    const QString travelled = QStringLiteral("SELECT b.id FROM bookings b JOIN flights f ON f.id = b.flight_id "
                                             "WHERE f.arrival_at < %1")
                                  .arg(d.plusSeconds(d.now(), QStringLiteral(":back")));
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    ContactPurge purge;
    auto messages = Statement::prepare(m_db, QStringLiteral("DELETE FROM outbox WHERE booking_id IN (%1)").arg(travelled));
    if (!messages)
        return messages.error();
    messages->bind(QStringLiteral(":back"), -days * 86400);
    if (auto done = messages->exec(QStringLiteral("removing travelled bookings' messages")); !done)
        return done.error();
    purge.outboxMessages = messages->numRowsAffected();
    auto contacts = Statement::prepare(
        m_db, QStringLiteral("UPDATE bookings SET contact_email = NULL, contact_phone = NULL "
                             "WHERE (contact_email IS NOT NULL OR contact_phone IS NOT NULL) AND id IN (%1)")
                  .arg(travelled));
    if (!contacts)
        return contacts.error();
    contacts->bind(QStringLiteral(":back"), -days * 86400);
    if (auto done = contacts->exec(QStringLiteral("removing travelled bookings' contact details")); !done)
        return done.error();
    purge.bookings = contacts->numRowsAffected();
    // A waitlist of a flight that has flown has served its purpose; its rows are all names
    // and addresses.
    auto waiting = Statement::prepare(m_db, QStringLiteral("DELETE FROM waitlist WHERE flight_id IN (SELECT id FROM "
                                                           "flights WHERE arrival_at < %1)")
                                                .arg(d.plusSeconds(d.now(), QStringLiteral(":back"))));
    if (!waiting)
        return waiting.error();
    waiting->bind(QStringLiteral(":back"), -days * 86400);
    if (auto done = waiting->exec(QStringLiteral("removing travelled flights' waitlists")); !done)
        return done.error();
    purge.waitlistEntries = waiting->numRowsAffected();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return purge;
}

} // namespace kiosk
