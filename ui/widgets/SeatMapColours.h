#pragma once

#include "HighContrast.h"

#include <QColor>
#include <QPalette>

namespace kiosk::ui {

// The colours the seat map, its legend and its mini-map are drawn in: the light aircraft of
// the standard kiosk, or white and yellow on black where the map sits on a dark palette (the
// accessible mode's high contrast). The seat states differ by shape and symbol in both.
struct SeatMapColours {
    bool highContrast;
    QColor ink;        // walls, outlines, row numbers, letters, prices
    QColor floor;      // the cabin
    QColor free;       // a free seat's fill
    QColor chosen;     // the traveller's seat
    QColor chosenText; // its traveller's number
    QColor held;
    QColor sold;
    QColor blocked;
    QColor wing;
    QColor facility;   // galleys, lavatories, closets
    QColor accent;     // the legroom bar, the focus frame, the mini-map's frame
    QColor exit;
    QColor exitArrow;

    static const SeatMapColours &standard()
    {
        static const SeatMapColours colours{false,
                                            QColor(0x1f, 0x2a, 0x37),
                                            QColor(0xf3, 0xf5, 0xf8),
                                            QColor(Qt::white),
                                            QColor(0x00, 0x5f, 0xb8),
                                            QColor(Qt::white),
                                            QColor(0xf2, 0xb1, 0x34),
                                            QColor(0x4a, 0x4f, 0x57),
                                            QColor(0xc8, 0xcc, 0xd2),
                                            QColor(0xa9, 0xb8, 0xc9),
                                            QColor(0xe1, 0xe6, 0xed),
                                            QColor(0x00, 0x5f, 0xb8),
                                            QColor(0xb4, 0x23, 0x18),
                                            QColor(Qt::white)};
        return colours;
    }

    // kiosk-accessible.qss's colours: white lines on black, yellow for the traveller's own
    // seat, cyan where the keypad is; a held seat keeps its hatching, a taken one its cross.
    static const SeatMapColours &highContrastColours()
    {
        static const SeatMapColours colours{true,
                                            QColor(Qt::white),
                                            QColor(Qt::black),
                                            QColor(Qt::black),
                                            QColor(0xff, 0xd4, 0x00),
                                            QColor(Qt::black),
                                            QColor(0x80, 0x60, 0x00),
                                            QColor(0x40, 0x40, 0x40),
                                            QColor(Qt::black),
                                            QColor(0x59, 0x59, 0x59),
                                            QColor(0x26, 0x26, 0x26),
                                            QColor(0x00, 0xe5, 0xff),
                                            QColor(0xff, 0x4a, 0x3d),
                                            QColor(Qt::black)};
        return colours;
    }

    // The colours for a map on `palette`: high contrast on a dark base.
    static const SeatMapColours &forPalette(const QPalette &palette)
    {
        return isHighContrast(palette) ? highContrastColours() : standard();
    }
};

} // namespace kiosk::ui
