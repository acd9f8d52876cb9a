#include "WaitlistCommands.h"

#include "CtlContext.h"
#include "HumanFormat.h"
#include "InputParser.h"
#include "JsonFormat.h"
#include "TextTable.h"
#include "booking/BookingService.h"
#include "booking/WaitlistOfferer.h"
#include "domain/Cabin.h"

#include <QJsonArray>

namespace kiosk::ctl {

namespace {

Error bad(const QString &message)
{
    return makeError(ErrorCode::BadInput, message);
}

QString line(const WaitlistEntry &e)
{
    QString text = QStringLiteral("waitlist entry %1: %2 seat(s) in %3 on %4 for %5, %6")
                       .arg(e.id)
                       .arg(e.seats())
                       .arg(cabinName(*cabinFromCode(e.cabin)).toLower(), e.flightKey, e.passengers.join(QStringLiteral(", ")),
                            waitlistStateName(e.state));
    if (e.state == WaitlistState::Waiting)
        text += QStringLiteral(", number %1 in line").arg(e.position);
    if (!e.offerReference.isEmpty())
        text += QStringLiteral(", offer %1 until %2").arg(e.offerReference, HumanFormat::time(e.offerDeadlineUtc));
    return text;
}

QString offerLine(const WaitlistOffer &o)
{
    return QStringLiteral("offered %1 to waitlist entry %2 as %3 until %4")
        .arg(o.seats.join(QLatin1Char(',')))
        .arg(o.entryId)
        .arg(o.reference, HumanFormat::time(o.deadlineUtc));
}

Result<qint64> entryId(const QString &text)
{
    if (text.isEmpty())
        return bad(QStringLiteral("give the waitlist entry's number (waitlist list FLIGHT)"));
    auto id = InputParser::integer(text, QStringLiteral("ID"), 1, std::numeric_limits<int>::max());
    if (!id)
        return id.error();
    return qint64(*id);
}

} // namespace

QJsonObject WaitlistCommands::json(const WaitlistEntry &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("flight"), e.flightKey},
                       {QStringLiteral("cabin"), QString(e.cabin)},
                       {QStringLiteral("seats"), e.seats()},
                       {QStringLiteral("passengers"), QJsonArray::fromStringList(e.passengers)},
                       {QStringLiteral("contact"), JsonFormat::contact(e.contact)},
                       {QStringLiteral("state"), waitlistStateName(e.state)},
                       {QStringLiteral("position"), e.position > 0 ? QJsonValue(e.position) : QJsonValue()},
                       {QStringLiteral("offer"), e.offerReference.isEmpty() ? QJsonValue() : QJsonValue(e.offerReference)},
                       {QStringLiteral("offer_deadline"), JsonFormat::time(e.offerDeadlineUtc)},
                       {QStringLiteral("terminal"), e.terminal},
                       {QStringLiteral("joined"), JsonFormat::time(e.createdUtc)}};
}

QJsonObject WaitlistCommands::json(const WaitlistOffer &o)
{
    return QJsonObject{{QStringLiteral("entry"), o.entryId},
                       {QStringLiteral("reference"), o.reference},
                       {QStringLiteral("seats"), QJsonArray::fromStringList(o.seats)},
                       {QStringLiteral("deadline"), JsonFormat::time(o.deadlineUtc)}};
}

int WaitlistCommands::run(const CommandArguments &arguments)
{
    const QString action = arguments.positional(0);
    static const QStringList actions{QStringLiteral("join"),  QStringLiteral("list"),  QStringLiteral("show"),
                                     QStringLiteral("leave"), QStringLiteral("claim"), QStringLiteral("offer"),
                                     QStringLiteral("settings")};
    if (!actions.contains(action))
        return m_out.error(bad(QStringLiteral("waitlist: unknown action '%1'; use %2").arg(action, actions.join(QStringLiteral(", ")))));
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    CtlContext &c = **context;
    if (action == QLatin1String("join"))
        return join(c, arguments);
    if (action == QLatin1String("list"))
        return list(c, arguments);
    if (action == QLatin1String("show") || action == QLatin1String("leave"))
        return show(c, arguments, action == QLatin1String("leave"));
    if (action == QLatin1String("claim"))
        return claim(c, arguments);
    if (action == QLatin1String("offer"))
        return offer(c, arguments);
    return settings(c, arguments);
}

int WaitlistCommands::join(CtlContext &context, const CommandArguments &arguments)
{
    auto flight = InputParser::flight(arguments.positional(1));
    if (!flight)
        return m_out.error(flight.error());
    const auto cabin = InputParser::cabin(arguments.value(QStringLiteral("cabin")));
    if (!cabin)
        return m_out.error(bad(QStringLiteral("--cabin takes F, J, W, Y or the cabin's name")));
    WaitlistRequest request{*flight, cabinCode(*cabin), arguments.values(QStringLiteral("name")),
                            {arguments.value(QStringLiteral("email")), arguments.value(QStringLiteral("phone"))}};
    if (arguments.isSet(QStringLiteral("seats"))) {
        auto seats = InputParser::integer(arguments.value(QStringLiteral("seats")), QStringLiteral("seats"), 1,
                                          HoldRequest::MaxSeats);
        if (!seats)
            return m_out.error(seats.error());
        if (*seats != request.passengers.size())
            return m_out.error(bad(QStringLiteral("--seats %1 but %2 --name(s); give one name per seat")
                                       .arg(*seats)
                                       .arg(request.passengers.size())));
    }
    auto entry = context.service().waitlist().join(request);
    if (!entry)
        return m_out.error(entry.error());
    return m_out.result(json(*entry), QStringLiteral("joined: ") + line(*entry));
}

