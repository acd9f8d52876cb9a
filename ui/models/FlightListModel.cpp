#include "FlightListModel.h"

#include "booking/FlightCatalog.h"
#include "widgets/LocalMoney.h"

#include <QTimeZone>

namespace kiosk::ui {

FlightListModel::FlightListModel(FlightCatalog &catalog, QObject *parent)
    : QAbstractTableModel(parent), m_catalog(catalog)
{
}

DepartureQuery FlightListModel::firstPage(int limit) const
{
    DepartureQuery query;
    query.origin = m_origin;
    query.destination = m_destination;
    query.date = m_date;
    query.limit = limit;
    return query;
}

void FlightListModel::setFilter(const QString &origin, const QString &destination, const QDate &date)
{
    beginResetModel();
    m_origin = origin;
    m_destination = destination;
    m_date = date;
    m_rows.clear();
    m_exhausted = false;
    auto now = m_catalog.serverNow();
    m_today = (now ? *now : QDateTime::currentDateTimeUtc()).toLocalTime().date();
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

void FlightListModel::refresh()
{
    const int loaded = int(qMax<qsizetype>(m_rows.size(), PageSize));
    auto fresh = m_catalog.departures(firstPage(loaded));
    if (!fresh) {
        Q_EMIT loadFailed(fresh.error().message);
        return;
    }
    bool sameFlights = fresh->size() >= m_rows.size();
    for (qsizetype i = 0; sameFlights && i < m_rows.size(); ++i)
        sameFlights = fresh->at(i).flight.id == m_rows[i].flight.id;
    if (!sameFlights) { // flights came or went: start over
        setFilter(m_origin, m_destination, m_date);
        return;
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const FlightSummary &now = fresh->at(i);
        const Flight &was = m_rows[i].flight;
        // A schedule change (cancelled, retimed), a sale, or sales closing at the cut-off while
        // the board is shown: the row is read again in place.
        if (now.seatsLeft != m_rows[i].seatsLeft || !(now.lowestFare == m_rows[i].lowestFare)
            || now.salesClosed != m_rows[i].salesClosed || now.flight.cancelled != was.cancelled || now.flight.departureUtc != was.departureUtc
            || now.flight.destination != was.destination || now.flight.aircraft != was.aircraft) {
            m_rows[i] = now;
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    }
}

const FlightSummary *FlightListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int FlightListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FlightListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool FlightListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void FlightListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    DepartureQuery query = firstPage(PageSize);
    if (!m_rows.isEmpty()) {
        query.afterDepartureMs = m_rows.last().flight.departureUtc.toMSecsSinceEpoch();
        query.afterId = m_rows.last().flight.id;
    }
    auto page = m_catalog.departures(query);
    if (!page) {
        m_exhausted = true; // don't hammer a failing database from the view's scrolling
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    m_exhausted = page->size() < PageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

namespace {

QDateTime inZone(const QDateTime &utc, const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    return zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime();
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

QDateTime FlightListModel::localDeparture(const FlightSummary &summary) const
{
    return inZone(summary.flight.departureUtc, summary.originTimeZone);
}

QString FlightListModel::departureText(const FlightSummary &summary) const
{
    return QLocale().toString(localDeparture(summary), QStringLiteral("ddd d MMM  HH:mm"));
}

QString FlightListModel::dayHeader(int row) const
{
    const QDate day = localDeparture(m_rows[row]).date();
    if (row > 0 && localDeparture(m_rows[row - 1]).date() == day)
        return QString();
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    if (day == m_today)
        return tr("Today · %1").arg(date);
    if (day == m_today.addDays(1))
        return tr("Tomorrow · %1").arg(date);
    return date;
}

QString FlightListModel::arrivalText(const FlightSummary &summary) const
{
    const Flight &flight = summary.flight;
    if (!flight.arrivalUtc.isValid())
        return QString();
    const QDateTime arrival = inZone(flight.arrivalUtc, summary.destinationTimeZone);
    const qint64 days = localDeparture(summary).date().daysTo(arrival.date());
    QString time = QLocale().toString(arrival.time(), QStringLiteral("HH:mm"));
    if (days > 0)
        time += QStringLiteral(" +%1").arg(days); // the next day, as timetables write it
    return tr("Arrives %1").arg(time);
}

QString FlightListModel::durationText(const FlightSummary &summary) const
{
    const Flight &flight = summary.flight;
    if (!flight.arrivalUtc.isValid())
        return QString();
    const qint64 minutes = flight.departureUtc.secsTo(flight.arrivalUtc) / 60;
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString FlightListModel::detailsText(const FlightSummary &summary) const
{
    QStringList parts{summary.flight.designator()};
    if (!summary.operatorName.isEmpty())
        parts << tr("Operated by %1").arg(summary.operatorName);
    parts << summary.flight.aircraft;
    return parts.join(QStringLiteral(" · "));
}

QString FlightListModel::fareText(const FlightSummary &summary) const
{
    return summary.lowestFare.isValid() && !summary.flight.cancelled && !summary.salesClosed
        ? tr("from %1").arg(localMoney(summary.lowestFare))
        : QString();
}

QString FlightListModel::seatsLeftText(const FlightSummary &summary) const
{
    // Cabin names, and a number only where it matters: "3 left" makes a traveller decide.
    QStringList parts;
    for (auto it = summary.seatsLeft.cbegin(); it != summary.seatsLeft.cend(); ++it) {
        const QString cabin = capitalised(cabinName(it.key()));
        if (it.value() == 0)
            parts << tr("%1 full").arg(cabin);
        else if (it.value() <= ScarceSeats)
            parts << tr("%1 %n left", nullptr, it.value()).arg(cabin);
        else
            parts << cabin;
    }
    return parts.join(QStringLiteral(" · "));
}

QString FlightListModel::statusText(const FlightSummary &summary) const
{
    if (summary.flight.cancelled)
        return tr("Cancelled");
    return summary.salesClosed ? tr("Closed") : tr("On time"); // no delays are known to the kiosk
}

QVariant FlightListModel::boardData(const FlightSummary &summary, int row, int role) const
{
    switch (role) {
    case DayHeaderRole: return dayHeader(row);
    case DepartureTimeRole: return QLocale().toString(localDeparture(summary).time(), QStringLiteral("HH:mm"));
    case ArrivalRole: return arrivalText(summary);
    case DurationRole: return durationText(summary);
    case DestinationRole: return QStringLiteral("%1 (%2)").arg(summary.destinationCity, summary.flight.destination);
    case DetailsRole: return detailsText(summary);
    case CabinsRole:
        if (summary.flight.cancelled || summary.salesClosed)
            return QString();
        return summary.totalSeatsLeft() > 0 ? seatsLeftText(summary) : tr("Sold out");
    case StatusRole: return statusText(summary);
    case FareRole: return fareText(summary);
    default: return {};
    }
}

Qt::ItemFlags FlightListModel::flags(const QModelIndex &index) const
{
    const FlightSummary *summary = summaryAt(index.row());
    if (summary && (summary->flight.cancelled || summary->salesClosed))
        return Qt::ItemIsEnabled; // tappable for the explanation, never selected
    return QAbstractTableModel::flags(index);
}

QVariant FlightListModel::data(const QModelIndex &index, int role) const
{
    const FlightSummary *summary = summaryAt(index.row());
    if (!summary || !index.isValid())
        return {};
    const Flight &flight = summary->flight;
    if (role >= DayHeaderRole)
        return boardData(*summary, index.row(), role);
    if (role == FlightIdRole)
        return flight.id;
    if (role == CancelledRole)
        return flight.cancelled;
    if (role == SalesClosedRole)
        return summary->salesClosed;
    if (role == Qt::AccessibleTextRole) {
        if (flight.cancelled)
            return tr("Flight %1 to %2, departing %3, is cancelled").arg(flight.designator(), summary->destinationCity,
                                                                       departureText(*summary));
        if (summary->salesClosed)
            return tr("Flight %1 to %2, departing %3, is closed for sale").arg(flight.designator(), summary->destinationCity,
                                                                             departureText(*summary));
        return tr("Flight %1 to %2, departs %3, %4 seats left, from %5")
            .arg(flight.designator(), summary->destinationCity, departureText(*summary))
            .arg(summary->totalSeatsLeft())
            .arg(summary->lowestFare.isValid() ? localMoney(summary->lowestFare) : tr("sold out"));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == SeatsLeftColumn || index.column() == FareColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FlightColumn: return flight.designator();
    case CarrierColumn: return flight.carrier; // the operating carrier: feeds list only its own flights
    case DestinationColumn: return QStringLiteral("%1 (%2)").arg(summary->destinationCity, flight.destination);
    case DepartureColumn: return departureText(*summary);
    case StatusColumn: return statusText(*summary);
    case AircraftColumn: return flight.aircraft;
    case SeatsLeftColumn:
        if (flight.cancelled || summary->salesClosed)
            return QString();
        return summary->totalSeatsLeft() > 0 ? seatsLeftText(*summary) : tr("Sold out");
    case FareColumn: return fareText(*summary);
    default: return {};
    }
}

QVariant FlightListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FlightColumn: return tr("Flight");
    case CarrierColumn: return tr("Operated by");
    case DestinationColumn: return tr("Destination");
    case DepartureColumn: return tr("Departs (local)");
    case StatusColumn: return tr("Status");
    case AircraftColumn: return tr("Aircraft");
    case SeatsLeftColumn: return tr("Seats left");
    case FareColumn: return tr("Fare");
    default: return {};
    }
}

} // namespace kiosk::ui
