#include "CheckInCommands.h"

#include "CtlContext.h"
#include "InputParser.h"
#include "checkin/CheckInSeatChanger.h"
#include "checkin/CheckInService.h"

#include <QJsonArray>

namespace kiosk::ctl {

namespace {

QJsonObject passJson(const BoardingPass &pass)
{
    return QJsonObject{
        {QStringLiteral("reference"), pass.reference},
        {QStringLiteral("passenger"), pass.passengerName},
        {QStringLiteral("name_on_pass"), pass.bcbpName},
        {QStringLiteral("seat"), pass.seat.toString()},
        {QStringLiteral("cabin"), cabinName(pass.cabin)},
        {QStringLiteral("sequence"), pass.sequence},
        {QStringLiteral("flight"), pass.flight.key()},
        {QStringLiteral("from"), pass.flight.origin},
        {QStringLiteral("to"), pass.flight.destination},
        {QStringLiteral("departure"), pass.flight.departureUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("checked_in"), pass.checkedInUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("new"), pass.newlyCheckedIn},
        {QStringLiteral("bcbp"), pass.bcbp},
    };
}

} // namespace

int CheckInCommands::checkIn(const CommandArguments &arguments)
{
    const QString scan = arguments.value(QStringLiteral("scan"));
    const QString reference = arguments.positional(0);
    const QString surname = arguments.value(QStringLiteral("surname"));
    if (scan.isEmpty() == reference.isEmpty())
        return m_out.error(makeError(ErrorCode::BadInput,
                                     QStringLiteral("checkin needs either a booking reference with --surname, or --scan")));
    if (!reference.isEmpty() && surname.trimmed().isEmpty())
        return m_out.error(makeError(ErrorCode::BadInput,
                                     QStringLiteral("checkin %1 needs --surname: a passenger's surname as booked").arg(reference)));
    auto seats = InputParser::seatListIfGiven(arguments.isSet(QStringLiteral("passenger")),
                                              arguments.value(QStringLiteral("passenger")));
    if (!seats)
        return m_out.error(seats.error());
    std::optional<SeatCode> newSeat;
    if (arguments.isSet(QStringLiteral("new-seat"))) {
        auto parsed = InputParser::seatList(arguments.value(QStringLiteral("new-seat")));
        if (!parsed)
            return m_out.error(parsed.error());
        if (parsed->size() != 1 || seats->size() != 1 || !scan.isEmpty())
            return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("--new-seat moves one passenger: checkin REF "
                                                                             "--surname NAME --passenger SEAT --new-seat SEAT")));
        newSeat = parsed->first();
    }
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    if (newSeat) {
        auto moved = CheckInSeatChanger((*context)->db(), (*context)->actor()).change(reference, surname, seats->first(), *newSeat);
        if (!moved)
            return m_out.error(moved.error());
        *seats = {*newSeat};
    }
    CheckInService checkIns((*context)->db(), (*context)->actor());
    auto passes = scan.isEmpty() ? checkIns.checkIn(reference, surname, *seats) : checkIns.checkInByBarcode(scan);
    if (!passes)
        return m_out.error(passes.error());
    return printPasses(*passes);
}

int CheckInCommands::printPasses(const QList<BoardingPass> &passes)
{
    QJsonArray list;
    QString text;
    for (const BoardingPass &pass : passes) {
        list.append(passJson(pass));
        text += QStringLiteral("%1  %2 %3-%4  seat %5  boarding number %6  %7%8\n  %9\n")
                    .arg(pass.reference, pass.flight.key(), pass.flight.origin, pass.flight.destination,
                         pass.seat.toString())
                    .arg(pass.sequence)
                    .arg(pass.passengerName, pass.newlyCheckedIn ? QString() : QStringLiteral(" (checked in before)"),
                         pass.bcbp);
    }
    return m_out.result(QJsonObject{{QStringLiteral("passes"), list}}, text.trimmed());
}

int CheckInCommands::offload(const CommandArguments &arguments)
{
    auto reference = InputParser::booking(arguments.positional(0));
    if (!reference)
        return m_out.error(reference.error());
    auto seats = InputParser::seatList(arguments.value(QStringLiteral("passenger")));
    if (!seats)
        return m_out.error(seats.error());
    if (seats->size() != 1)
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("offload takes one passenger: --passenger SEAT")));
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    CheckInService checkIns((*context)->db(), (*context)->actor());
    if (auto done = checkIns.offload(*reference, seats->first(), arguments.value(QStringLiteral("reason"))); !done)
        return m_out.error(done.error());
    return m_out.result(QJsonObject{{QStringLiteral("reference"), *reference},
                                    {QStringLiteral("seat"), seats->first().toString()},
                                    {QStringLiteral("checked_in"), false}},
                        QStringLiteral("offloaded the passenger in %1 of booking %2").arg(seats->first().toString(), *reference));
}

} // namespace kiosk::ctl
