#include "SalesReport.h"

namespace kiosk {

namespace {
std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}
} // namespace

std::optional<double> FlightSales::loadFactor() const
{
    return ratio(seatsSold, seatCapacity);
}

std::optional<double> SalesReport::paymentSuccessRate() const
{
    return ratio(paymentsApproved, paymentAttempts);
}

std::optional<double> SalesReport::expiredHoldRate() const
{
    return ratio(holdsExpired, holdsPlaced);
}

qint64 SalesReport::bookingsIn(BookingState state) const
{
    for (const auto &[s, count] : states)
        if (s == state)
            return count;
    return 0;
}

QList<Money> SalesReport::totalRevenue() const
{
    QList<Money> total;
    for (const DailySales &day : days)
        for (const Money &amount : day.revenue)
            addTo(total, amount);
    return total;
}

void SalesReport::addTo(QList<Money> &amounts, const Money &amount)
{
    auto at = amounts.begin();
    while (at != amounts.end() && at->currency() < amount.currency())
        ++at;
    if (at != amounts.end() && at->currency() == amount.currency())
        *at = *at + amount;
    else
        amounts.insert(at, amount);
}

} // namespace kiosk
