#pragma once

#include "DatabaseTest.h"
#include "booking/BookingService.h"
#include "payment/FutureWait.h"
#include "payment/MockPaymentGateway.h"

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace kiosk::test {

// DatabaseTest with a booking service on the mock gateway, acting as an admin: these tests
// are about the booking rules; role rules have their own tests.
class BackendTest : public DatabaseTest {
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        if (HasFatalFailure())
            return;
        service = std::make_unique<BookingService>(*db, gateway, Actor{QStringLiteral("test-terminal"),
                                                                       QStringLiteral("tester"), Role::Admin});
    }

    void TearDown() override
    {
        service.reset();
        DatabaseTest::TearDown();
    }

    HoldRequest request(const QStringList &seats, std::optional<int> ttl = std::nullopt) const
    {
        return holdOf(flight.id, seats, {}, ttl);
    }

    static CardDetails card(const QString &number = QStringLiteral("4242424242424242"))
    {
        CardDetails c;
        c.number = number;
        c.setExpiry(QStringLiteral("12/30"));
        c.cvc = QStringLiteral("123");
        return c;
    }

    // Pays and waits for the saga to finish (the mock answers at once; a simulator may not).
    static Result<Booking> pay(BookingService &on, const QString &reference, const CardDetails &with = card())
    {
        return waitFor(on.submitPayment(reference, with), 30000);
    }
    Result<Booking> pay(const QString &reference, const CardDetails &with = card()) { return pay(*service, reference, with); }
    Result<Booking> refund(const RefundRequest &request) { return waitFor(service->refund(request), 30000); }
    Result<Booking> refund(const QString &reference) { return refund(RefundRequest{reference, std::nullopt, QString(), QString()}); }
    Result<ReconcileReport> reconcile() { return waitFor(service->reconcilePayments(), 30000); }
    // Cancels a paid booking recording a refund of nothing now (a supervisor's override), for
    // tests of refunds made afterwards; `on` must act as a supervisor or admin.
    static Result<Booking> cancelPaid(BookingService &on, const QString &reference, const QString &reason = QString())
    {
        CancellationRequest request;
        request.reference = reference;
        request.reason = reason;
        request.overrideRefundMinor = 0;
        request.overrideReason = QStringLiteral("refund handled separately");
        auto outcome = waitFor(on.cancelWithRefund(request), 30000);
        if (!outcome)
            return outcome.error();
        return outcome->booking;
    }
    Result<Booking> cancelPaid(const QString &reference, const QString &reason = QString())
    {
        return cancelPaid(*service, reference, reason);
    }

    // Held and paid on this test's flight: a CONFIRMED booking (a test failure if not), for
    // these passengers (else "PASSENGER 1".."n") and this contact address (else none).
    Booking confirmed(const QStringList &seats, const QStringList &names = {}, const QString &email = {})
    {
        HoldRequest r = request(seats);
        r.passengers = names;
        r.contact.email = email;
        auto held = service->hold(r);
        EXPECT_TRUE(held.ok()) << (held ? "" : held.error().message.toStdString());
        auto paid = held ? pay(held->reference) : held;
        EXPECT_TRUE(paid.ok()) << (paid ? "" : paid.error().message.toStdString());
        return paid.ok() ? *paid : Booking{};
    }

    MockPaymentGateway gateway;
    std::unique_ptr<BookingService> service;
};

} // namespace kiosk::test
