#include "SeatMapModel.h"

#include "widgets/LocalMoney.h"
#include "widgets/Sentence.h"

#include <algorithm>

namespace kiosk::ui {

QString SeatMapModel::cabinTitle(Cabin cabin)
{
    return sentence(cabinName(cabin));
}

SeatMapModel::SeatMapModel(QObject *parent) : QAbstractTableModel(parent), m_seatOfTraveller(m_partySize) {}

void SeatMapModel::setSeats(const QList<Seat> &seats)
{
    beginResetModel();
    m_seats = seats;
    m_seatOfTraveller = QStringList(m_partySize);
    m_seatIndex.clear();
    for (qsizetype i = 0; i < m_seats.size(); ++i)
        m_seatIndex.insert(m_seats[i].code.toString(), int(i));
    const QList<int> available = decks();
    m_deck = available.isEmpty() ? 0 : available.first();
    rebuild();
    endResetModel();
    Q_EMIT selectionChanged();
}

QStringList SeatMapModel::updateStatuses(const QList<Seat> &seats)
{
    QStringList lost;
    for (const Seat &fresh : seats) {
        const QString code = fresh.code.toString();
        const auto found = m_seatIndex.constFind(code);
        if (found == m_seatIndex.cend())
            continue;
        Seat &seat = m_seats[*found];
        if (seat.status == fresh.status)
            continue;
        seat.status = fresh.status;
        const int traveller = travellerOf(seat.code);
        if (fresh.status != SeatStatus::Free && traveller > 0) {
            m_seatOfTraveller[traveller - 1].clear();
            lost << code;
        }
        emitSeatChanged(seat.code);
    }
    if (!lost.isEmpty())
        Q_EMIT selectionChanged();
    return lost;
}

QList<int> SeatMapModel::decks() const
{
    QList<int> found;
    for (const Seat &seat : m_seats) {
        if (!found.contains(seat.deck))
            found << seat.deck;
    }
    std::sort(found.begin(), found.end());
    return found;
}

void SeatMapModel::setDeck(int deck)
{
    if (deck == m_deck || !decks().contains(deck))
        return;
    beginResetModel();
    m_deck = deck;
    rebuild();
    endResetModel();
}

void SeatMapModel::setLayout(const std::optional<AircraftLayout> &layout)
{
    beginResetModel();
    m_layout = layout;
    rebuild();
    endResetModel();
}

void SeatMapModel::rebuild()
{
    m_letters = m_layout ? CabinColumns::fromLayout(*m_layout) : CabinColumns();
    m_layoutFits = m_layout && m_letters.covers(m_seats);
    if (!m_layoutFits)
        m_letters = CabinColumns::fromSeats(m_seats);
    const bool known = m_layoutFits && m_deck >= 0 && m_deck < m_layout->decks().size();
    m_grid = SeatMapGrid::build(m_seats, m_letters, known ? &m_layout->decks().at(m_deck) : nullptr, m_deck);
}

int SeatMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grid.rows.size());
}

int SeatMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_grid.columns.isEmpty() ? 0 : int(m_grid.columns.size()) + 2;
}

const Seat *SeatMapModel::seatAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_grid.rows.size() || index.column() < 1
        || index.column() > m_grid.columns.size())
        return nullptr;
    const SeatMapGridRow &row = m_grid.rows[index.row()];
    const int seat = row.kind == SeatMapGridRow::Kind::Seats ? row.seats.at(index.column() - 1) : -1;
    return seat < 0 ? nullptr : &m_seats[seat];
}

QModelIndex SeatMapModel::indexOf(const QString &code) const
{
    const auto parsed = SeatCode::parse(code);
    if (!parsed)
        return {};
    for (qsizetype r = 0; r < m_grid.rows.size(); ++r) {
        const SeatMapGridRow &row = m_grid.rows[r];
        if (row.kind == SeatMapGridRow::Kind::Seats && row.seatRow == parsed->row()) {
            const qsizetype column = row.slots.indexOf(parsed->letter());
            const QModelIndex candidate = column < 0 ? QModelIndex() : index(int(r), int(column) + 1);
            return seatAt(candidate) ? candidate : QModelIndex();
        }
    }
    return {};
}

QVariant SeatMapModel::headerRowData(const SeatMapGridRow &row, int column, int role) const
{
    if (role == CellKindRole)
        return int(CellKind::CabinHeader);
    if (role == ColumnSideRole || (role == Qt::DisplayRole && column > 0)) {
        const QChar letter = column > 0 && column <= row.slots.size() ? row.slots.at(column - 1) : QChar();
        if (!letter.isLetter())
            return QString();
        if (role == Qt::DisplayRole)
            return QString(letter);
        // The cabin's first row that has the letter says where the column sits.
        for (int seatRow = row.seatRow; seatRow < row.seatRow + 3; ++seatRow) {
            const auto found = m_seatIndex.constFind(QString::number(seatRow) + letter);
            if (found == m_seatIndex.cend())
                continue;
            const SeatFeatures features = m_seats[*found].features;
            return features.testFlag(SeatFeature::Window) ? QStringLiteral("window")
                   : features.testFlag(SeatFeature::Aisle) ? QStringLiteral("aisle")
                                                            : QString();
        }
        return QString();
    }
    if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && column == 0) {
        qint64 cheapest = -1;
        QString currency;
        for (const Seat &seat : m_seats) {
            if (seat.cabin == row.cabin && seat.deck == m_deck && seat.status == SeatStatus::Free
                && (cheapest < 0 || seat.price.minorUnits() < cheapest)) {
                cheapest = seat.price.minorUnits();
                currency = seat.price.currency();
            }
        }
        return cheapest < 0 ? tr("%1 — full").arg(cabinTitle(row.cabin))
                            : tr("%1 — from %2").arg(cabinTitle(row.cabin), localMoney(Money(cheapest, currency)));
    }
    return {};
}

