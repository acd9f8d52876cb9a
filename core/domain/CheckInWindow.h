#pragma once

#include <QDateTime>

namespace kiosk {

// When a flight's check-in is open: from `opensMinutes` until `closesMinutes` before
// departure. The airline may set it per airline or route (check_in_windows); otherwise
// the standard below applies.
struct CheckInWindow {
    static constexpr int StandardOpensMinutes = 24 * 60;
    static constexpr int StandardClosesMinutes = 45;

    int opensMinutes = StandardOpensMinutes;
    int closesMinutes = StandardClosesMinutes;

    QDateTime opensAt(const QDateTime &departureUtc) const { return departureUtc.addSecs(-60LL * opensMinutes); }
    QDateTime closesAt(const QDateTime &departureUtc) const { return departureUtc.addSecs(-60LL * closesMinutes); }
    // "24 hours", "45 minutes": how messages and listings say a window's bounds.
    static QString durationText(int minutes)
    {
        if (minutes % 60 == 0 && minutes != 0)
            return minutes == 60 ? QStringLiteral("1 hour") : QStringLiteral("%1 hours").arg(minutes / 60);
        return minutes == 1 ? QStringLiteral("1 minute") : QStringLiteral("%1 minutes").arg(minutes);
    }
    bool isOpen(const QDateTime &departureUtc, const QDateTime &nowUtc) const
    {
        return nowUtc >= opensAt(departureUtc) && nowUtc < closesAt(departureUtc);
    }
};

} // namespace kiosk
