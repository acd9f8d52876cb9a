#include "WatchCommand.h"

#include "auth/AccessPolicy.h"

#include "CtlContext.h"
#include "InputParser.h"
#include "JsonFormat.h"
#include "StopSignals.h"
#include "booking/FlightCatalog.h"
#include "booking/LiveSync.h"
#include "booking/SeatWatch.h"
#include "storage/FlightRepository.h"

#include <QCoreApplication>
#include <QTimer>

namespace kiosk::ctl {

namespace {

// Milliseconds matter here: the lines are how operators and tests see propagation delay.
QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject eventLine(const QString &event, const QDateTime &at)
{
    return QJsonObject{{QStringLiteral("event"), event}, {QStringLiteral("at"), timeText(at)}};
}

} // namespace

int WatchCommand::run(const CommandArguments &arguments)
{
    auto ref = InputParser::flight(arguments.positional(0));
    if (!ref)
        return m_out.error(ref.error());
    int seconds = 0;
    if (arguments.isSet(QStringLiteral("for"))) {
        auto limit = InputParser::integer(arguments.value(QStringLiteral("for")), QStringLiteral("for"), 1, MaxSeconds);
        if (!limit)
            return m_out.error(limit.error());
        seconds = *limit;
    }
    auto url = CtlContext::resolveUrl(m_global);
    if (!url)
        return m_out.error(url.error());
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    auto flight = FlightRepository((*context)->db()).find(*ref);
    if (!flight)
        return m_out.error(flight.error());

    FlightCatalog catalog((*context)->db());
    SeatWatch watch(catalog, *flight);
    if (auto started = watch.start(); !started)
        return m_out.error(started.error());
    auto live = LiveSync::open(*url, (*context)->service(), (*context)->db());
    if (!live)
        return m_out.error(live.error());

    // Whose booking holds a seat is for staff who may look bookings up, not for a kiosk.
    const bool showReferences = AccessPolicy::allows((*context)->actor().role, Permission::LookUpBookings);
    QObject::connect(&watch, &SeatWatch::seatChanged, [this, showReferences](SeatChange change) {
        if (!showReferences)
            change.reference.clear();
        QJsonObject line{{QStringLiteral("flight"), change.flight},
                         {QStringLiteral("seat"), change.seat.toString()},
                         {QStringLiteral("from"), seatStatusName(change.from)},
                         {QStringLiteral("to"), seatStatusName(change.to)},
                         {QStringLiteral("reference"), change.reference.isEmpty() ? QJsonValue() : change.reference},
                         {QStringLiteral("at"), timeText(change.at)}};
        m_out.line(line, QStringLiteral("%1  %2 %3  %4 -> %5%6")
                             .arg(timeText(change.at), change.flight, change.seat.toString(),
                                  seatStatusName(change.from), seatStatusName(change.to),
                                  change.reference.isEmpty() ? QString() : QStringLiteral("  ") + change.reference));
    });
    QObject::connect(&watch, &SeatWatch::readFailed, [this](const QString &message) {
        QJsonObject line = eventLine(QStringLiteral("read_failed"), QDateTime::currentDateTimeUtc());
        line.insert(QStringLiteral("message"), message);
        m_out.line(line, QStringLiteral("could not re-read the seats: ") + message);
    });
    QObject::connect(live->get(), &LiveSync::seatsChanged, &watch,
                     [&watch](qint64 flightId, const QStringList &) { watch.onSeatsChanged(flightId); });
    QObject::connect(live->get(), &LiveSync::connectionLost, [this](const QString &reason) {
        QJsonObject line = eventLine(QStringLiteral("connection_lost"), QDateTime::currentDateTimeUtc());
        line.insert(QStringLiteral("reason"), reason);
        m_out.line(line, QStringLiteral("connection lost, retrying: ") + reason);
    });
    QObject::connect(live->get(), &LiveSync::connectionRestored, &watch, [this, &watch] {
        m_out.line(eventLine(QStringLiteral("connection_restored"), QDateTime::currentDateTimeUtc()),
                   QStringLiteral("connection restored"));
        watch.onSeatsChanged(0); // whatever happened meanwhile
    });

    StopSignals stop;
    QObject::connect(&stop, &StopSignals::stopRequested, qApp, &QCoreApplication::quit);
    if (seconds > 0)
        QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);

    QJsonObject header = eventLine(QStringLiteral("watching"), (*context)->serverNow());
    header.insert(QStringLiteral("flight"), flight->key());
    header.insert(QStringLiteral("seats"), watch.seatCount());
    m_out.line(header, QStringLiteral("watching %1 (%2 seats); Ctrl-C to stop").arg(flight->key()).arg(watch.seatCount()));
    (*live)->start();
    QCoreApplication::exec();
    return 0;
}

} // namespace kiosk::ctl
