#pragma once

#include <QStringList>

namespace kiosk::ui {
class KioskWindow;
class OnScreenKeyboard;
class PaymentDialog;
class SeatMapScreen;
class SeatMapView;
}

namespace kiosk::test {

// Drives a KioskWindow the way a traveller does: clicks and typing on the real widgets.
// Each step reports a failed expectation through GoogleTest (use ASSERT_NO_FATAL_FAILURE).
void clickSeat(ui::SeatMapScreen &screen, const QString &code);
void clickSeat(ui::SeatMapView &view, const QString &code); // any seat map: the kiosk's, the desk's
void clickSeat(ui::KioskWindow &window, const QString &code);
// Welcome -> flight list -> the first flight -> seat map with `seats` chosen.
void chooseSeats(ui::KioskWindow &window, const QStringList &seats);
// Continue to the passenger screen, type one name per seat, press "Hold seats and pay".
void enterNames(ui::KioskWindow &window, const QStringList &names);
// In the open payment dialog: type the card number, expiry 12/30 and CVC 123, press Pay.
void payWithCard(ui::KioskWindow &window, const QString &number);
void payWithCard(ui::PaymentDialog *dialog, const QString &number);
// Taps the keys labelled `keys` on an on-screen keyboard, one after the other.
void tapKeys(ui::OnScreenKeyboard &keyboard, const QStringList &keys);

} // namespace kiosk::test
