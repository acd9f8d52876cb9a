#include "HoldFunction.h"

#include "Database.h"
#include "FlightRows.h"
#include "FunctionOutcome.h"
#include "Statement.h"
#include "domain/PassengerName.h"

namespace kiosk {

namespace {

QStringList listOf(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char(','));
}

// Runs of characters that need no escape (a seat code or a name is one run) are appended
// whole: a QString::append per character cost a thousand instructions a hold (callgrind).
void appendJsonString(QString &json, QStringView text)
{
    json += QLatin1Char('"');
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool control = c.unicode() < 0x20;
        if (!control && c != QLatin1Char('"') && c != QLatin1Char('\\'))
            continue;
        json += text.sliced(plainFrom, i - plainFrom);
        if (control) {
            json += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            json += QLatin1Char('\\');
            json += c;
        }
        plainFrom = i + 1;
    }
    json += text.sliced(plainFrom);
    json += QLatin1Char('"');
}

void appendMember(QString &json, QLatin1StringView key, QStringView value)
{
    json += QLatin1Char('"');
    json += key;
    json += QLatin1String("\":");
    appendJsonString(json, value);
}

} // namespace

// Written directly: through QJsonObject and QJsonDocument this text cost a third of the
// client's instructions per hold (callgrind, 2026-12-03).
QString HoldFunction::seatsJson(const QList<SeatCode> &seats, const QStringList &passengerNames)
{
    QString json;
    json.reserve(96 * seats.size() + 2);
    json += QLatin1Char('[');
    for (qsizetype i = 0; i < seats.size(); ++i) {
        const QString &name = passengerNames[i];
        json += i == 0 ? QLatin1String("{") : QLatin1String(",{");
        appendMember(json, QLatin1StringView("code"), seats[i].toString());
        json += QLatin1Char(',');
        appendMember(json, QLatin1StringView("name"), name);
        json += QLatin1Char(',');
        const QString searchKey = PassengerName::searchKey(name);
        appendMember(json, QLatin1StringView("search"), searchKey);
        json += QLatin1Char(',');
        appendMember(json, QLatin1StringView("surname"), PassengerName::surnameKeyOf(searchKey));
        json += QLatin1Char('}');
    }
    json += QLatin1Char(']');
    return json;
}

Result<HoldCallResult> HoldFunction::call(qint64 flightId, const QList<SeatCode> &seats,
                                          const QStringList &passengerNames, int ttlSeconds, int standardCloses,
                                          const QString &idempotencyKey, const QString &reference, const Actor &actor)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT flight_id, carrier, number, departure_date, origin, destination, departure_ms, "
                             "arrival_ms, aircraft, currency, status, now_ms, closes_minutes, seats_opened_ms, outcome, "
                             "booking_id, hold_deadline_ms, created_ms, array_to_string(line_ids, ','), "
                             "array_to_string(prices, ','), array_to_string(cabins, ','), array_to_string(detail, ',', '') "
                             "FROM kiosk_hold_on_sale(:flight, :seats, :ttl, :key, :reference, :terminal, :actor, "
                             ":closes, :role)"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":flight"), flightId)
        .bind(QStringLiteral(":seats"), seatsJson(seats, passengerNames))
        .bind(QStringLiteral(":ttl"), ttlSeconds)
        .bind(QStringLiteral(":key"), idempotencyKey.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                               : QVariant(idempotencyKey))
        .bind(QStringLiteral(":reference"), reference)
        .bind(QStringLiteral(":terminal"), actor.terminal)
        .bind(QStringLiteral(":actor"), actor.name)
        .bind(QStringLiteral(":closes"), standardCloses)
        .bind(QStringLiteral(":role"), roleName(actor.role));
    if (auto done = query->exec(QStringLiteral("holding seats")); !done) {
        if (!m_db.dialect().isUniqueViolation(query->lastError()))
            return done.error();
        HoldCallResult raced;
        raced.outcome = HoldCallResult::Outcome::Raced;
        return raced;
    }
    if (!query->next())
        return makeError(ErrorCode::Internal, tr("kiosk_hold_on_sale answered nothing"));
    // Columns 0-10 are the flight's, as every flight query reads them (flightrows).
    enum { NowMs = 11, ClosesMinutes, SeatsOpenedMs, OutcomeName, BookingId, Deadline, Created, LineIds, Prices, Cabins, Detail };
    using O = HoldCallResult::Outcome;
    const auto outcome = functionOutcome<O>(QLatin1String("kiosk_hold_on_sale"), query->text(OutcomeName),
                                            {{QLatin1String("held"), O::Held},
                                             {QLatin1String("replayed"), O::Replayed},
                                             {QLatin1String("no_flight"), O::NoFlight},
                                             {QLatin1String("not_on_sale"), O::NotOnSale},
                                             {QLatin1String("cancelled"), O::Cancelled},
                                             {QLatin1String("closed"), O::Closed},
                                             {QLatin1String("missing"), O::Missing},
                                             {QLatin1String("blocked"), O::Blocked},
                                             {QLatin1String("taken"), O::Taken},
                                             {QLatin1String("unpaid_limit"), O::UnpaidLimit},
                                             {QLatin1String("rate_limit"), O::RateLimit}});
    if (!outcome)
        return outcome.error();
    HoldCallResult result;
    result.outcome = *outcome;
    if (result.outcome != O::NoFlight) {
        result.forSale.flight = flightrows::readFlight(*query);
        result.forSale.serverNowUtc = utcFromEpochMs(*query, NowMs);
        result.forSale.seatsOpenedAt = utcFromEpochMs(*query, SeatsOpenedMs);
        result.closesMinutes = int(query->integer(ClosesMinutes));
        m_db.noteServerClock(result.forSale.serverNowUtc); // now() of the hold's transaction
    }
    result.bookingId = query->integer(BookingId);
    result.holdDeadlineUtc = utcFromEpochMs(*query, Deadline);
    result.createdUtc = utcFromEpochMs(*query, Created);
    for (const QString &id : listOf(query->text(LineIds)))
        result.lineIds << id.toLongLong();
    for (const QString &price : listOf(query->text(Prices)))
        result.prices << price.toLongLong();
    for (const QString &cabin : listOf(query->text(Cabins)))
        result.cabins << cabin.front();
    result.detail = listOf(query->text(Detail));
    if (result.outcome == O::UnpaidLimit || result.outcome == O::RateLimit) {
        result.limit = result.detail.value(0).toInt();
        const QString until = result.detail.value(1);
        if (!until.isEmpty())
            result.limitUntilUtc = QDateTime::fromMSecsSinceEpoch(until.toLongLong(), Qt::UTC);
        result.limitRole = roleFromName(result.detail.value(2)).value_or(actor.role);
        // Rare, so not in the hold's own statement: whose holds were counted (0027).
        auto counted = Statement::prepare(
            m_db, QStringLiteral("SELECT CASE WHEN kiosk_caller_class() IS NULL THEN '' ELSE session_user END"));
        if (!counted)
            return counted.error();
        if (auto done = counted->exec(QStringLiteral("naming the login whose holds were counted")); !done)
            return done.error();
        if (counted->next())
            result.countedLogin = counted->value(0).toString();
    }
    if (result.outcome == HoldCallResult::Outcome::Held && result.lineIds.size() != seats.size())
        return makeError(ErrorCode::Internal, tr("kiosk_hold_on_sale wrote %1 lines for %2 seats")
                                                  .arg(result.lineIds.size())
                                                  .arg(seats.size()));
    return result;
}

} // namespace kiosk
