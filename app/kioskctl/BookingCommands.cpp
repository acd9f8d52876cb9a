#include "BookingCommands.h"

#include "TerminalInput.h"

#include "CtlContext.h"
#include "HumanFormat.h"
#include "InputParser.h"
#include "JsonFormat.h"
#include "domain/ContactDetails.h"
#include "domain/VoucherCode.h"
#include "payment/CardDetails.h"
#include "payment/FutureWait.h"
#include "storage/VoucherRepository.h"

namespace kiosk::ctl {

int BookingCommands::printBooking(CtlContext &context, const Booking &booking, const QString &headline,
                                  const QJsonObject &extra)
{
    const QDateTime now = context.serverNow();
    QJsonObject object = JsonFormat::booking(booking, now);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return m_out.result(object, headline + QLatin1Char('\n') + HumanFormat::booking(booking, now));
}

int BookingCommands::hold(const CommandArguments &arguments)
{
    auto flight = InputParser::flight(arguments.positional(0));
    if (!flight)
        return m_out.error(flight.error());
    auto seats = InputParser::seatList(arguments.positional(1));
    if (!seats)
        return m_out.error(seats.error());

    HoldRequest request;
    request.flight = *flight;
    request.seats = *seats;
    request.passengers = arguments.values(QStringLiteral("passenger"));
    request.idempotencyKey = arguments.value(QStringLiteral("idempotency-key")).trimmed();
    request.contact = {arguments.value(QStringLiteral("email")), arguments.value(QStringLiteral("phone"))};
    if (arguments.isSet(QStringLiteral("idempotency-key")) && request.idempotencyKey.isEmpty())
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("--idempotency-key must not be empty")));
    if (arguments.isSet(QStringLiteral("ttl"))) {
        auto ttl = InputParser::integer(arguments.value(QStringLiteral("ttl")), QStringLiteral("ttl"),
                                        HoldRequest::MinTtlSeconds, HoldRequest::MaxTtlSeconds);
        if (!ttl)
            return m_out.error(ttl.error());
        request.ttlSeconds = *ttl;
    }
    if (!request.passengers.isEmpty() && request.passengers.size() != request.seats.size())
        return m_out.error(makeError(ErrorCode::BadInput,
                                     QStringLiteral("%1 seat(s) but %2 --passenger name(s); give one name per seat, in "
                                                    "seat order, or none")
                                         .arg(request.seats.size())
                                         .arg(request.passengers.size())));

    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    auto booking = (*context)->service().hold(request);
    if (!booking)
        return m_out.error(booking.error());
    QStringList codes;
    for (const SeatCode &seat : booking->seats())
        codes << seat.toString();
    QString headline = QStringLiteral("held %1 on %2 as %3")
                           .arg(codes.join(QStringLiteral(", ")), booking->flightKey, booking->reference);
    QJsonObject extra;
    if (auto stored = ContactDetails::validate(request.contact.email, request.contact.phone); stored && !stored->isEmpty()) {
        extra.insert(QStringLiteral("contact"), JsonFormat::contact(*stored));
        headline += QStringLiteral("; contact %1").arg(QStringList{stored->email, stored->phone}.join(QLatin1Char(' ')).trimmed());
    }
    return printBooking(**context, *booking, headline, extra);
}

