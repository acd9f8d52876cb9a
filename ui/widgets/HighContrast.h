#pragma once

#include <QPalette>

namespace kiosk::ui {

// Whether what is painted by hand (the seat map, its legend, the departures board) sits
// on the accessible mode's high-contrast look, light words on black (kiosk-accessible.qss
// sets the words' colour on every widget), rather than the standard dark on white.
inline bool isHighContrast(const QPalette &palette)
{
    // The active group's: a cell that is not enabled (a row number) draws from the disabled
    // group, whose words are light grey on the standard look too.
    return palette.color(QPalette::Active, QPalette::Text).lightness() > 160;
}

} // namespace kiosk::ui
