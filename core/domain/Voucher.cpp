#include "Voucher.h"

#include <QLocale>
#include <QRegularExpression>

namespace kiosk {

namespace {

Error refused(const QString &reason, const QString &message)
{
    return makeError(ErrorCode::VoucherRefused, message, {reason});
}

QString whenUtc(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString cabinList(const QList<Cabin> &cabins)
{
    QStringList names;
    for (const Cabin cabin : cabins)
        names << QStringLiteral("%1 (%2)").arg(cabinName(cabin), cabinCode(cabin));
    return names.join(QStringLiteral(", "));
}

} // namespace

Result<VoucherTerms> VoucherTerms::validate(VoucherTerms terms)
{
    if (terms.percent.has_value() == terms.amount.has_value())
        return makeError(ErrorCode::BadInput, Voucher::tr("a voucher gives either --percent or --amount off, one of them"));
    if (terms.percent && (*terms.percent < 1 || *terms.percent > 100))
        return makeError(ErrorCode::BadInput,
                         Voucher::tr("--percent must be 1 to 100, not %1").arg(*terms.percent));
    if (terms.amount && (!terms.amount->isValid() || terms.amount->minorUnits() <= 0))
        return makeError(ErrorCode::BadInput, Voucher::tr("--amount must be more than 0.00 in a currency"));
    if (terms.minAmount && (!terms.minAmount->isValid() || terms.minAmount->minorUnits() < 0))
        return makeError(ErrorCode::BadInput, Voucher::tr("--min-amount must be 0.00 or more in a currency"));
    if (terms.amount && terms.minAmount && terms.amount->currency() != terms.minAmount->currency())
        return makeError(ErrorCode::BadInput, Voucher::tr("--amount and --min-amount must be in one currency"));
    if (terms.validFrom.isValid() && terms.validTo.isValid() && terms.validTo <= terms.validFrom)
        return makeError(ErrorCode::BadInput, Voucher::tr("--valid-to must come after --valid-from"));
    if (terms.maxUses && (*terms.maxUses < 1 || *terms.maxUses > MaxUsesLimit))
        return makeError(ErrorCode::BadInput,
                         Voucher::tr("--max-uses must be 1 to %1, not %2").arg(MaxUsesLimit).arg(*terms.maxUses));
    QStringList flights;
    for (const QString &flight : std::as_const(terms.flights)) {
        const QString upper = flight.trimmed().toUpper();
        static const QRegularExpression designator(QStringLiteral("^[A-Z0-9]{2}[1-9][0-9]{0,3}$"));
        if (!designator.match(upper).hasMatch())
            return makeError(ErrorCode::BadInput,
                             Voucher::tr("--flights takes flight numbers such as KX101, not '%1'").arg(flight));
        if (!flights.contains(upper))
            flights << upper;
    }
    terms.flights = flights;
    QList<Cabin> cabins;
    for (const Cabin cabin : std::as_const(terms.cabins))
        if (!cabins.contains(cabin))
            cabins << cabin;
    terms.cabins = cabins;
    return terms;
}

QString VoucherTerms::currency() const
{
    if (amount)
        return amount->currency();
    return minAmount ? minAmount->currency() : QString();
}

QString Voucher::benefit() const
{
    if (terms.percent)
        return QStringLiteral("%1 % off").arg(*terms.percent);
    return terms.amount ? QStringLiteral("%1 off").arg(terms.amount->toString()) : QString();
}

Money Voucher::discountOn(const Money &price) const
{
    qint64 off = 0;
    if (terms.percent)
        off = price.minorUnits() * *terms.percent / 100;
    else if (terms.amount)
        off = terms.amount->minorUnits();
    return Money(qBound<qint64>(0, off, price.minorUnits()), price.currency());
}

std::optional<Error> Voucher::refusalFor(const Booking &booking, const QDateTime &nowUtc) const
{
    const QString name = QStringLiteral("voucher %1").arg(hint);
    if (disabled())
        return refused(QStringLiteral("voucher_disabled"),
                       Voucher::tr("%1 was withdrawn on %2 and can no longer be used").arg(name, whenUtc(disabledUtc)));
    if (terms.validFrom.isValid() && nowUtc < terms.validFrom)
        return refused(QStringLiteral("voucher_not_yet_valid"),
                       Voucher::tr("%1 can be used from %2").arg(name, whenUtc(terms.validFrom)));
    if (terms.validTo.isValid() && nowUtc >= terms.validTo)
        return refused(QStringLiteral("voucher_expired"),
                       Voucher::tr("%1 expired on %2").arg(name, whenUtc(terms.validTo)));
    if (terms.maxUses && uses >= *terms.maxUses)
        return refused(QStringLiteral("voucher_used_up"),
                       Voucher::tr("%1 has been used as often as it may be (%2 times)").arg(name).arg(*terms.maxUses));
    const QString designator = booking.flightKey.section(QLatin1Char('/'), 0, 0);
    if (!terms.flights.isEmpty() && !terms.flights.contains(designator))
        return refused(QStringLiteral("voucher_wrong_flight"),
                       Voucher::tr("%1 is valid only on %2, not on %3")
                           .arg(name, terms.flights.join(QStringLiteral(", ")), designator));
    for (const Passenger &passenger : booking.passengers) {
        if (passenger.active && !terms.cabins.isEmpty() && !terms.cabins.contains(passenger.cabin))
            return refused(QStringLiteral("voucher_wrong_cabin"),
                           Voucher::tr("%1 is valid only in %2; seat %3 is %4")
                               .arg(name, cabinList(terms.cabins), passenger.seat.toString(),
                                    cabinList({passenger.cabin})));
    }
    const QString currency = terms.currency();
    if (!currency.isEmpty() && currency != booking.total.currency())
        return refused(QStringLiteral("voucher_wrong_currency"),
                       Voucher::tr("%1 is in %2; this booking is priced in %3")
                           .arg(name, currency, booking.total.currency()));
    if (terms.minAmount && booking.total.minorUnits() < terms.minAmount->minorUnits())
        return refused(QStringLiteral("voucher_below_minimum"),
                       Voucher::tr("%1 needs a booking of at least %2; this one is %3")
                           .arg(name, terms.minAmount->toString(), booking.total.toString()));
    return std::nullopt;
}

} // namespace kiosk
