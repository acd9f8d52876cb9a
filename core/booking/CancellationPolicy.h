#pragma once

#include "domain/Cabin.h"
#include "domain/Money.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>

namespace kiosk {

// How much of a fare comes back when a seat is cancelled, by time before departure and
// fare class (cabin). Tiers are checked from the longest notice down: the first tier whose
// `moreThanHours` the notice exceeds gives the percentage. The standard policy, for every
// cabin: more than 72 h before departure 100 %, more than 24 h (so 24 h to 72 h inclusive)
// 50 %, otherwise nothing.
//
// Rounding: each passenger's refund is price x percent / 100 in integer minor units,
// rounded down to the minor unit (never more than the policy allows); a booking's refund
// is the sum over the passengers cancelled. No floating point anywhere.
class CancellationPolicy {
    Q_DECLARE_TR_FUNCTIONS(CancellationPolicy)
public:
    struct Tier {
        int moreThanHours = 0; // notice strictly longer than this many hours
        int percent = 0;       // 0..100
    };

    static CancellationPolicy standard();
    // "72:100,24:50,0:0" for one cabin; BadInput with the reason otherwise. Each notice
    // appears once, and more notice never refunds less.
    static Result<QList<Tier>> parseTiers(const QString &text);

    // Replaces the tiers of one cabin (RefundPolicyAdministration keeps them in the database).
    void setTiers(Cabin cabin, QList<Tier> tiers);
    const QList<Tier> &tiers(Cabin cabin) const;
    bool hasOwnTiers(Cabin cabin) const { return m_byCabin.contains(cabin); }
    // The cabin's tiers in the form parseTiers reads: "72:100,24:50,0:0".
    QString tiersText(Cabin cabin) const;
    // The percentage for this much notice (departure minus now by the server clock).
    int percentFor(Cabin cabin, qint64 secondsBeforeDeparture) const;
    // price x percent / 100, rounded down to the minor unit.
    static Money refundOf(const Money &price, int percent);
    // "more than 72 h: 100 %, more than 24 h: 50 %, otherwise 0 %" ("otherwise": the 0 h
    // tier's percentage until departure; nothing after it)
    QString describe(Cabin cabin) const;

private:
    QList<Tier> m_default;
    QMap<Cabin, QList<Tier>> m_byCabin;
};

} // namespace kiosk
