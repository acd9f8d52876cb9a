#include "SeatMapModel.h"

#include "booking/HoldRequest.h"
#include "widgets/Sentence.h"

#include <algorithm>
#include <map>

namespace kiosk::ui {

QString SeatMapModel::cabinTitle(Cabin cabin)
{
    return sentence(cabinName(cabin));
}

namespace {

QString statusText(SeatStatus status)
{
    switch (status) {
    case SeatStatus::Free: return SeatMapModel::tr("free");
    case SeatStatus::Held: return SeatMapModel::tr("held by another traveller");
    case SeatStatus::Sold: return SeatMapModel::tr("taken");
    case SeatStatus::Blocked: return SeatMapModel::tr("not available");
    }
    return QString();
}

} // namespace

SeatMapModel::SeatMapModel(QObject *parent) : QAbstractTableModel(parent) {}

void SeatMapModel::setSeats(const QList<Seat> &seats)
{
    beginResetModel();
    m_seats = seats;
    m_selected.clear();
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
        if (fresh.status != SeatStatus::Free && m_selected.remove(code))
            lost << code;
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

QString SeatMapModel::inferPattern(int deck) const
{
    // The widest cabin of the deck sets the columns.
    std::map<int, QSet<QChar>> lettersByCabin;
    for (const Seat &seat : m_seats) {
        if (seat.deck == deck)
            lettersByCabin[int(seat.cabin)].insert(seat.code.letter());
    }
    int widest = -1;
    for (const auto &[cabin, letters] : lettersByCabin) {
        if (widest < 0 || letters.size() > lettersByCabin[widest].size())
            widest = cabin;
    }
    QSet<QChar> all;
    for (const auto &[cabin, letters] : lettersByCabin)
        all.unite(letters);
    QList<QChar> ordered(all.cbegin(), all.cend());
    std::sort(ordered.begin(), ordered.end());

    // An aisle runs after a letter of the widest cabin when it and the next letter of that
    // cabin are both aisle seats; letters only other cabins use keep their order.
    QList<QChar> widestLetters(lettersByCabin[widest].cbegin(), lettersByCabin[widest].cend());
    std::sort(widestLetters.begin(), widestLetters.end());
    auto isAisle = [&](QChar letter) {
        for (const Seat &seat : m_seats) {
            if (seat.deck == deck && int(seat.cabin) == widest && seat.code.letter() == letter)
                return seat.features.testFlag(SeatFeature::Aisle);
        }
        return false;
    };
    QSet<QChar> aisleAfter;
    for (qsizetype i = 0; i + 1 < widestLetters.size(); ++i) {
        if (isAisle(widestLetters[i]) && isAisle(widestLetters[i + 1]))
            aisleAfter.insert(widestLetters[i]);
    }
    QString pattern;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        pattern += ordered[i];
        if (aisleAfter.contains(ordered[i]))
            pattern += QLatin1Char(' ');
    }
    return pattern;
}

void SeatMapModel::rebuild()
{
    m_columns = inferPattern(m_deck);
    m_rows.clear();
    std::map<int, Cabin> cabinOfRow;
    for (const Seat &seat : m_seats) {
        if (seat.deck == m_deck)
            cabinOfRow.emplace(seat.code.row(), seat.cabin);
    }
    std::optional<Cabin> current;
    for (const auto &[row, cabin] : cabinOfRow) {
        if (current != cabin)
            m_rows.append({0, cabin});
        current = cabin;
        m_rows.append({row, cabin});
    }
}

int SeatMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SeatMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_columns.isEmpty() ? 0 : int(m_columns.size()) + 2;
}

const Seat *SeatMapModel::seatAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() < 1 || index.column() > m_columns.size())
        return nullptr;
    const GridRow &row = m_rows[index.row()];
    const QChar letter = m_columns.at(index.column() - 1);
    if (row.seatRow == 0 || letter == QLatin1Char(' '))
        return nullptr;
    const auto found = m_seatIndex.constFind(QString::number(row.seatRow) + letter);
    if (found == m_seatIndex.cend() || m_seats[*found].deck != m_deck)
        return nullptr;
    return &m_seats[*found];
}

