#include "ReportTables.h"

#include "HumanFormat.h"
#include "TextTable.h"

namespace kiosk::ctl {

namespace {

QString count(qint64 value)
{
    return QString::number(value);
}

QString percent(std::optional<double> ratio)
{
    return ratio ? QString::number(*ratio * 100.0, 'f', 1) : QString();
}

ReportTable summary(const SalesReport &r)
{
    ReportTable t{QStringLiteral("summary"), {QStringLiteral("metric"), QStringLiteral("value")}, {}, {false, true}};
    t.rows = {{QStringLiteral("from"), r.period.from().toString(Qt::ISODate)},
              {QStringLiteral("to"), r.period.to().toString(Qt::ISODate)},
              {QStringLiteral("time_zone"), QStringLiteral("UTC")},
              {QStringLiteral("generated_utc"), HumanFormat::time(r.generatedUtc)},
              {QStringLiteral("bookings"), count(r.funnel.initiated)},
              {QStringLiteral("payment_attempts"), count(r.paymentAttempts)},
              {QStringLiteral("payments_approved"), count(r.paymentsApproved)},
              {QStringLiteral("payments_declined"), count(r.paymentsDeclined)},
              {QStringLiteral("payment_success_pct"), percent(r.paymentSuccessRate())},
              {QStringLiteral("holds_placed"), count(r.holdsPlaced)},
              {QStringLiteral("holds_expired"), count(r.holdsExpired)},
              {QStringLiteral("expired_hold_pct"), percent(r.expiredHoldRate())}};
    for (const Money &amount : r.totalRevenue())
        t.rows.append({QStringLiteral("revenue_") + amount.currency(), amount.amountString()});
    t.rows.append({QStringLiteral("vouchers_redeemed"), count(r.vouchersRedeemed)});
    for (const Money &amount : r.voucherDiscounts)
        t.rows.append({QStringLiteral("voucher_discount_") + amount.currency(), amount.amountString()});
    return t;
}

ReportTable funnel(const SalesReport &r)
{
    ReportTable t{QStringLiteral("funnel"),
                  {QStringLiteral("step"), QStringLiteral("bookings"), QStringLiteral("pct_of_initiated")},
                  {},
                  {false, true, true}};
    const auto of = [&](qint64 n) {
        return percent(r.funnel.initiated > 0 ? std::optional<double>(double(n) / double(r.funnel.initiated))
                                              : std::nullopt);
    };
    const QList<QPair<BookingState, qint64>> steps{{BookingState::Initiated, r.funnel.initiated},
                                                   {BookingState::SeatHeld, r.funnel.seatHeld},
                                                   {BookingState::PaymentPending, r.funnel.paymentPending},
                                                   {BookingState::Confirmed, r.funnel.confirmed}};
    for (const auto &[state, n] : steps)
        t.rows.append({bookingStateName(state), count(n), of(n)});
    return t;
}

ReportTable states(const SalesReport &r)
{
    ReportTable t{QStringLiteral("states"), {QStringLiteral("state"), QStringLiteral("bookings")}, {}, {false, true}};
    for (const auto &[state, n] : r.states)
        t.rows.append({bookingStateName(state), count(n)});
    return t;
}

ReportTable flights(const SalesReport &r)
{
    ReportTable t{QStringLiteral("flights"),
                  {QStringLiteral("flight"), QStringLiteral("from"), QStringLiteral("to"),
                   QStringLiteral("departure_utc"), QStringLiteral("seats_sold"), QStringLiteral("capacity"),
                   QStringLiteral("load_factor_pct"), QStringLiteral("revenue"), QStringLiteral("currency")},
                  {},
                  {false, false, false, false, true, true, true, true, false}};
    for (const FlightSales &f : r.flights)
        t.rows.append({f.key, f.origin, f.destination, HumanFormat::time(f.departureUtc), count(f.seatsSold),
                       count(f.seatCapacity), percent(f.loadFactor()), f.revenue.amountString(),
                       f.revenue.currency()});
    return t;
}

ReportTable days(const SalesReport &r)
{
    // One revenue column per currency of the period, so every row has the same columns.
    QStringList currencies;
    for (const Money &amount : r.totalRevenue())
        currencies << amount.currency();
    ReportTable t{QStringLiteral("days"),
                  {QStringLiteral("date"), QStringLiteral("bookings"), QStringLiteral("confirmed")},
                  {},
                  {false, true, true}};
    for (const QString &currency : std::as_const(currencies)) {
        t.headers << QStringLiteral("revenue_") + currency;
        t.numeric << true;
    }
    for (const DailySales &d : r.days) {
        QStringList row{d.day.toString(Qt::ISODate), count(d.bookings), count(d.confirmed)};
        for (const QString &currency : std::as_const(currencies)) {
            Money amount(0, currency);
            for (const Money &m : d.revenue)
                if (m.currency() == currency)
                    amount = m;
            row << amount.amountString();
        }
        t.rows.append(row);
    }
    return t;
}

} // namespace

QStringList ReportTables::sectionNames()
{
    return {QStringLiteral("summary"), QStringLiteral("funnel"), QStringLiteral("states"), QStringLiteral("flights"),
            QStringLiteral("days")};
}

QList<ReportTable> ReportTables::build(const SalesReport &report)
{
    return {summary(report), funnel(report), states(report), flights(report), days(report)};
}

QString ReportTables::text(const SalesReport &report, const QString &section)
{
    QString out = QStringLiteral("Report %1 to %2 (UTC days, both included)\n")
                      .arg(report.period.from().toString(Qt::ISODate), report.period.to().toString(Qt::ISODate));
    for (const ReportTable &table : build(report)) {
        if (!section.isEmpty() && table.name != section)
            continue;
        QList<TextTable::Align> aligns;
        for (bool numeric : table.numeric)
            aligns << (numeric ? TextTable::Align::Right : TextTable::Align::Left);
        TextTable text(table.headers, aligns);
        for (const QStringList &row : table.rows)
            text.addRow(row);
        out += QLatin1Char('\n') + table.name.toUpper() + QLatin1Char('\n')
            + (table.rows.isEmpty() ? QStringLiteral("(none)\n") : text.toString());
    }
    return out;
}

QString ReportTables::csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString ReportTables::csv(const SalesReport &report, const QString &section)
{
    const auto line = [](const QStringList &cells) {
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << csvField(cell);
        return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString out;
    for (const ReportTable &table : build(report)) {
        if (!section.isEmpty() && table.name != section)
            continue;
        if (section.isEmpty())
            out += (out.isEmpty() ? QString() : QStringLiteral("\r\n")) + line({table.name});
        out += line(table.headers);
        for (const QStringList &row : table.rows)
            out += line(row);
    }
    return out;
}

} // namespace kiosk::ctl