int BookingCommands::pay(const CommandArguments &arguments)
{
    auto reference = InputParser::booking(arguments.positional(0));
    if (!reference)
        return m_out.error(reference.error());
    if (arguments.isSet(QStringLiteral("card")) || arguments.isSet(QStringLiteral("cvc"))) // the value is not repeated
        return m_out.error(makeError(ErrorCode::BadInput,
                                     QStringLiteral("pay: card numbers and security codes are never taken on the "
                                                    "command line (every user of the machine can read it); type them "
                                                    "when asked, or give them as two lines on standard input or on "
                                                    "--card-fd N")));
    auto fd = arguments.isSet(QStringLiteral("card-fd"))
        ? InputParser::integer(arguments.value(QStringLiteral("card-fd")), QStringLiteral("card-fd"), 0, 1023)
        : Result<int>(0);
    if (!fd)
        return m_out.error(fd.error());
    TerminalInput input(*fd);
    const auto number = input.secretLine(QStringLiteral("card number"));
    const auto cvc = number ? input.secretLine(QStringLiteral("security code")) : std::nullopt;
    if (!number || !cvc)
        return m_out.error(makeError(ErrorCode::BadInput,
                                     QStringLiteral("pay: no card: give the card number and the security code as two "
                                                    "lines (the test cards are listed by 'kioskctl help pay')")));
    CardDetails card;
    card.number = *number;
    card.cvc = cvc->trimmed();
    const QString expiry = arguments.value(QStringLiteral("expiry"));
    if (!card.setExpiry(expiry))
        return m_out.error(makeError(ErrorCode::BadInput,
                                     QStringLiteral("--expiry must be MM/YY or MM/YYYY, not '%1'").arg(expiry)));

    auto context = openForPayments(arguments);
    if (!context)
        return m_out.error(context.error());
    BookingService &service = (*context)->service();
    const QString voucherCode = arguments.value(QStringLiteral("voucher"));
    if (arguments.isSet(QStringLiteral("voucher"))) {
        if (auto code = VoucherCode::normalise(voucherCode); !code)
            return m_out.error(code.error());
    }
    auto booking = waitFor(service.submitPayment(*reference, card, voucherCode), CtlContext::GatewayWaitMs);
    if (!booking)
        return m_out.error(booking.error());

    // Only the safe facts about the card leave this function (rule 6).
    const QString digits = CardValidator::digitsOnly(card.number);
    const QString brand = CardValidator::brandOf(digits);
    const QString last4 = digits.right(4);
    QJsonObject extra{
        {QStringLiteral("card"), QJsonObject{{QStringLiteral("brand"), brand}, {QStringLiteral("last4"), last4}}}};
    Money paid = booking->total;
    QString discountText;
    if (!voucherCode.isEmpty()) {
        auto discount = VoucherRepository((*context)->db()).discountOf(booking->id);
        if (discount && *discount) {
            const VoucherDiscount &d = **discount;
            paid = Money(d.price.minorUnits() - d.discount.minorUnits(), d.price.currency());
            extra.insert(QStringLiteral("voucher"), QJsonObject{{QStringLiteral("code_hint"), d.hint},
                                                                {QStringLiteral("benefit"), d.benefit},
                                                                {QStringLiteral("price"), JsonFormat::money(d.price)},
                                                                {QStringLiteral("discount"), JsonFormat::money(d.discount)},
                                                                {QStringLiteral("paid"), JsonFormat::money(paid)}});
            discountText = QStringLiteral(" (%1 less %2 with voucher %3)").arg(d.price.toString(), d.discount.toString(), d.hint);
        }
    }
    return printBooking(**context, *booking,
                        QStringLiteral("paid %1%2 by %3 card ending %4: booking %5 is %6")
                            .arg(paid.toString(), discountText, brand, last4, booking->reference,
                                 bookingStateName(booking->state)),
                        extra);
}

int BookingCommands::cancel(const CommandArguments &arguments)
{
    auto reference = InputParser::booking(arguments.positional(0));
    if (!reference)
        return m_out.error(reference.error());
    const bool withRefund = arguments.isSet(QStringLiteral("refund")) || arguments.isSet(QStringLiteral("passenger"))
        || arguments.isSet(QStringLiteral("override-refund"));
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent,
                                    std::optional<QString>(arguments.value(QStringLiteral("gateway"))));
    if (!context)
        return m_out.error(context.error());
    if (withRefund)
        return cancelWithRefund(**context, *reference, arguments);
    auto booking = (*context)->service().cancel(*reference, arguments.value(QStringLiteral("reason")).trimmed());
    if (!booking && booking.error().code == ErrorCode::WrongState) {
        // A paid booking is cancelled with what it owes back (by the policy, possibly
        // nothing), written in the same transaction: plain cancel is for unpaid holds.
        const auto current = (*context)->service().find(*reference);
        if (current && current->state == BookingState::Confirmed)
            return cancelWithRefund(**context, *reference, arguments);
    }
    if (!booking)
        return m_out.error(booking.error());
    return printBooking(**context, *booking, QStringLiteral("cancelled booking %1").arg(booking->reference));
}