int WaitlistCommands::list(CtlContext &context, const CommandArguments &arguments)
{
    auto flight = InputParser::flight(arguments.positional(1));
    if (!flight)
        return m_out.error(flight.error());
    auto entries = context.service().waitlist().list(*flight);
    if (!entries)
        return m_out.error(entries.error());
    QJsonArray array;
    TextTable table({QStringLiteral("ID"), QStringLiteral("CABIN"), QStringLiteral("SEATS"), QStringLiteral("STATE"),
                     QStringLiteral("LINE"), QStringLiteral("NAMES"), QStringLiteral("E-MAIL"), QStringLiteral("OFFER"),
                     QStringLiteral("UNTIL")});
    for (const WaitlistEntry &e : std::as_const(*entries)) {
        array.append(json(e));
        table.addRow({QString::number(e.id), QString(e.cabin), QString::number(e.seats()), waitlistStateName(e.state),
                      e.position > 0 ? QString::number(e.position) : QStringLiteral("-"),
                      e.passengers.join(QStringLiteral(", ")), e.contact.email,
                      e.offerReference.isEmpty() ? QStringLiteral("-") : e.offerReference,
                      e.offerDeadlineUtc.isValid() ? HumanFormat::time(e.offerDeadlineUtc) : QStringLiteral("-")});
    }
    const QString text = entries->isEmpty() ? QStringLiteral("nobody is on the waitlist") : table.toString().trimmed();
    return m_out.result(QJsonObject{{QStringLiteral("entries"), array}}, text);
}

int WaitlistCommands::show(CtlContext &context, const CommandArguments &arguments, bool leave)
{
    auto id = entryId(arguments.positional(1));
    if (!id)
        return m_out.error(id.error());
    auto entry = leave ? context.service().waitlist().leave(*id) : context.service().waitlist().find(*id);
    if (!entry)
        return m_out.error(entry.error());
    return m_out.result(json(*entry), (leave ? QStringLiteral("left: ") : QString()) + line(*entry));
}

int WaitlistCommands::claim(CtlContext &context, const CommandArguments &arguments)
{
    const QString reference = arguments.positional(1);
    if (reference.isEmpty())
        return m_out.error(bad(QStringLiteral("waitlist claim: give the offer's booking reference")));
    auto booking = context.service().waitlist().claimOffer(reference, arguments.value(QStringLiteral("surname")));
    if (!booking)
        return m_out.error(booking.error());
    auto now = context.service().serverNow();
    if (!now)
        return m_out.error(now.error());
    return m_out.result(JsonFormat::booking(*booking, *now),
                        QStringLiteral("offer %1 is now this terminal's to pay\n").arg(booking->reference) +
                            HumanFormat::booking(*booking, *now));
}

int WaitlistCommands::offer(CtlContext &context, const CommandArguments &arguments)
{
    // Lapsed holds first: their seats are free once expired.
    if (auto expired = context.service().expireDue(); !expired)
        return m_out.error(expired.error());
    WaitlistOfferer offerer(context.db(), &context.service().events());
    Result<QList<WaitlistOffer>> offers = QList<WaitlistOffer>();
    if (arguments.positional(1).isEmpty()) {
        offers = offerer.sweep();
    } else {
        auto flight = InputParser::flight(arguments.positional(1));
        if (!flight)
            return m_out.error(flight.error());
        auto listed = context.service().waitlist().list(*flight); // the flight exists, and may be looked at
        if (!listed)
            return m_out.error(listed.error());
        offers = listed->isEmpty() ? QList<WaitlistOffer>() : offerer.offerOnFlight(listed->first().flightId);
    }
    if (!offers)
        return m_out.error(offers.error());
    QJsonArray array;
    QStringList lines;
    for (const WaitlistOffer &o : std::as_const(*offers)) {
        array.append(json(o));
        lines << offerLine(o);
    }
    return m_out.result(QJsonObject{{QStringLiteral("offers"), array}},
                        lines.isEmpty() ? QStringLiteral("no seats to offer") : lines.join(QLatin1Char('\n')));
}

int WaitlistCommands::settings(CtlContext &context, const CommandArguments &arguments)
{
    WaitlistService waitlist = context.service().waitlist();
    if (arguments.isSet(QStringLiteral("offer-minutes"))) {
        auto minutes = InputParser::integer(arguments.value(QStringLiteral("offer-minutes")), QStringLiteral("offer-minutes"),
                                            WaitlistService::MinOfferSeconds / 60, WaitlistService::MaxOfferSeconds / 60);
        if (!minutes)
            return m_out.error(minutes.error());
        if (auto saved = waitlist.setOfferSeconds(*minutes * 60); !saved)
            return m_out.error(saved.error());
    }
    auto seconds = waitlist.offerSeconds();
    if (!seconds)
        return m_out.error(seconds.error());
    return m_out.result(QJsonObject{{QStringLiteral("offer_minutes"), *seconds / 60}},
                        QStringLiteral("a waitlist offer holds its seats for %1 minutes").arg(*seconds / 60));
}

} // namespace kiosk::ctl
