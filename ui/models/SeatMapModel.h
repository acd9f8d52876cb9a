#pragma once

#include "domain/Seat.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace kiosk::ui {

// One deck of an aircraft as a grid: a row number column on each side, a column per
// seat letter with empty aisle columns between blocks, and a header row above each cabin.
// Holds the traveller's selection (up to the party size) so views and tests share it.
class SeatMapModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        SeatCodeRole = Qt::UserRole + 1, // QString "12A"; empty for aisles, headers, row labels
        StatusRole,                      // int SeatStatus
        SelectedRole,                    // bool
        CabinRole,                       // int Cabin
        FeaturesRole,                    // int SeatFeatures
        PriceRole,                       // QString "EUR 49.00"
        CellKindRole,                    // int CellKind
        FareRole,                        // QString "EUR 120.00": the cabin's fare part of the price
        SurchargeRole,                   // QString "EUR 25.00" the seat's surcharges add; empty when none
        PriceBreakdownRole,              // QString "EUR 145.00 (fare EUR 120.00 + seat EUR 25.00)"
    };
    enum class CellKind { Seat, Aisle, RowLabel, CabinHeader, Empty };
    Q_ENUM(CellKind)

    explicit SeatMapModel(QObject *parent = nullptr);

    // "Business", "Economy", ... translated: how every screen names a cabin.
    static QString cabinTitle(Cabin cabin);

    // Replaces the seats (a new flight). Columns follow the deck's widest cabin; aisles
    // go where two aisle seats sit side by side.
    void setSeats(const QList<Seat> &seats);
    // New statuses for the same seats (another terminal sold something): no reset, and
    // selected seats that were taken meanwhile drop out of the selection.
    QStringList updateStatuses(const QList<Seat> &seats);

    QList<int> decks() const;
    int deck() const { return m_deck; }
    void setDeck(int deck);

    int partySize() const { return m_partySize; }
    void setPartySize(int size);
    bool toggle(const QModelIndex &index);
    bool select(const QString &code);
    void clearSelection();
    QList<SeatCode> selectedSeats() const;
    Money selectedTotal() const;
    // Picks `partySize` free seats side by side in one row of one cabin (not across an
    // aisle when that is possible), cheapest first; false when no such block exists.
    bool selectBestAvailableTogether();

    QModelIndex indexOf(const QString &code) const;
    const Seat *seatAt(const QModelIndex &index) const;
    int seatCount(Cabin cabin) const; // on every deck

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The price with its parts when a surcharge is in it: "EUR 145.00 (fare EUR 120.00 + seat EUR 25.00)".
    static QString priceText(const Seat &seat);
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void selectionChanged();

private:
    struct GridRow {
        int seatRow = 0;            // 0 for a cabin header
        Cabin cabin = Cabin::Economy;
    };
    void rebuild();
    QString inferPattern(int deck) const;
    QString accessibleText(const Seat &seat) const;
    void emitSeatChanged(const SeatCode &code);

    QList<Seat> m_seats;
    QString m_columns;              // pattern of the current deck: letters and ' ' aisles
    QList<GridRow> m_rows;
    QHash<QString, int> m_seatIndex; // "12A" -> index into m_seats
    QSet<QString> m_selected;
    int m_deck = 0;
    int m_partySize = 1;
};

} // namespace kiosk::ui