QModelIndex SeatMapModel::indexOf(const QString &code) const
{
    const auto parsed = SeatCode::parse(code);
    if (!parsed)
        return {};
    const qsizetype column = m_columns.indexOf(parsed->letter());
    for (qsizetype r = 0; r < m_rows.size() && column >= 0; ++r) {
        if (m_rows[r].seatRow == parsed->row()) {
            const QModelIndex candidate = index(int(r), int(column) + 1);
            return seatAt(candidate) ? candidate : QModelIndex();
        }
    }
    return {};
}

QString SeatMapModel::accessibleText(const Seat &seat) const
{
    QStringList parts{tr("Seat %1").arg(seat.code.toString())};
    if (seat.features.testFlag(SeatFeature::Window))
        parts << tr("window");
    if (seat.features.testFlag(SeatFeature::Aisle))
        parts << tr("aisle");
    if (seat.features.testFlag(SeatFeature::Middle))
        parts << tr("middle");
    if (seat.features.testFlag(SeatFeature::ExitRow))
        parts << tr("exit row");
    if (seat.features.testFlag(SeatFeature::ExtraLegroom))
        parts << tr("extra legroom");
    parts << cabinName(seat.cabin) << priceText(seat);
    parts << (m_selected.contains(seat.code.toString()) ? tr("selected") : statusText(seat.status));
    // Only the desk sees a desk-only seat free: the agent hears why it is kept.
    if (seat.deskOnly && seat.status == SeatStatus::Free)
        parts << (seat.blockReason.isEmpty() ? tr("kept for the desk") : tr("kept for the desk: %1").arg(seat.blockReason));
    return parts.join(QStringLiteral(", "));
}

QString SeatMapModel::priceText(const Seat &seat)
{
    if (seat.surcharge.minorUnits() <= 0)
        return seat.price.toString();
    const Money fare(seat.price.minorUnits() - seat.surcharge.minorUnits(), seat.price.currency());
    return tr("%1 (fare %2 + seat %3)").arg(seat.price.toString(), fare.toString(), seat.surcharge.toString());
}

QVariant SeatMapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const GridRow &row = m_rows[index.row()];
    const bool labelColumn = index.column() == 0 || index.column() == columnCount() - 1;
    if (row.seatRow == 0) { // cabin header, spanning the row
        if (role == CellKindRole)
            return int(CellKind::CabinHeader);
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && index.column() == 0) {
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
                                : tr("%1 — from %2").arg(cabinTitle(row.cabin), Money(cheapest, currency).toString());
        }
        return {};
    }
    if (labelColumn) {
        if (role == CellKindRole)
            return int(CellKind::RowLabel);
        if (role == Qt::DisplayRole)
            return row.seatRow;
        if (role == FeaturesRole || role == Qt::AccessibleTextRole) { // an exit row is marked at its number
            const bool exit = std::any_of(m_seats.cbegin(), m_seats.cend(), [&](const Seat &seat) {
                return seat.deck == m_deck && seat.code.row() == row.seatRow && seat.features.testFlag(SeatFeature::ExitRow);
            });
            if (role == FeaturesRole)
                return exit ? int(SeatFeature::ExitRow) : 0;
            return exit ? tr("Row %1, exit row").arg(row.seatRow) : tr("Row %1").arg(row.seatRow);
        }
        return {};
    }
    const Seat *seat = seatAt(index);
    if (!seat) {
        if (role == CellKindRole)
            return int(m_columns.at(index.column() - 1) == QLatin1Char(' ') ? CellKind::Aisle : CellKind::Empty);
        return {};
    }
    const QString code = seat->code.toString();
    switch (role) {
    case Qt::DisplayRole:
    case SeatCodeRole: return code;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: return accessibleText(*seat);
    case StatusRole: return int(seat->status);
    case SelectedRole: return m_selected.contains(code);
    case CabinRole: return int(seat->cabin);
    case FeaturesRole: return int(seat->features.toInt());
    case PriceRole: return seat->price.toString();
    case FareRole: return Money(seat->price.minorUnits() - seat->surcharge.minorUnits(), seat->price.currency()).toString();
    case SurchargeRole: return seat->surcharge.minorUnits() > 0 ? seat->surcharge.toString() : QString();
    case PriceBreakdownRole: return priceText(*seat);
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
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 1 && section <= m_columns.size()) {
        const QChar letter = m_columns.at(section - 1);
        return letter == QLatin1Char(' ') ? QString() : QString(letter);
    }
    return {};
}