QVariant SeatMapModel::labelData(const SeatMapGridRow &row, int role) const
{
    const bool exit = row.exits & (ExitLeftAt | ExitRightAt);
    switch (role) {
    case CellKindRole: return int(CellKind::RowLabel);
    case Qt::DisplayRole: return row.seatRow;
    case FeaturesRole: return exit ? int(SeatFeature::ExitRow) : 0; // an exit row is marked at its number
    case ExitRole: return row.exits;
    case OverWingRole: return row.overWing;
    case Qt::AccessibleTextRole: {
        QString text = exit ? tr("Row %1, exit row").arg(row.seatRow) : tr("Row %1").arg(row.seatRow);
        return row.overWing ? tr("%1, over the wing").arg(text) : text;
    }
    default: return {};
    }
}

QVariant SeatMapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_grid.rows.size())
        return {};
    const SeatMapGridRow &row = m_grid.rows[index.row()];
    if (row.kind == SeatMapGridRow::Kind::CabinHeader) // spanning the row
        return headerRowData(row, index.column(), role);
    if (row.kind == SeatMapGridRow::Kind::Facilities) {
        if (role == CellKindRole)
            return int(CellKind::Facility);
        if (role == FacilitiesRole)
            return QVariant::fromValue(row.facilities);
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && index.column() == 0)
            return facilitiesText(row.facilities);
        return {};
    }
    if (index.column() == 0 || index.column() == columnCount() - 1)
        return labelData(row, role);
    if (role == OverWingRole)
        return row.overWing;
    const Seat *seat = seatAt(index);
    if (!seat) {
        if (role == CellKindRole)
            return int(m_grid.columns.at(index.column() - 1) == QLatin1Char(' ') ? CellKind::Aisle : CellKind::Empty);
        return {};
    }
    switch (role) { // asked several times per seat on every repaint: build only what is asked
    case Qt::DisplayRole:
    case SeatCodeRole: return seat->code.toString();
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: return accessibleText(*seat);
    case StatusRole: return int(seat->status);
    case SelectedRole: return travellerOf(seat->code) > 0;
    case TravellerRole: return travellerOf(seat->code);
    case CabinRole: return int(seat->cabin);
    case FeaturesRole: return int(seat->features.toInt());
    case PriceRole: return localMoney(seat->price);
    case FareRole: return localMoney(Money(seat->price.minorUnits() - seat->surcharge.minorUnits(), seat->price.currency()));
    case SurchargeRole: return seat->surcharge.minorUnits() > 0 ? localMoney(seat->surcharge) : QString();
    case PriceBreakdownRole: return priceText(*seat);
    case ShortPriceRole: return localAmount(seat->price);
    case ExitRole: return row.exits;
    case CellKindRole: return int(CellKind::Seat);
    default: return {};
    }
}

Qt::ItemFlags SeatMapModel::flags(const QModelIndex &index) const
{
    const Seat *seat = seatAt(index);
    if (!seat)
        return Qt::NoItemFlags;
    // Taken seats stay focusable so a screen-reader user hears why they cannot be chosen.
    return Qt::ItemIsEnabled | (seat->status == SeatStatus::Free ? Qt::ItemIsSelectable : Qt::NoItemFlags);
}

QVariant SeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 1 && section <= m_grid.columns.size()) {
        const QChar letter = m_grid.columns.at(section - 1);
        return letter == QLatin1Char(' ') ? QString() : QString(letter);
    }
    return {};
}

void SeatMapModel::emitSeatChanged(const SeatCode &code)
{
    emitSeatChanged(code.toString());
}

void SeatMapModel::emitSeatChanged(const QString &code)
{
    const QModelIndex cell = indexOf(code);
    if (cell.isValid())
        Q_EMIT dataChanged(cell, cell);
}

const Seat *SeatMapModel::seat(const QString &code) const
{
    const auto found = m_seatIndex.constFind(code);
    return found == m_seatIndex.cend() ? nullptr : &m_seats[*found];
}

SeatMapGrid SeatMapModel::gridOf(int deck) const
{
    if (deck == m_deck)
        return m_grid;
    const bool known = m_layoutFits && deck >= 0 && deck < m_layout->decks().size();
    return SeatMapGrid::build(m_seats, m_letters, known ? &m_layout->decks().at(deck) : nullptr, deck);
}

int SeatMapModel::seatCount(Cabin cabin) const
{
    return int(std::count_if(m_seats.cbegin(), m_seats.cend(), [cabin](const Seat &s) { return s.cabin == cabin; }));
}

QString SeatMapModel::describe(const QString &code) const
{
    const Seat *found = seat(code);
    return found ? accessibleText(*found) : QString();
}

} // namespace kiosk::ui
