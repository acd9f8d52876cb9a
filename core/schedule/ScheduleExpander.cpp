#include "ScheduleExpander.h"

#include <QHash>

namespace kiosk {

namespace {

QDateTime utcOf(const QDate &date, const QTime &localTime, int utcOffsetMinutes)
{
    return QDateTime(date, localTime, Qt::UTC).addSecs(-qint64(utcOffsetMinutes) * 60);
}

QString isoMinutes(const QDateTime &utc)
{
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mmZ"));
}

Error lineError(int line, const QString &text)
{
    return makeError(ErrorCode::BadInput, ScheduleExpander::tr("line %1, %2").arg(line).arg(text));
}

} // namespace

Result<QList<ScheduledLeg>> ScheduleExpander::expand(const SsimFile &file)
{
    QList<ScheduledLeg> legs;
    QHash<QString, int> lineOfLeg; // legKey -> line that first gave it
    for (const SsimLeg &record : file.legs) {
        if (record.airline.size() != 2)
            return lineError(record.line, QStringLiteral("columns 3-5: airline designator \"%1\" has three characters; "
                                                         "flights are stored with the two-character IATA designator")
                                              .arg(record.airline));
        QDate last = record.periodTo;
        if (!last.isValid()) {
            const QDate carrierEnd = file.carriers.value(record.carrier).validTo;
            last = carrierEnd.isValid() && carrierEnd >= record.periodFrom ? carrierEnd
                                                                           : record.periodFrom.addDays(OpenEndDays - 1);
        }
        if (record.periodFrom.daysTo(last) >= MaxPeriodDays)
            return lineError(record.line, QStringLiteral("columns 15-28: period of operation %1 to %2 is longer than two "
                                                         "years; split the schedule into seasons")
                                              .arg(record.periodFrom.toString(Qt::ISODate), last.toString(Qt::ISODate)));
        const QDate firstMonday = record.periodFrom.addDays(1 - record.periodFrom.dayOfWeek());
        for (QDate date = record.periodFrom; date <= last; date = date.addDays(1)) {
            if (!record.operatesOn(date.dayOfWeek()))
                continue;
            if (record.frequencyRate == 2 && (firstMonday.daysTo(date) / 7) % 2 != 0)
                continue;
            ScheduledLeg leg;
            Flight &flight = leg.flight;
            flight.carrier = record.airline;
            flight.number = record.flightNumber;
            flight.departureDate = date.addDays(record.departureDateVariation);
            flight.origin = record.origin;
            flight.destination = record.destination;
            flight.departureUtc = utcOf(flight.departureDate, record.departureLocal, record.departureUtcOffsetMinutes);
            flight.arrivalUtc = utcOf(date.addDays(record.arrivalDateVariation), record.arrivalLocal,
                                      record.arrivalUtcOffsetMinutes);
            leg.aircraftType = record.aircraftType;
            leg.configuration = record.configuration;
            leg.sourceLine = record.line;
            leg.originUtcOffsetMinutes = record.departureUtcOffsetMinutes;
            leg.destinationUtcOffsetMinutes = record.arrivalUtcOffsetMinutes;
            // Files in the field (the real sample among them) leave the arrival date variation
            // blank on overnight legs: blank and not after the departure means the next day.
            if (flight.arrivalUtc <= flight.departureUtc && !record.arrivalDateVariationGiven)
                flight.arrivalUtc = flight.arrivalUtc.addDays(1);
            // The same for every date of the record, so the first date tells.
            if (flight.arrivalUtc <= flight.departureUtc)
                return lineError(record.line,
                                 QStringLiteral("columns 40-70: flight %1 on %2 arrives %3, not after it departs %4 (UTC); "
                                                "check the times, UTC variations and date variations (columns 193-194)")
                                     .arg(flight.designator(), date.toString(Qt::ISODate), isoMinutes(flight.arrivalUtc),
                                          isoMinutes(flight.departureUtc)));
            const QString key = leg.legKey();
            if (const auto known = lineOfLeg.constFind(key); known != lineOfLeg.cend())
                return makeError(ErrorCode::BadInput,
                                 tr("lines %1 and %2: flight %3 departs %4 on %5 in both (a duplicate leg)")
                                     .arg(known.value()).arg(record.line)
                                     .arg(flight.designator(), flight.origin, flight.departureDate.toString(Qt::ISODate)));
            lineOfLeg.insert(key, record.line);
            legs << leg;
        }
    }
    return legs;
}

} // namespace kiosk
