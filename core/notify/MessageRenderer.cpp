#include "MessageRenderer.h"

#include "domain/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace kiosk {

namespace {

struct Wording {
    QString subject;  // %1 reference, %2 flight
    QString headline; // %1 reference
};

Wording wordingOf(const QString &kind)
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

} // namespace

Result<RenderedMessage> MessageRenderer::render(const OutboxEntry &entry)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(entry.details.toUtf8(), &parseError);
    if (!document.isObject())
        return makeError(ErrorCode::BadInput, QStringLiteral("outbox message %1 has unreadable details: %2")
                                                  .arg(entry.id)
                                                  .arg(parseError.errorString()));
    const QJsonObject details = document.object();
    const QString flight = details.value(QLatin1String("flight")).toString();
    const QTimeZone zone(details.value(QLatin1String("time_zone")).toString().toUtf8());
    const QDateTime departure =
        QDateTime::fromMSecsSinceEpoch(details.value(QLatin1String("departure_ms")).toInteger(), Qt::UTC)
            .toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const Money total(details.value(QLatin1String("total_minor")).toInteger(),
                      details.value(QLatin1String("currency")).toString());
    const Wording wording = wordingOf(entry.kind);

    QStringList lines{wording.headline.arg(entry.reference), QString(),
                      QStringLiteral("Flight %1 from %2 to %3, departing %4 (local time).")
                          .arg(flight, details.value(QLatin1String("origin")).toString(),
                               details.value(QLatin1String("destination")).toString(),
                               departure.toString(QStringLiteral("ddd d MMM yyyy HH:mm")))};
    QStringList passengerLines;
    for (const QJsonValue &passenger : details.value(QLatin1String("passengers")).toArray())
        passengerLines << QStringLiteral("%1, seat %2")
                              .arg(passenger[QLatin1String("name")].toString(), passenger[QLatin1String("seat")].toString());
    if (!passengerLines.isEmpty())
        lines << QString() << QStringLiteral("Passengers:") << passengerLines;
    // What was paid, when a voucher made it less than the price (0019's details).
    QString totalLine = QStringLiteral("Booking total: %1").arg(total.toString());
    const QJsonValue paidMinor = details.value(QLatin1String("paid_minor"));
    if (paidMinor.isDouble() && paidMinor.toInteger() != total.minorUnits())
        totalLine = QStringLiteral("Booking total: %1, paid %2 with a voucher")
                        .arg(total.toString(), Money(paidMinor.toInteger(), total.currency()).toString());
    lines << QString() << totalLine << QString();
    // A waitlist offer is a hold: say until when, and how to take it up.
    QString nextStep = QStringLiteral("Show the reference %1 at any kiosk or desk.").arg(entry.reference);
    if (details.contains(QLatin1String("deadline_ms"))) {
        const QDateTime deadline =
            QDateTime::fromMSecsSinceEpoch(details.value(QLatin1String("deadline_ms")).toInteger(), Qt::UTC)
                .toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
        nextStep = QStringLiteral("Pay for them before %1 (local time at %2) at any kiosk, with the reference %3 and "
                                  "a passenger's surname, or at the airline's desk; after that they go to the next "
                                  "traveller on the waitlist.")
                       .arg(deadline.toString(QStringLiteral("ddd d MMM yyyy HH:mm")),
                            details.value(QLatin1String("origin")).toString(), entry.reference);
    }
    lines << nextStep;

    QString html = QStringLiteral("<!DOCTYPE html>\n<html><body>\n");
    html += QStringLiteral("<h1>%1</h1>\n").arg(wording.headline.arg(entry.reference).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>\n").arg(lines.at(2).toHtmlEscaped());
    if (!passengerLines.isEmpty()) {
        html += QStringLiteral("<ul>\n");
        for (const QString &line : passengerLines)
            html += QStringLiteral("<li>%1</li>\n").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>\n");
    }
    html += QStringLiteral("<p>%1</p>\n").arg(totalLine.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>\n</body></html>\n").arg(nextStep.toHtmlEscaped());
    return RenderedMessage{wording.subject.arg(entry.reference, flight), lines.join(QLatin1Char('\n')) + QLatin1Char('\n'),
                           html};
}

} // namespace kiosk
