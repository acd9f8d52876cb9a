#include "DocumentRequestRepository.h"

#include "Database.h"
#include "Statement.h"
#include "TravellerProof.h"
#include "Transaction.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

Result<QString> DocumentRequestRepository::addressOf(const QString &reference, const QString &surname)
{
    // A kiosk login reads the address of a booking its traveller proves (migration 0029).
    const bool postgres = m_db.dialect().isPostgres();
    auto query = Statement::prepare(
        m_db, postgres ? QStringLiteral("SELECT c.email FROM bookings b CROSS JOIN LATERAL "
                                        "kiosk_booking_contact(b.id, :search, :mrz) c WHERE b.reference = :reference")
                       : QStringLiteral("SELECT contact_email FROM bookings WHERE reference = :reference"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":reference"), reference);
    if (postgres)
        bindTravellerProof(*query, surname);
    if (auto done = query->exec(QStringLiteral("reading the booking's e-mail address")); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, tr("no booking %1").arg(reference));
    return query->value(0).toString();
}

Result<QString> DocumentRequestRepository::request(const QString &reference, const QString &surname,
                                                   const QString &document, const QStringList &seats, int limit,
                                                   int windowSeconds, const Actor &actor)
{
    const SqlDialect &d = m_db.dialect();
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    qint64 bookingId = 0;
    QString address;
    {
        // On PostgreSQL the address comes from kiosk_booking_contact (a kiosk login may not
        // read the column), under the same lock.
        auto booking = Statement::prepare(
            m_db, (d.isPostgres() ? QStringLiteral("SELECT id, '' FROM bookings WHERE reference = :reference")
                                  : QStringLiteral("SELECT id, contact_email FROM bookings WHERE reference = :reference"))
                      + d.forUpdate());
        if (!booking)
            return booking.error();
        booking->bind(QStringLiteral(":reference"), reference);
        if (auto done = booking->exec(QStringLiteral("locking the booking")); !done)
            return done.error();
        if (!booking->next())
            return makeError(ErrorCode::NotFound, tr("no booking %1").arg(reference));
        bookingId = booking->value(0).toLongLong();
        address = booking->value(1).toString();
    }
    if (d.isPostgres()) {
        auto stored = addressOf(reference, surname);
        if (!stored)
            return stored.error();
        address = *stored;
    }
    if (address.isEmpty())
        return makeError(ErrorCode::WrongState,
                         tr("booking %1 has no e-mail address on file, so nothing can be e-mailed").arg(reference),
                         {QStringLiteral("no_address")});

    int count = 0;
    qint64 oldestMs = 0;
    qint64 nowMs = 0;
    {
        auto recent = Statement::prepare(
            m_db, QStringLiteral("SELECT count(*), min(%1), %2 FROM document_requests "
                                 "WHERE booking_id = :booking AND document = :document AND requested_at > %3")
                      .arg(d.epochMs(QStringLiteral("requested_at")), d.epochMs(d.now()),
                           d.plusSeconds(d.now(), QStringLiteral(":back"))));
        if (!recent)
            return recent.error();
        recent->bind(QStringLiteral(":booking"), bookingId)
            .bind(QStringLiteral(":document"), document)
            .bind(QStringLiteral(":back"), -windowSeconds);
        if (auto done = recent->exec(QStringLiteral("counting the booking's e-mailed documents")); !done)
            return done.error();
        if (recent->next()) {
            count = recent->value(0).toInt();
            oldestMs = recent->value(1).toLongLong();
            nowMs = recent->value(2).toLongLong();
        }
    }
    if (count >= limit) {
        const int minutes = std::max(1, int(std::ceil((oldestMs + windowSeconds * 1000.0 - nowMs) / 60000.0)));
        return makeError(ErrorCode::LimitReached,
                         tr("the %1 of booking %2 was e-mailed %3 times in the last %4 minutes already; "
                            "try again in %5 minutes")
                             .arg(document == QLatin1String("receipt") ? QStringLiteral("receipt")
                                                                       : QStringLiteral("boarding pass"),
                                  reference)
                             .arg(count)
                             .arg(windowSeconds / 60)
                             .arg(minutes),
                         {QString::number(limit), QString::number(minutes)});
    }

    auto insert = Statement::prepare(m_db, QStringLiteral("INSERT INTO document_requests (booking_id, document, seats, "
                                                          "terminal, actor) VALUES (:booking, :document, COALESCE(:seats, ''), "
                                                          ":terminal, :actor)"));
    if (!insert)
        return insert.error();
    insert->bind(QStringLiteral(":booking"), bookingId)
        .bind(QStringLiteral(":document"), document)
        .bind(QStringLiteral(":seats"), seats.join(QLatin1Char(',')))
        .bind(QStringLiteral(":terminal"), actor.terminal)
        .bind(QStringLiteral(":actor"), actor.name);
    if (auto done = insert->exec(QStringLiteral("asking for the documents by e-mail")); !done)
        return done.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return address;
}

} // namespace kiosk
