#include "SeatMapModel.h"

#include "booking/HoldRequest.h"
#include "booking/PartySeating.h"

// Which seat each traveller of the party has. A traveller keeps their number from the
// first tap to the booking: the passenger screen asks the names in this order, and the
// hold pairs the n-th name with the n-th seat (HoldRequest), so the seat shown with "2"
// is the seat printed on traveller 2's boarding pass.

namespace kiosk::ui {

void SeatMapModel::setPartySize(int size)
{
    m_partySize = qBound(1, size, HoldRequest::MaxSeats);
    while (m_seatOfTraveller.size() > m_partySize) // the last travellers leave with their seats
        emitSeatChanged(m_seatOfTraveller.takeLast());
    while (m_seatOfTraveller.size() < m_partySize)
        m_seatOfTraveller.append(QString());
    Q_EMIT selectionChanged();
}

bool SeatMapModel::toggle(const QModelIndex &index)
{
    const Seat *seat = seatAt(index);
    if (!seat)
        return false;
    const QString code = seat->code.toString();
    if (const int traveller = travellerOf(seat->code); traveller > 0) {
        m_seatOfTraveller[traveller - 1].clear();
        emitSeatChanged(code);
        Q_EMIT selectionChanged();
        return true;
    }
    const qsizetype seatless = m_seatOfTraveller.indexOf(QString());
    if (seat->status != SeatStatus::Free || seatless < 0)
        return false;
    m_seatOfTraveller[seatless] = code;
    emitSeatChanged(code);
    Q_EMIT selectionChanged();
    return true;
}

bool SeatMapModel::assign(const QString &code, int traveller)
{
    const Seat *chosen = seat(code);
    if (!chosen || chosen->status != SeatStatus::Free || traveller < 1 || traveller > m_partySize)
        return false;
    const int had = travellerOf(chosen->code);
    if (had == traveller)
        return true;
    const QString previous = m_seatOfTraveller[traveller - 1];
    if (had > 0)
        m_seatOfTraveller[had - 1] = previous; // swapped: the other traveller takes this one's seat
    m_seatOfTraveller[traveller - 1] = code;
    emitSeatChanged(code);
    if (!previous.isEmpty())
        emitSeatChanged(previous);
    Q_EMIT selectionChanged();
    return true;
}

int SeatMapModel::travellerOf(const SeatCode &code) const
{
    return int(m_seatOfTraveller.indexOf(code.toString())) + 1; // 0: nobody's
}

bool SeatMapModel::select(const QString &code)
{
    const QModelIndex cell = indexOf(code);
    return cell.isValid() && !m_seatOfTraveller.contains(code) && toggle(cell);
}

void SeatMapModel::clearSelection()
{
    const QStringList previous = m_seatOfTraveller;
    m_seatOfTraveller = QStringList(m_partySize);
    for (const QString &code : previous) {
        if (!code.isEmpty())
            emitSeatChanged(code);
    }
    Q_EMIT selectionChanged();
}

QList<SeatCode> SeatMapModel::selectedSeats() const
{
    QList<SeatCode> codes;
    for (const QString &code : m_seatOfTraveller) {
        if (!code.isEmpty())
            codes << *SeatCode::parse(code);
    }
    return codes;
}

Money SeatMapModel::selectedTotal() const
{
    qint64 total = 0;
    QString currency;
    for (const SeatCode &code : selectedSeats()) {
        const Seat &seat = m_seats[m_seatIndex.value(code.toString())];
        total += seat.price.minorUnits();
        currency = seat.price.currency();
    }
    return Money(total, currency);
}

bool SeatMapModel::selectBestAvailableTogether()
{
    const auto best = PartySeating(m_seats, m_letters).bestTogether(m_partySize, m_deck);
    if (!best)
        return false;
    clearSelection();
    for (qsizetype i = 0; i < best->size() && i < m_seatOfTraveller.size(); ++i) { // side by side, in seat order
        m_seatOfTraveller[i] = best->at(i).toString();
        emitSeatChanged(best->at(i));
    }
    Q_EMIT selectionChanged();
    return true;
}

QList<SeatCode> SeatMapModel::orphansLeftBySelection() const
{
    return PartySeating(m_seats, m_letters).orphansLeftBy(selectedSeats());
}

} // namespace kiosk::ui
