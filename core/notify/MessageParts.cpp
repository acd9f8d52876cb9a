#include "MessageParts.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

namespace kiosk {

QString ComposedMessage::text() const
{
    QStringList lines{headline};
    for (const QString &paragraph : intro)
        lines << QString() << paragraph;
    if (!items.isEmpty())
        lines << QString() << listTitle << items;
    for (const QString &paragraph : closing)
        lines << QString() << paragraph;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ComposedMessage::html() const
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><body>\n");
    html += QStringLiteral("<h1>%1</h1>\n").arg(headline.toHtmlEscaped());
    for (const QString &paragraph : intro)
        html += QStringLiteral("<p>%1</p>\n").arg(paragraph.toHtmlEscaped());
    if (!items.isEmpty()) {
        html += QStringLiteral("<ul>\n");
        for (const QString &item : items)
            html += QStringLiteral("<li>%1</li>\n").arg(item.toHtmlEscaped());
        html += QStringLiteral("</ul>\n");
    }
    for (const QString &paragraph : closing)
        html += QStringLiteral("<p>%1</p>\n").arg(paragraph.toHtmlEscaped());
    return html + QStringLiteral("</body></html>\n");
}

namespace MessageParts {

QString localTime(const QJsonObject &details, const QJsonValue &ms, const char *zoneKey)
{
    if (!ms.isDouble())
        return QString();
    const QTimeZone zone(details.value(QLatin1String(zoneKey)).toString().toUtf8());
    return QDateTime::fromMSecsSinceEpoch(ms.toInteger(), Qt::UTC)
        .toTimeZone(zone.isValid() ? zone : QTimeZone::utc())
        .toString(QStringLiteral("ddd d MMM yyyy HH:mm"));
}

QString localTime(const QJsonObject &details, const char *msKey, const char *zoneKey)
{
    return localTime(details, details.value(QLatin1String(msKey)), zoneKey);
}

QString flightLine(const QJsonObject &details)
{
    return QStringLiteral("Flight %1 from %2 to %3, departing %4 (local time).")
        .arg(details.value(QLatin1String("flight")).toString(), details.value(QLatin1String("origin")).toString(),
             details.value(QLatin1String("destination")).toString(), localTime(details, "departure_ms", "time_zone"));
}

namespace {

// A retime's times after it: the next retime's "before", else the flight's as it is now.
QJsonObject timesAfter(const QJsonArray &changes, qsizetype index, const QJsonObject &details)
{
    for (qsizetype later = index + 1; later < changes.size(); ++later) {
        const QJsonObject change = changes.at(later).toObject();
        if (change.value(QLatin1String("kind")).toString() == QLatin1String("RETIMED"))
            return {{QStringLiteral("departure_ms"), change.value(QLatin1String("old_departure_ms"))},
                    {QStringLiteral("arrival_ms"), change.value(QLatin1String("old_arrival_ms"))}};
    }
    return {{QStringLiteral("departure_ms"), details.value(QLatin1String("departure_ms"))},
            {QStringLiteral("arrival_ms"), details.value(QLatin1String("arrival_ms"))}};
}

QString changeLine(const QJsonArray &changes, qsizetype index, const QJsonObject &details)
{
    const QJsonObject change = changes.at(index).toObject();
    const QString kind = change.value(QLatin1String("kind")).toString();
    const QString name = change.value(QLatin1String("passenger")).toString();
    const QString oldSeat = change.value(QLatin1String("old_seat")).toString();
    if (kind == QLatin1String("CANCELLED"))
        return QStringLiteral("The flight is cancelled.");
    if (kind == QLatin1String("SEAT_MOVED"))
        return QStringLiteral("The aircraft was changed: %1 moves from seat %2 to seat %3.")
            .arg(name, oldSeat, change.value(QLatin1String("new_seat")).toString());
    if (kind == QLatin1String("NO_SEAT"))
        return QStringLiteral("The aircraft was changed: seat %1 of %2 is not on it and no seat of the same cabin is "
                              "free yet.")
            .arg(oldSeat, name);
    const QJsonObject after = timesAfter(changes, index, details);
    QString line = QStringLiteral("New times: departing %1 (was %2), arriving %3 (was %4), local times.")
                       .arg(localTime(details, after.value(QLatin1String("departure_ms")), "time_zone"),
                            localTime(details, change.value(QLatin1String("old_departure_ms")), "time_zone"),
                            localTime(details, after.value(QLatin1String("arrival_ms")), "arrival_time_zone"),
                            localTime(details, change.value(QLatin1String("old_arrival_ms")), "arrival_time_zone"));
    const QString oldDestination = change.value(QLatin1String("old_destination")).toString();
    if (!oldDestination.isEmpty())
        line += QStringLiteral(" The flight now goes to %1 instead of %2.")
                    .arg(details.value(QLatin1String("destination")).toString(), oldDestination);
    return line;
}

} // namespace

ComposedMessage disruption(const OutboxEntry &entry, const QJsonObject &details)
{
    const QString flight = details.value(QLatin1String("flight")).toString();
    const bool cancelled = details.value(QLatin1String("cancelled")).toBool();
    // An unpaid booking cancelled with its flight gets this message only (migration 0025).
    const bool holdReleased = details.value(QLatin1String("hold_released")).toBool();
    const QJsonArray changes = details.value(QLatin1String("changes")).toArray();
    QSet<QString> kinds;
    ComposedMessage m;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        kinds.insert(changes.at(i).toObject().value(QLatin1String("kind")).toString());
        m.items << changeLine(changes, i, details);
    }
    m.subject = cancelled ? QStringLiteral("Flight %2 cancelled (booking %1)").arg(entry.reference, flight)
                          : QStringLiteral("Flight %2 changed (booking %1)").arg(entry.reference, flight);
    m.headline = cancelled ? QStringLiteral("Flight %1 of your booking %2 has been cancelled.").arg(flight, entry.reference)
                           : QStringLiteral("Flight %1 of your booking %2 has changed.").arg(flight, entry.reference);
    m.intro << flightLine(details);
    m.listTitle = QStringLiteral("What changed:");
    // What to do, for the weightiest change.
    if (cancelled && holdReleased)
        m.closing << QStringLiteral("Your booking %1 was not paid yet: the hold on its seats has been released and "
                                    "nothing was charged. Any kiosk or the airline's desk can book you on another flight.")
                         .arg(entry.reference);
    else if (cancelled)
        m.closing << QStringLiteral("Please contact the airline's desk with the reference %1 to be rebooked or refunded; "
                                    "any kiosk shows the booking with it.")
                         .arg(entry.reference);
    else if (kinds.contains(QStringLiteral("NO_SEAT")))
        m.closing << QStringLiteral("Please see the airline's desk with the reference %1 before you travel: an agent "
                                    "will find you a seat, or rebook or refund you.")
                         .arg(entry.reference);
    else if (kinds.contains(QStringLiteral("RETIMED")))
        m.closing << QStringLiteral("If the new times do not suit you, contact the airline's desk with the reference %1 "
                                    "to change or cancel the booking.")
                         .arg(entry.reference);
    else
        m.closing << QStringLiteral("Any kiosk shows your seats with the reference %1 and a passenger's surname; the "
                                    "airline's desk can change them.")
                         .arg(entry.reference);
    return m;
}

} // namespace MessageParts

} // namespace kiosk
