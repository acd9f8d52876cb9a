#pragma once

#include "domain/Flight.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace kiosk {

// When an imported flight opens for sale: `opensDays` before departure its seats are made
// (SalesOpener) and it appears on the departures board. Until then it is stored with its
// fares only, so a season's import does not write millions of seat rows nobody can buy
// yet. An agent may open one flight earlier on a customer's request.
struct SalesHorizon {
    static constexpr int StandardOpensDays = 28;

    int opensDays = StandardOpensDays;

    QDateTime opensAt(const QDateTime &departureUtc) const { return departureUtc.addDays(-opensDays); }

    // A hold, a waitlist or a seat map asked for a flight whose seats are not made yet.
    Error notOnSale(const Flight &flight) const
    {
        return makeError(ErrorCode::WrongState,
                         QCoreApplication::translate("SalesHorizon", "flight %1 is not on sale yet: sales open on %2 UTC, %3 days before "
                                                                     "departure; an agent can open it earlier")
                             .arg(flight.key(), opensAt(flight.departureUtc).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                             .arg(opensDays),
                         {QStringLiteral("not_on_sale")});
    }
};

} // namespace kiosk