int BookingCommands::cancelWithRefund(CtlContext &context, const QString &reference, const CommandArguments &arguments)
{
    CancellationRequest request;
    request.reference = reference;
    request.reason = arguments.value(QStringLiteral("reason")).trimmed();
    if (arguments.isSet(QStringLiteral("passenger"))) {
        auto seat = InputParser::seatList(arguments.value(QStringLiteral("passenger")));
        if (!seat)
            return m_out.error(seat.error());
        if (seat->size() != 1)
            return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("--passenger names one seat")));
        request.passengerSeat = seat->first();
    }
    if (arguments.isSet(QStringLiteral("override-refund"))) {
        auto booking = context.service().find(reference);
        if (!booking)
            return m_out.error(booking.error());
        auto amount = InputParser::money(arguments.value(QStringLiteral("override-refund")), booking->total.currency());
        if (!amount)
            return m_out.error(amount.error());
        request.overrideRefundMinor = amount->minorUnits();
        request.overrideReason = arguments.value(QStringLiteral("override-reason")).trimmed();
    }
    auto outcome = waitFor(context.service().cancelWithRefund(request), 60000);
    if (!outcome)
        return m_out.error(outcome.error());
    const RefundQuote &quote = outcome->quote;
    const QJsonObject refund{{QStringLiteral("amount"), JsonFormat::money(outcome->refunded)},
                             {QStringLiteral("policy_amount"), JsonFormat::money(quote.policyAmount)},
                             {QStringLiteral("percent"), quote.percent},
                             {QStringLiteral("policy"), quote.policy},
                             {QStringLiteral("hours_before_departure"), double(quote.secondsBeforeDeparture / 36) / 100.0},
                             {QStringLiteral("overridden"), outcome->overridden}};
    const QString what = request.passengerSeat ? QStringLiteral("cancelled the passenger in %1 of booking %2")
                                                     .arg(request.passengerSeat->toString(), outcome->booking.reference)
                                               : QStringLiteral("cancelled booking %1").arg(outcome->booking.reference);
    return printBooking(context, outcome->booking,
                        QStringLiteral("%1; refunded %2 (%3)")
                            .arg(what, outcome->refunded.toString(),
                                 outcome->overridden ? QStringLiteral("supervisor override; the policy said %1")
                                                           .arg(quote.policyAmount.toString())
                                                     : QStringLiteral("%1 % by the policy").arg(quote.percent)),
                        QJsonObject{{QStringLiteral("refund"), refund}});
}

int BookingCommands::refund(const CommandArguments &arguments)
{
    auto reference = InputParser::booking(arguments.positional(0));
    if (!reference)
        return m_out.error(reference.error());
    RefundRequest request;
    request.booking = *reference;
    request.reason = arguments.value(QStringLiteral("reason")).trimmed();
    request.idempotencyKey = arguments.value(QStringLiteral("idempotency-key")).trimmed();
    if (arguments.isSet(QStringLiteral("idempotency-key")) && request.idempotencyKey.isEmpty())
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("--idempotency-key must not be empty")));
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent,
                                    std::optional<QString>(arguments.value(QStringLiteral("gateway"))));
    if (!context)
        return m_out.error(context.error());
    BookingService &service = (*context)->service();
    if (arguments.isSet(QStringLiteral("amount"))) {
        auto booking = service.find(*reference);
        if (!booking)
            return m_out.error(booking.error());
        auto amount = InputParser::money(arguments.value(QStringLiteral("amount")), booking->total.currency());
        if (!amount)
            return m_out.error(amount.error());
        request.amount = *amount;
    }
    auto booking = waitFor(service.refund(request), CtlContext::GatewayWaitMs);
    if (!booking)
        return m_out.error(booking.error());
    return printBooking(**context, *booking,
                        QStringLiteral("refunded %1 on booking %2").arg(booking->refunded.toString(), booking->reference));
}