void SeatMapModel::emitSeatChanged(const SeatCode &code)
{
    const QModelIndex cell = indexOf(code.toString());
    if (cell.isValid())
        Q_EMIT dataChanged(cell, cell);
}

void SeatMapModel::setPartySize(int size)
{
    m_partySize = qBound(1, size, HoldRequest::MaxSeats);
    while (m_selected.size() > m_partySize) {
        const QString dropped = *m_selected.cbegin();
        m_selected.remove(dropped);
        emitSeatChanged(*SeatCode::parse(dropped));
    }
    Q_EMIT selectionChanged();
}

bool SeatMapModel::toggle(const QModelIndex &index)
{
    const Seat *seat = seatAt(index);
    if (!seat)
        return false;
    const QString code = seat->code.toString();
    if (m_selected.remove(code)) {
        emitSeatChanged(seat->code);
        Q_EMIT selectionChanged();
        return true;
    }
    if (seat->status != SeatStatus::Free || m_selected.size() >= m_partySize)
        return false;
    m_selected.insert(code);
    emitSeatChanged(seat->code);
    Q_EMIT selectionChanged();
    return true;
}

bool SeatMapModel::select(const QString &code)
{
    const QModelIndex cell = indexOf(code);
    return cell.isValid() && !m_selected.contains(code) && toggle(cell);
}

void SeatMapModel::clearSelection()
{
    const QSet<QString> previous = m_selected;
    m_selected.clear();
    for (const QString &code : previous)
        emitSeatChanged(*SeatCode::parse(code));
    Q_EMIT selectionChanged();
}

QList<SeatCode> SeatMapModel::selectedSeats() const
{
    QList<SeatCode> codes;
    for (const QString &code : m_selected)
        codes << *SeatCode::parse(code);
    std::sort(codes.begin(), codes.end());
    return codes;
}

Money SeatMapModel::selectedTotal() const
{
    qint64 total = 0;
    QString currency;
    for (const QString &code : m_selected) {
        const Seat &seat = m_seats[m_seatIndex.value(code)];
        total += seat.price.minorUnits();
        currency = seat.price.currency();
    }
    return Money(total, currency);
}

int SeatMapModel::seatCount(Cabin cabin) const
{
    return int(std::count_if(m_seats.cbegin(), m_seats.cend(), [cabin](const Seat &s) { return s.cabin == cabin; }));
}

bool SeatMapModel::selectBestAvailableTogether()
{
    struct Candidate {
        bool crossesAisle = true;
        qint64 price = 0;
        int row = 0;
        QStringList codes;
    };
    std::optional<Candidate> best;
    for (const GridRow &row : std::as_const(m_rows)) {
        if (row.seatRow == 0)
            continue;
        for (qsizetype start = 0; start < m_columns.size(); ++start) {
            Candidate candidate{false, 0, row.seatRow, {}};
            for (qsizetype c = start; c < m_columns.size() && candidate.codes.size() < m_partySize; ++c) {
                if (m_columns.at(c) == QLatin1Char(' ')) {
                    candidate.crossesAisle = true;
                    continue;
                }
                const QString code = QString::number(row.seatRow) + m_columns.at(c);
                const auto found = m_seatIndex.constFind(code);
                if (found == m_seatIndex.cend() || m_seats[*found].status != SeatStatus::Free
                    || m_seats[*found].deck != m_deck)
                    break;
                candidate.codes << code;
                candidate.price += m_seats[*found].price.minorUnits();
            }
            if (candidate.codes.size() != m_partySize)
                continue;
            const auto rank = [](const Candidate &c) { return std::tuple(c.crossesAisle, c.price, c.row); };
            if (!best || rank(candidate) < rank(*best))
                best = candidate;
        }
    }
    if (!best)
        return false;
    clearSelection();
    for (const QString &code : std::as_const(best->codes))
        m_selected.insert(code);
    for (const QString &code : std::as_const(best->codes))
        emitSeatChanged(*SeatCode::parse(code));
    Q_EMIT selectionChanged();
    return true;
}

} // namespace kiosk::ui
