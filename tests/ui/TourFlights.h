#pragma once

#include "models/FlightListModel.h"
#include "screens/FlightListScreen.h"
#include "screens/KioskWindow.h"
#include "screens/SeatMapScreen.h"

#include <QLabel>
#include <QTableView>
#include <QTest>

namespace kiosk::test {

// The screenshot tours name a flight by its id, never by a row of a list another window
// loaded at another time: a line's place moves as flights depart or close.
inline int rowOfFlight(ui::FlightListModel &model, qint64 flightId)
{
    for (int row = 0;; ++row) {
        if (row == model.rowCount() && model.canFetchMore({}))
            model.fetchMore({}); // the board loads a page at a time
        if (row >= model.rowCount())
            return -1;
        if (model.summaryAt(row)->flight.id == flightId)
            return row;
    }
}

// Chooses `flightId` on the departures board shown in `window`, as a keyboard does (the
// line made current, then Enter): a tap replayed by the touch scroller is lost when the
// line lies outside the offscreen platform's 800x800 screen. Ends the tour with the
// board's own words when the kiosk does not open the flight's seat map.
inline void chooseFlight(ui::KioskWindow &window, qint64 flightId)
{
    ui::FlightListScreen *board = window.flightListScreen();
    const int row = rowOfFlight(*board->model(), flightId);
    if (row < 0)
        qFatal("the tour's flight %lld is not on the departures board", flightId);
    QTableView *table = board->view();
    const QModelIndex line = table->model()->index(row, 0);
    table->setFocus();
    table->setCurrentIndex(line);
    table->scrollTo(line);
    QTest::keyClick(table, Qt::Key_Return);
    if (window.currentScreen() != window.seatMapScreen()) {
        const auto *status = board->findChild<QLabel *>(QStringLiteral("flightListStatus"));
        qFatal("the kiosk did not open flight %lld (row %d): %s", flightId, row,
               status ? qPrintable(status->text()) : "no status");
    }
}

} // namespace kiosk::test
