#pragma once

#include "models/SeatMapGrid.h"

#include <QList>
#include <QWidget>

namespace kiosk::ui {

class SeatMapModel;
class SeatMapView;

// The whole aircraft small, beside the seat map: every deck side by side (the A380's main
// and upper deck, labelled), each seat a dot in its state's colour, and a frame around the
// part the map shows. A tap or a drag moves the map there, onto the other deck if that is
// where the finger is; arrow keys scroll it (left and right change deck). Hidden while the
// map already shows the whole aircraft.
class SeatMiniMap : public QWidget {
    Q_OBJECT
public:
    SeatMiniMap(SeatMapModel *model, SeatMapView *view, QWidget *parent = nullptr);

    static constexpr int MinDeckWidth = 56; // a finger's target: 48 px at least

    // True while the map shows less than the whole aircraft: another deck, or rows out of view.
    bool needed() const;
    // Where deck `deck`'s outline is drawn, and the frame marking what the map shows.
    QRect deckRect(int deck) const;
    QRect visibleFrame() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Deck {
        int index = 0;
        SeatMapGrid grid;
        QList<int> tops; // each grid row's top on the map, in the map's pixels
        int length = 0;  // the deck's whole length on the map
    };
    void rebuild(); // the decks' grids, when the model has new seats or another deck
    void follow();  // the map scrolled or resized: the frame, the description, whether shown
    const Deck *deckAt(int deck) const;
    int deckWidth() const;
    int labelHeight() const;
    double scale() const; // map pixels to mini-map pixels, the same for every deck
    // The map shows `deck` with its `mapY` pixel in the middle, or as near as the ends let it.
    void jumpTo(int deck, double mapY);
    void jumpToPoint(const QPoint &point);

    SeatMapModel *m_model;
    SeatMapView *m_view;
    QList<Deck> m_decks;
};

} // namespace kiosk::ui
