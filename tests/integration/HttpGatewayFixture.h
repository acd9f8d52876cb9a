#pragma once

#include "BackendFixture.h"
#include "PaygateSim.h"

#include "payment/HttpPaymentGateway.h"

#include <QTemporaryDir>

namespace kiosk::test {

// The saga over HTTP against paygate-sim, with each injected fault: money is taken once
// or not at all, and the database agrees with the simulator's ledger.
class HttpGatewayTest : public BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(sim.start(ledgerPath())) << "paygate-sim did not start";
        connectGateway(QStringLiteral("?timeout_ms=2000&attempts=4&backoff_ms=50&max_backoff_ms=200"));
    }
    void TearDown() override
    {
        http.reset();
        sim.stop();
        BackendTest::TearDown();
    }

    void connectGateway(const QString &settings)
    {
        http.reset();
        m_gateway.reset();
        auto options = HttpGatewayOptions::fromUrl(sim.url() + QStringLiteral("/") + settings);
        ASSERT_TRUE(options.ok()) << options.error().message.toStdString();
        m_gateway = std::make_unique<HttpPaymentGateway>(*options);
        http = std::make_unique<BookingService>(*db, *m_gateway, Actor{QStringLiteral("test-terminal"),
                                                                        QStringLiteral("tester"), Role::Admin});
        http->setPaymentAttemptSeconds(1);
    }
    QString ledgerPath() const { return m_dir.filePath(QStringLiteral("ledger.json")); }
    Booking held(const QString &seat)
    {
        auto booking = service->hold(request({seat}));
        EXPECT_TRUE(booking.ok());
        return booking.ok() ? *booking : Booking{};
    }
    BookingState stateOf(const Booking &booking) { return service->find(booking.reference)->state; }

    PaygateSim sim;
    std::unique_ptr<BookingService> http;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HttpPaymentGateway> m_gateway;
};

} // namespace kiosk::test
