#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>

namespace kiosk {

// The days a report covers: [from, to], both inclusive, as calendar days in UTC (the
// database stores UTC and a network of airports has no one local day). A day runs from
// 00:00:00.000 UTC to just before the next midnight.
class ReportPeriod {
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)
public:
    static constexpr int MaxDays = 3 * 366; // a longer range is a data export, not a report
    static constexpr int DefaultDays = 30;

    // Refuses an invalid date, from after to, or more than MaxDays days.
    static Result<ReportPeriod> between(QDate from, QDate to);
    // The `days` days ending with `today` (inclusive).
    static ReportPeriod endingOn(QDate today, int days = DefaultDays);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    int days() const { return int(m_from.daysTo(m_to)) + 1; }
    bool contains(QDate day) const { return day >= m_from && day <= m_to; }
    // Epoch milliseconds of from's first instant and of the instant after to (exclusive).
    qint64 startMs() const;
    qint64 endMs() const;
    // "2026-11-01..2026-11-30": how the period appears in logs and the access log.
    QString toString() const;

private:
    ReportPeriod(QDate from, QDate to) : m_from(from), m_to(to) {}

    QDate m_from;
    QDate m_to;
};

} // namespace kiosk
