#include "ReportPeriod.h"

#include <QDateTime>
#include <QTimeZone>

namespace kiosk {

Result<ReportPeriod> ReportPeriod::between(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return makeError(ErrorCode::BadInput, tr("a report period needs a valid first and last day"));
    if (from > to)
        return makeError(ErrorCode::BadInput, tr("the report period starts after it ends: from %1 is after to %2")
                                                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    if (from.daysTo(to) + 1 > MaxDays)
        return makeError(ErrorCode::BadInput, tr("a report covers at most %1 days; %2..%3 is %4 days")
                                                  .arg(MaxDays)
                                                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                                                  .arg(from.daysTo(to) + 1));
    return ReportPeriod(from, to);
}

ReportPeriod ReportPeriod::endingOn(QDate today, int days)
{
    return ReportPeriod(today.addDays(1 - qBound(1, days, MaxDays)), today);
}

qint64 ReportPeriod::startMs() const
{
    return QDateTime(m_from, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

qint64 ReportPeriod::endMs() const
{
    return QDateTime(m_to.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QString ReportPeriod::toString() const
{
    return m_from.toString(Qt::ISODate) + QStringLiteral("..") + m_to.toString(Qt::ISODate);
}

} // namespace kiosk
