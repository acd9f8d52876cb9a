#pragma once

#include "DatabaseTest.h"

#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "booking/StaffCallDesk.h"
#include "payment/MockPaymentGateway.h"
#include "screens/KioskOptions.h"
#include "screens/KioskWindow.h"

#include <QSize>

#include <memory>

namespace kiosk::test {

// The traveller's KioskWindow on the test database (SQLite or PostgreSQL), as a terminal
// runs it: a BookingService acting as kiosk terminal `Terminal` with the mock gateway, the
// flight catalog, the staff-call desk and the shown window. A test prepares the database first, may start the
// service early (to make bookings or hand the window its receipts), then opens the window.
class KioskFixture : public DatabaseTest {
protected:
    static const QString Terminal; // "kiosk-ui-test"

    // The touch kiosk (on-screen keyboard), as `kiosk --kiosk` opens it.
    static ui::KioskOptions touchKiosk();

    void startService(int holdSeconds = TerminalSettings::HoldSeconds.fallback);
    // Starts the service if no test did, then shows the window at `size` and waits for it.
    void openKiosk(const ui::KioskOptions &options = touchKiosk(), QSize size = {1280, 1024});
    // The window first (it refers to the rest), then the service and the database.
    void TearDown() override;

    MockPaymentGateway gateway;
    std::unique_ptr<BookingService> service;
    std::unique_ptr<FlightCatalog> catalog;
    std::unique_ptr<StaffCallDesk> staffCalls; // Help, as the kiosk program wires it
    std::unique_ptr<ui::KioskWindow> window;
};

} // namespace kiosk::test
