#pragma once

class QAbstractScrollArea;
class QWidget;

namespace kiosk::ui {

// Kinetic scrolling for a list or map on a touch screen: a finger dragged across it scrolls
// (and flicks on), a tap without movement is still a tap. Without it a swipe over the
// departures reads as a tap and picks a flight.
void scrollByTouch(QAbstractScrollArea *area);

// Everything under `root` made for fingers rather than a keyboard: every list and table
// scrolls by touch, and field labels lose their keyboard mnemonic ("&To" reads "To"). An
// underline means nothing on a touch screen, and the underlined letter is painted without
// kerning, wider than the label's size hint: "To" and "Travellers" came out clipped.
// The screens stay keyboard-first where they are shared with the agent desk.
void adaptForTouch(QWidget *root);

} // namespace kiosk::ui
