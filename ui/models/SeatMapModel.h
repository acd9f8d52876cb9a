#pragma once

#include "SeatMapGrid.h"
#include "demo/AircraftLayout.h"
#include "domain/Seat.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace kiosk::ui {

// One deck of an aircraft as a grid: a row number column on each side (the fuselage walls,
// where exits are drawn), the deck's columns with aisle columns between blocks, a header
// row above each cabin, and rows for galleys and lavatories when the layout is known. Each
// cabin places its own letters into the columns (SeatMapGrid). Holds which seat each
// traveller of the party has (the order the names and the booking follow) so views and
// tests share it.
class SeatMapModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        SeatCodeRole = Qt::UserRole + 1, // QString "12A"; empty for aisles, headers, row labels
        StatusRole,                      // int SeatStatus
        SelectedRole,                    // bool
        CabinRole,                       // int Cabin
        FeaturesRole,                    // int SeatFeatures
        PriceRole,                       // QString "EUR 49.00", "49,00 EUR": as the language writes money
        CellKindRole,                    // int CellKind
        FareRole,                        // QString "EUR 120.00": the cabin's fare part of the price
        SurchargeRole,                   // QString "EUR 25.00" the seat's surcharges add; empty when none
        PriceBreakdownRole,              // QString "EUR 145.00 (fare EUR 120.00 + seat EUR 25.00)"
        ShortPriceRole,                  // QString "145" or "1.044,50": the amount the seat map prints under a seat
        ExitRole,                        // int ExitMark bits of a seat row (row labels, seats)
        OverWingRole,                    // bool: the row lies over the wing
        FacilitiesRole,                  // QList<LayoutFacility> of a Facility row
        ColumnSideRole,                  // QString "window"/"aisle"/"" for a header row's column
        TravellerRole,                   // int: whose a chosen seat is (1 = the first traveller, as the
                                         // passenger screen lists them); 0 when not chosen
    };
    enum class CellKind { Seat, Aisle, RowLabel, CabinHeader, Empty, Facility };
    Q_ENUM(CellKind)

    explicit SeatMapModel(QObject *parent = nullptr);

    // "Business", "Economy", ... translated: how every screen names a cabin.
    static QString cabinTitle(Cabin cabin);

    // Replaces the seats (a new flight). Columns follow the deck's widest cabin; each cabin
    // keeps its own letters and aisles (the layout's, else inferred from the seats).
    void setSeats(const QList<Seat> &seats);
    // The flight's layout: galleys, lavatories, wings, exits and the cabins' columns. Call
    // before setSeats; nullopt (a generated layout) draws the seats alone.
    void setLayout(const std::optional<AircraftLayout> &layout);
    const std::optional<AircraftLayout> &layout() const { return m_layout; }
    // New statuses for the same seats (another terminal sold something): no reset, and
    // selected seats that were taken meanwhile drop out of the selection.
    QStringList updateStatuses(const QList<Seat> &seats);

    QList<int> decks() const;
    static QString deckName(int deck); // "Main deck", "Upper deck", translated
    int deck() const { return m_deck; }
    void setDeck(int deck);

    int partySize() const { return m_partySize; }
    void setPartySize(int size);
    // A tap: a free seat goes to the first traveller without one, a chosen seat is let go.
    bool toggle(const QModelIndex &index);
    bool select(const QString &code);
    // "Choose for traveller N" (1-based): N's earlier seat is let go; a seat another traveller
    // had swaps with N's, so both keep a seat. False for a seat not free or no such traveller.
    bool assign(const QString &code, int traveller);
    void clearSelection();
    QList<SeatCode> selectedSeats() const; // in traveller order: traveller 1's seat first
    int travellerOf(const SeatCode &code) const; // TravellerRole
    Money selectedTotal() const;
    // Picks `partySize` free seats side by side in one row of one cabin on this deck by the
    // orphan-seat rule (PartySeating); false when no such block exists.
    bool selectBestAvailableTogether();
    // Free seats the current selection leaves alone between taken seats (PartySeating).
    QList<SeatCode> orphansLeftBySelection() const;
    // "Seat 12A, window, ..., free": what a screen reader says and the seat card shows.
    QString describe(const QString &code) const;

    QModelIndex indexOf(const QString &code) const;
    const Seat *seatAt(const QModelIndex &index) const;
    const Seat *seat(const QString &code) const; // on any deck; null when the flight has none
    // Any deck's grid, as the map shows that deck (the mini-map draws every deck).
    SeatMapGrid gridOf(int deck) const;
    const QList<Seat> &seats() const { return m_seats; }
    int seatCount(Cabin cabin) const; // on every deck

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The price with its parts when a surcharge is in it: "EUR 145.00 (fare EUR 120.00 + seat EUR 25.00)".
    static QString priceText(const Seat &seat);
    // "window", "exit row", "extra legroom", ... translated, as the seat's description says them.
    static QStringList featureWords(const Seat &seat);
    // "Galley", "Lavatory", "Closet", translated; and a row of them with their sides.
    static QString facilityName(FacilityKind kind);
    static QString facilitiesText(const QList<LayoutFacility> &facilities);
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void selectionChanged();

private:
    void rebuild();
    QString accessibleText(const Seat &seat) const;
    QVariant headerRowData(const SeatMapGridRow &row, int column, int role) const;
    QVariant labelData(const SeatMapGridRow &row, int role) const;
    void emitSeatChanged(const SeatCode &code);
    void emitSeatChanged(const QString &code);

    QList<Seat> m_seats;
    std::optional<AircraftLayout> m_layout;
    bool m_layoutFits = false;      // the layout is the seats' own: draw its decks
    CabinColumns m_letters;         // each row's letters and aisles
    SeatMapGrid m_grid;             // the current deck
    QHash<QString, int> m_seatIndex; // "12A" -> index into m_seats
    int m_partySize = 1;
    QStringList m_seatOfTraveller;   // [0] is traveller 1's seat ("12A"), empty while they have none
    int m_deck = 0;
};

} // namespace kiosk::ui
