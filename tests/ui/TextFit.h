#pragma once

#include <QStringList>

class QWidget;

namespace kiosk::ui {
class SeatMapView;
}

// Whether the texts a traveller sees fit the room their widgets got (KioskTextFitTest).
namespace kiosk::test {

// One line per visible label or button under `root` whose text, as painted in the widget's
// own font, is wider than its room, and per push button or spin box button smaller than a
// finger (48 px each way) on the touch kiosk.
QStringList misfits(QWidget *root);

// The words the seat map paints (not widgets, so misfits() cannot see them): each price under
// its seat, each Window/Aisle under its column letter, each galley or lavatory in its block.
QStringList seatMapMisfits(ui::SeatMapView *view);

} // namespace kiosk::test
