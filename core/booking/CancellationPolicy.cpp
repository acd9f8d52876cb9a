#include "CancellationPolicy.h"

#include <QStringList>

#include <algorithm>

namespace kiosk {

CancellationPolicy CancellationPolicy::standard()
{
    CancellationPolicy policy;
    policy.m_default = {{72, 100}, {24, 50}, {0, 0}};
    return policy;
}

Result<QList<CancellationPolicy::Tier>> CancellationPolicy::parseTiers(const QString &text)
{
    QList<Tier> tiers;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pair = part.trimmed().split(QLatin1Char(':'));
        bool hoursOk = false;
        bool percentOk = false;
        const int hours = pair.value(0).toInt(&hoursOk);
        const int percent = pair.value(1).toInt(&percentOk);
        if (pair.size() != 2 || !hoursOk || !percentOk || hours < 0 || percent < 0 || percent > 100)
            return makeError(ErrorCode::BadInput, tr("refund tier '%1' must be HOURS:PERCENT with hours >= 0 "
                                                     "and percent 0 to 100, e.g. 72:100,24:50,0:0")
                                                      .arg(part.trimmed()));
        tiers.append({hours, percent});
    }
    if (tiers.isEmpty())
        return makeError(ErrorCode::BadInput, tr("a refund policy needs at least one tier, e.g. 72:100,24:50,0:0"));
    std::sort(tiers.begin(), tiers.end(), [](const Tier &a, const Tier &b) { return a.moreThanHours > b.moreThanHours; });
    for (qsizetype i = 1; i < tiers.size(); ++i) {
        if (tiers[i].moreThanHours == tiers[i - 1].moreThanHours)
            return makeError(ErrorCode::BadInput, tr("refund tiers name %1 h twice").arg(tiers[i].moreThanHours));
        if (tiers[i].percent > tiers[i - 1].percent)
            return makeError(ErrorCode::BadInput, tr("more notice must not refund less: %1 h gives %2 % but "
                                                     "%3 h gives %4 %")
                                                      .arg(tiers[i - 1].moreThanHours)
                                                      .arg(tiers[i - 1].percent)
                                                      .arg(tiers[i].moreThanHours)
                                                      .arg(tiers[i].percent));
    }
    return tiers;
}

void CancellationPolicy::setTiers(Cabin cabin, QList<Tier> tiers)
{
    std::sort(tiers.begin(), tiers.end(), [](const Tier &a, const Tier &b) { return a.moreThanHours > b.moreThanHours; });
    m_byCabin.insert(cabin, std::move(tiers));
}

const QList<CancellationPolicy::Tier> &CancellationPolicy::tiers(Cabin cabin) const
{
    const auto found = m_byCabin.constFind(cabin);
    return found == m_byCabin.cend() ? m_default : *found;
}

QString CancellationPolicy::tiersText(Cabin cabin) const
{
    QStringList parts;
    for (const Tier &tier : tiers(cabin))
        parts << QStringLiteral("%1:%2").arg(tier.moreThanHours).arg(tier.percent);
    return parts.join(QLatin1Char(','));
}

int CancellationPolicy::percentFor(Cabin cabin, qint64 secondsBeforeDeparture) const
{
    for (const Tier &tier : tiers(cabin)) {
        if (secondsBeforeDeparture > qint64(tier.moreThanHours) * 3600)
            return tier.percent;
    }
    return 0; // departed, or less notice than any tier
}

Money CancellationPolicy::refundOf(const Money &price, int percent)
{
    // Non-negative integers: division truncates, which is rounding down.
    return Money(price.minorUnits() * percent / 100, price.currency());
}

QString CancellationPolicy::describe(Cabin cabin) const
{
    QStringList parts;
    int otherwise = 0; // a 0 h tier covers any notice before departure
    for (const Tier &tier : tiers(cabin)) {
        if (tier.moreThanHours == 0)
            otherwise = tier.percent;
        else
            parts << tr("more than %1 h: %2 %").arg(tier.moreThanHours).arg(tier.percent);
    }
    parts << tr("otherwise %1 %").arg(otherwise);
    return parts.join(QStringLiteral(", "));
}

} // namespace kiosk
