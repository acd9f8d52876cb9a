#include "KioskFixture.h"

#include <QTest>

namespace kiosk::test {

const QString KioskFixture::Terminal = QStringLiteral("kiosk-ui-test");

ui::KioskOptions KioskFixture::touchKiosk()
{
    ui::KioskOptions options;
    options.mode = ui::KioskOptions::Mode::Kiosk;
    return options;
}

void KioskFixture::startService(int holdSeconds)
{
    service = std::make_unique<BookingService>(*db, gateway, Actor{Terminal, QStringLiteral("kiosk")}, holdSeconds);
    catalog = std::make_unique<FlightCatalog>(*db);
    staffCalls = std::make_unique<StaffCallDesk>(*db);
}

void KioskFixture::openKiosk(const ui::KioskOptions &options, QSize size)
{
    if (!service)
        startService();
    window = std::make_unique<ui::KioskWindow>(*service, *catalog, options);
    window->setStaffCalls(*staffCalls);
    window->resize(size);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
}

void KioskFixture::TearDown()
{
    window.reset();
    staffCalls.reset();
    catalog.reset();
    service.reset();
    DatabaseTest::TearDown();
}

} // namespace kiosk::test