int BookingCommands::show(const CommandArguments &arguments)
{
    auto reference = InputParser::booking(arguments.positional(0));
    if (!reference)
        return m_out.error(reference.error());
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    BookingService &service = (*context)->service();
    auto booking = service.find(*reference);
    if (!booking)
        return m_out.error(booking.error());
    auto history = service.history(booking->reference);
    if (!history)
        return m_out.error(history.error());
    auto contact = service.contact(booking->reference);
    if (!contact)
        return m_out.error(contact.error());

    QJsonArray entries;
    for (const AuditEntry &entry : std::as_const(*history))
        entries.append(JsonFormat::auditEntry(entry));
    const QDateTime now = (*context)->serverNow();
    QJsonObject object = JsonFormat::booking(*booking, now);
    object.insert(QStringLiteral("contact"), JsonFormat::contact(*contact));
    object.insert(QStringLiteral("history"), entries);
    return m_out.result(object, HumanFormat::booking(*booking, now) + QLatin1Char('\n') + HumanFormat::contact(*contact)
                                    + QStringLiteral("\nHistory\n") + HumanFormat::history(*history));
}

int BookingCommands::expire(const CommandArguments &)
{
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    auto report = (*context)->service().expireDue();
    if (!report)
        return m_out.error(report.error());
    const QJsonObject object{{QStringLiteral("released"), report->released.size()},
                             {QStringLiteral("references"), QJsonArray::fromStringList(report->released)}};
    const QString text = report->released.isEmpty()
        ? QStringLiteral("no hold is past its deadline")
        : QStringLiteral("released %1 lapsed hold(s): %2")
              .arg(report->released.size())
              .arg(report->released.join(QStringLiteral(", ")));
    return m_out.result(object, text);
}

Result<std::unique_ptr<CtlContext>> BookingCommands::openForPayments(const CommandArguments &arguments) const
{
    std::optional<int> attemptSeconds;
    if (arguments.isSet(QStringLiteral("attempt-timeout"))) {
        auto seconds = InputParser::integer(arguments.value(QStringLiteral("attempt-timeout")),
                                            QStringLiteral("attempt-timeout"), 1, 3600);
        if (!seconds)
            return seconds.error();
        attemptSeconds = *seconds;
    }
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent,
                                    std::optional<QString>(arguments.value(QStringLiteral("gateway"))));
    if (!context)
        return context.error();
    if (attemptSeconds) // a payment this old is no longer waited for by the terminal that started it
        (*context)->service().setPaymentAttemptSeconds(*attemptSeconds);
    return context;
}

int BookingCommands::reconcile(const CommandArguments &arguments)
{
    auto context = openForPayments(arguments);
    if (!context)
        return m_out.error(context.error());
    auto report = waitFor((*context)->service().reconcilePayments(), CtlContext::GatewayWaitMs);
    if (!report)
        return m_out.error(report.error());
    QJsonArray actions;
    QStringList lines;
    for (const ReconcileAction &action : std::as_const(report->actions)) {
        actions.append(QJsonObject{{QStringLiteral("booking"), action.booking},
                                   {QStringLiteral("payment_key"), action.paymentKey},
                                   {QStringLiteral("outcome"), reconcileOutcomeName(action.outcome)},
                                   {QStringLiteral("state"), action.bookingState},
                                   {QStringLiteral("detail"), action.detail}});
        lines << QStringLiteral("%1  %2  %3 -> %4: %5")
                     .arg(action.booking, action.paymentKey, reconcileOutcomeName(action.outcome), action.bookingState, action.detail);
    }
    const int left = report->left();
    const QJsonObject object{{QStringLiteral("resolved"), int(report->actions.size()) - left},
                             {QStringLiteral("left"), left},
                             {QStringLiteral("actions"), actions}};
    const QString text = lines.isEmpty() ? QStringLiteral("no payment needed reconciling")
                                         : QStringLiteral("reconciled %1 payment(s), %2 left for the next run\n%3")
                                               .arg(int(report->actions.size()) - left)
                                               .arg(left)
                                               .arg(lines.join(QLatin1Char('\n')));
    const int printed = m_out.result(object, text);
    // Something still open because the gateway did not answer: "unreachable" for scripts.
    return left > 0 ? Error{ErrorCode::GatewayUnavailable, QString(), {}}.exitCode() : printed;
}

} // namespace kiosk::ctl
