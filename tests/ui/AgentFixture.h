#pragma once

#include "TestDatabase.h"
#include "TestFlights.h"

#include "auth/Authenticator.h"
#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "payment/MockPaymentGateway.h"

#include <gtest/gtest.h>

class QAction;

#include <memory>
#include <optional>

namespace kiosk::ui {
class AgentWindow;
class BookingDetailView;
class CancelBookingDialog;
}

namespace kiosk::test {

// The agent workstation on a fresh database (SQLite or PostgreSQL): users ada (agent) and
// sue (supervisor) with Password, a flight 48 h ahead (policy: 50 %) and three confirmed
// bookings of one, two and three passengers; helpers that drive the real widgets.
class AgentFixture : public ::testing::TestWithParam<Backend> {
protected:
    static const QString Password;

    void SetUp() override;
    void TearDown() override;

    void open(int idleSignOutSeconds = 300);
    // Types into the sign-in dialog, presses Sign in and waits for the answer.
    void signIn(const QString &name, const QString &password);
    // Types a name into the lookup and presses Enter in the field.
    void searchByName(const QString &name);
    // Makes the row of `reference` current in the results; the detail beside them shows it.
    ui::BookingDetailView *openDetail(const QString &reference);
    // Clicks `action`'s button on the Bookings tab's toolbar.
    void clickToolBar(QAction *action);
    ui::CancelBookingDialog *openCancellation(const QString &reference);
    qint64 refundedAtGateway() const;

    std::optional<TestDatabase> database;
    std::unique_ptr<Database> db;
    MockPaymentGateway gateway;
    std::unique_ptr<BookingService> service;
    std::unique_ptr<Authenticator> authenticator;
    std::unique_ptr<FlightCatalog> catalog;
    std::unique_ptr<ui::AgentWindow> window;
    Flight flight;
    Booking single;  // Anna O'Brien-Müller, 2A
    Booking couple;  // 3A, 3B
    Booking family;  // 4A, 4B, 4C
};

} // namespace kiosk::test
