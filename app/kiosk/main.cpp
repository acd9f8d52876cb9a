#include "KioskStartup.h"

#include "agent/AgentWindow.h"
#include "auth/Authenticator.h"
#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "booking/LiveSync.h"
#include "booking/ReconcileScheduler.h"
#include "demo/DemoSeeder.h"
#include "demo/DemoStaff.h"
#include "payment/GatewayFactory.h"
#include "reporting/ReportService.h"
#include "screens/KioskWindow.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

namespace {

int fail(const QString &message)
{
    // Shown to whoever started the kiosk, and kept in the log for the operator.
    qCritical("%s", qPrintable(message));
    QMessageBox::critical(nullptr, QApplication::translate("main", "The kiosk cannot start"), message);
    return 1;
}

// The demo database is created and filled on first use, reused afterwards, and given the
// next days of flights when everything in it has departed.
kiosk::Status prepareDemo(kiosk::Database &db, const KioskStartup &startup)
{
    auto migrated = kiosk::Migrator(db).migrate();
    if (!migrated)
        return migrated.error();
    auto now = db.serverNow();
    if (!now)
        return now.error();
    auto seeded = kiosk::DemoSeeder::ensureUpcoming(db, startup.demoSeed, now->date(), startup.demoDays);
    if (!seeded)
        return seeded.error();
    // Staff accounts to try the desk with: only ever in the program's own demo file.
    if (startup.isAgent() && startup.usesDemoDatabase()) {
        auto staff = kiosk::DemoStaff::ensure(db);
        if (!staff)
            return staff.error();
    }
    return kiosk::Done{};
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kiosk"));
    QApplication::setOrganizationName(QStringLiteral("BookingKiosk"));
    QApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));

    KioskStartup startup;
    if (const QString error = startup.parse(app); !error.isEmpty()) {
        qCritical("kiosk: %s", qPrintable(error));
        return 2;
    }

    QTranslator qtTranslator;
    QTranslator translator;
    const QLocale locale = startup.language.isEmpty() ? QLocale() : QLocale(startup.language);
    QLocale::setDefault(locale); // dates and the clock in the chosen language too
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (translator.load(locale, QStringLiteral("kiosk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QFile style(startup.options.touchFirst() ? QStringLiteral(":/styles/kiosk.qss") : QStringLiteral(":/styles/agent.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));

    auto db = kiosk::Database::open(startup.databaseUrl, QStringLiteral("kiosk:") + startup.terminal);
    if (!db)
        return fail(db.error().message);
    const kiosk::Status ready = startup.isDemo() || startup.usesDemoDatabase() ? prepareDemo(**db, startup)
                                                                               : kiosk::Migrator(**db).checkCurrent();
    if (!ready)
        return fail(ready.error().message);

    auto gateway = kiosk::GatewayFactory::create(startup.gateway);
    if (!gateway)
        return fail(gateway.error().message);
    kiosk::BookingService service(**db, **gateway, kiosk::Actor{startup.terminal, QStringLiteral("kiosk")},
                                  startup.holdSeconds);
    kiosk::FlightCatalog catalog(**db);
    auto here = catalog.airport(startup.options.origin);
    if (!here)
        return fail(QApplication::translate("main", "This terminal is set to airport %1, which the database does not know.")
                        .arg(startup.options.origin));
    startup.options.originName = here->city;
    // Other terminals' seat changes, expiry at each deadline, reconnection after a failure.
    auto live = kiosk::LiveSync::open(startup.databaseUrl, service, **db);
    if (!live)
        return fail(live.error().message);
    (*live)->start();
    // Payments a crash left unfinished (here or on another terminal) are settled now and every minute.
    kiosk::ReconcileScheduler reconciler(service);
    reconciler.start();
    // A payment the outage interrupted is settled as soon as the database is back.
    QObject::connect(live->get(), &kiosk::LiveSync::connectionRestored, &reconciler,
                     &kiosk::ReconcileScheduler::start);

    kiosk::Authenticator authenticator(**db, startup.terminal);
    kiosk::ReportService reports(**db, service.actor()); // the agent window sets who asks at sign-in
    std::unique_ptr<QMainWindow> window;
    if (startup.isAgent()) {
        auto agent = std::make_unique<kiosk::ui::AgentWindow>(service, catalog, authenticator,
                                                             startup.options.signOutIdleSeconds);
        agent->addNewBookingTab(startup.options.origin);
        agent->addReportsTab(reports);
        QTimer::singleShot(0, agent.get(), &kiosk::ui::AgentWindow::showSignIn);
        window = std::move(agent);
    } else {
        auto journey = std::make_unique<kiosk::ui::KioskWindow>(service, catalog, startup.options);
        journey->setLiveSync(live->get());
        window = std::move(journey);
    }
    if (startup.options.mode == kiosk::ui::KioskOptions::Mode::Kiosk) {
        window->showFullScreen();
    } else {
        window->resize(1280, 860);
        window->show();
    }
    QTimer::singleShot(0, window.get(), [&sinceStart] {
        qInfo("kiosk: ready after %lld ms", sinceStart.elapsed()); // start-up time, for docs/benchmarks.md
    });
    return app.exec();
}
