#include "MessageRenderer.h"

#include "MessageParts.h"
#include "domain/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kiosk {

namespace {

struct Wording {
    QString subject;  // %1 reference, %2 flight
    QString headline; // %1 reference
};

Wording bookingWording(const QString &kind)
{
    if (kind == QLatin1String("booking_confirmed"))
        return {QStringLiteral("Booking %1 confirmed: flight %2"), QStringLiteral("Your booking %1 is confirmed.")};
    if (kind == QLatin1String("waitlist_offer"))
        return {QStringLiteral("Seats for you on flight %2: pay by the deadline (booking %1)"),
                QStringLiteral("Seats have come free and are held for you under booking %1.")};
    if (kind == QLatin1String("booking_cancelled"))
        return {QStringLiteral("Booking %1 cancelled: flight %2"), QStringLiteral("Your booking %1 has been cancelled.")};
    return {QStringLiteral("Booking %1 refunded: flight %2"), QStringLiteral("Your booking %1 has been refunded.")};
}

// Confirmed, cancelled, refunded, a waitlist offer: the flight, who sits where, the total.
ComposedMessage bookingChange(const OutboxEntry &entry, const QJsonObject &details)
{
    const Wording wording = bookingWording(entry.kind);
    const QString flight = details.value(QLatin1String("flight")).toString();
    ComposedMessage m;
    m.subject = wording.subject.arg(entry.reference, flight);
    m.headline = wording.headline.arg(entry.reference);
    m.intro << MessageParts::flightLine(details);
    m.listTitle = QStringLiteral("Passengers:");
    for (const QJsonValue &passenger : details.value(QLatin1String("passengers")).toArray())
        m.items << QStringLiteral("%1, seat %2")
                       .arg(passenger[QLatin1String("name")].toString(), passenger[QLatin1String("seat")].toString());
    const Money total(details.value(QLatin1String("total_minor")).toInteger(),
                      details.value(QLatin1String("currency")).toString());
    // What was paid, when a voucher made it less than the price (0019's details).
    QString totalLine = QStringLiteral("Booking total: %1").arg(total.toString());
    const QJsonValue paidMinor = details.value(QLatin1String("paid_minor"));
    if (paidMinor.isDouble() && paidMinor.toInteger() != total.minorUnits())
        totalLine = QStringLiteral("Booking total: %1, paid %2 with a voucher")
                        .arg(total.toString(), Money(paidMinor.toInteger(), total.currency()).toString());
    m.closing << totalLine;
    // A waitlist offer is a hold: say until when, and how to take it up.
    QString nextStep = QStringLiteral("Show the reference %1 at any kiosk or desk.").arg(entry.reference);
    if (details.contains(QLatin1String("deadline_ms")))
        nextStep = QStringLiteral("Pay for them before %1 (local time at %2) at any kiosk, with the reference %3 and "
                                  "a passenger's surname, or at the airline's desk; after that they go to the next "
                                  "traveller on the waitlist.")
                       .arg(MessageParts::localTime(details, "deadline_ms", "time_zone"),
                            details.value(QLatin1String("origin")).toString(), entry.reference);
    m.closing << nextStep;
    return m;
}

// Checked in: who, in which seat, with which boarding number; the passes are attached.
ComposedMessage checkedIn(const OutboxEntry &entry, const QJsonObject &details)
{
    const QString flight = details.value(QLatin1String("flight")).toString();
    ComposedMessage m;
    m.subject = QStringLiteral("Checked in for flight %2 (booking %1)").arg(entry.reference, flight);
    m.headline = QStringLiteral("You are checked in for flight %1 (booking %2).").arg(flight, entry.reference);
    m.intro << MessageParts::flightLine(details);
    m.listTitle = QStringLiteral("Checked in:");
    for (const QJsonValue &passenger : details.value(QLatin1String("passengers")).toArray())
        m.items << QStringLiteral("%1, seat %2, boarding number %3")
                       .arg(passenger[QLatin1String("name")].toString(), passenger[QLatin1String("seat")].toString())
                       .arg(passenger[QLatin1String("sequence")].toInt());
    m.closing << QStringLiteral("The boarding passes are in the PDF attached, one page per passenger: print them or show "
                                "them at security and at the gate. Any kiosk prints them again with the reference %1.")
                     .arg(entry.reference);
    return m;
}

// A document asked for at a kiosk (or the desk): only that document, attached.
ComposedMessage documentsRequested(const OutboxEntry &entry, const QJsonObject &details)
{
    const QString flight = details.value(QLatin1String("flight")).toString();
    const bool receipt = details.value(QLatin1String("document")).toString() == QLatin1String("receipt");
    ComposedMessage m;
    m.subject = receipt ? QStringLiteral("Your receipt for booking %1 (flight %2)").arg(entry.reference, flight)
                        : QStringLiteral("Your boarding passes for flight %2 (booking %1)").arg(entry.reference, flight);
    m.headline = receipt ? QStringLiteral("Here is the receipt of your booking %1, as you asked.").arg(entry.reference)
                         : QStringLiteral("Here are your boarding passes for flight %1, as you asked.").arg(flight);
    m.intro << MessageParts::flightLine(details);
    m.listTitle = QStringLiteral("Passengers:");
    for (const QJsonValue &passenger : details.value(QLatin1String("passengers")).toArray()) {
        QString item = QStringLiteral("%1, seat %2")
                           .arg(passenger[QLatin1String("name")].toString(), passenger[QLatin1String("seat")].toString());
        if (!receipt)
            item += QStringLiteral(", boarding number %1").arg(passenger[QLatin1String("sequence")].toInt());
        m.items << item;
    }
    m.closing << (receipt ? QStringLiteral("The receipt is in the PDF attached.")
                          : QStringLiteral("The boarding passes are in the PDF attached, one page per passenger: print "
                                           "them or show them at security and at the gate."));
    m.closing << QStringLiteral("It was asked for at a kiosk or desk with your booking reference. If that was not you, "
                                "you need do nothing: it is only ever sent to this address.");
    return m;
}

} // namespace

Result<RenderedMessage> MessageRenderer::render(const OutboxEntry &entry)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(entry.details.toUtf8(), &parseError);
    if (!document.isObject())
        return makeError(ErrorCode::BadInput, tr("outbox message %1 has unreadable details: %2")
                                                  .arg(entry.id)
                                                  .arg(parseError.errorString()));
    const QJsonObject details = document.object();
    ComposedMessage composed;
    if (entry.kind == QLatin1String("booking_checked_in"))
        composed = checkedIn(entry, details);
    else if (entry.kind == QLatin1String("documents_requested"))
        composed = documentsRequested(entry, details);
    else if (entry.kind == QLatin1String("flight_disrupted"))
        composed = MessageParts::disruption(entry, details);
    else
        composed = bookingChange(entry, details);
    return RenderedMessage{composed.subject, composed.text(), composed.html(), {}};
}

} // namespace kiosk
