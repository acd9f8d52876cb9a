#include "KioskTerminal.h"

#include "agent/AgentWindow.h"
#include "auth/Authenticator.h"
#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "booking/LiveSync.h"
#include "booking/ReceiptBuilder.h"
#include "booking/ReconcileScheduler.h"
#include "booking/StaffCallDesk.h"
#include "checkin/BagTagger.h"
#include "checkin/CheckInSeatChanger.h"
#include "checkin/CheckInService.h"
#include "demo/DemoSeeder.h"
#include "demo/DemoStaff.h"
#include "notify/DocumentMailer.h"
#include "payment/GatewayFactory.h"
#include "payment/TerminalFactory.h"
#include "reporting/ReportService.h"
#include "schedule/DisruptionDesk.h"
#include "schedule/ScheduleDesk.h"
#include "screens/KioskWindow.h"
#include "screens/ConfirmationScreen.h"
#include "screens/BoardingPassScreen.h"
#include "screens/ReceiptScreen.h"
#include "widgets/DocumentPrinter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/ReadReplica.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTimer>

namespace {

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

KioskTerminal::~KioskTerminal() = default;

kiosk::Result<std::unique_ptr<KioskTerminal>> KioskTerminal::start(KioskStartup &startup)
{
    std::unique_ptr<KioskTerminal> terminal(new KioskTerminal);
    if (auto opened = terminal->open(startup); !opened)
        return opened.error();
    terminal->buildWindow(startup);
    return terminal;
}

kiosk::Status KioskTerminal::open(KioskStartup &startup)
{
    auto db = kiosk::Database::open(startup.databaseUrl, QStringLiteral("kiosk:") + startup.terminal);
    if (!db)
        return db.error();
    m_db = std::move(*db);
    const kiosk::Status ready = startup.isDemo() || startup.usesDemoDatabase() ? prepareDemo(*m_db, startup)
                                                                               : kiosk::Migrator(*m_db).checkCurrent();
    if (!ready)
        return ready;
    auto reads = kiosk::ReadReplica::open(startup.readDatabaseUrl, *m_db, QStringLiteral("kiosk-reads:") + startup.terminal);
    if (!reads)
        return reads.error();
    m_reads = std::move(*reads);

    auto gateway = kiosk::GatewayFactory::create(startup.gateway, startup.databaseKind());
    if (!gateway)
        return gateway.error();
    auto withTerminal = kiosk::TerminalFactory::wrap(startup.cardTerminal, std::move(*gateway));
    if (!withTerminal)
        return withTerminal.error();
    m_gateway = std::move(*withTerminal);
    m_service = std::make_unique<kiosk::BookingService>(
        *m_db, *m_gateway, kiosk::Actor{startup.terminal, QStringLiteral("kiosk")}, startup.holdSeconds);
    m_catalog = std::make_unique<kiosk::FlightCatalog>(*m_db, *m_reads);
    auto here = m_catalog->airport(startup.options.origin);
    if (!here)
        return kiosk::makeError(kiosk::ErrorCode::BadInput,
                                QCoreApplication::translate("main", "This terminal is set to airport %1, which the database does not know.")
                                    .arg(startup.options.origin));
    startup.options.originName = here->city;
    // Other terminals' seat changes, expiry at each deadline, reconnection after a failure.
    auto live = kiosk::LiveSync::open(startup.databaseUrl, *m_service, *m_db);
    if (!live)
        return live.error();
    m_live = std::move(*live);
    m_live->start();
    // Payments a crash left unfinished (here or on another terminal) are settled now and every minute.
    m_reconciler = std::make_unique<kiosk::ReconcileScheduler>(*m_service);
    m_reconciler->start();
    // A payment the outage interrupted is settled as soon as the database is back.
    QObject::connect(m_live.get(), &kiosk::LiveSync::connectionRestored, m_reconciler.get(),
                     &kiosk::ReconcileScheduler::start);
    m_authenticator = std::make_unique<kiosk::Authenticator>(*m_db, startup.terminal);
    m_reports = std::make_unique<kiosk::ReportService>(*m_db, *m_reads); // the agent window's tab asks as its user
    m_checkIns = std::make_unique<kiosk::CheckInService>(*m_db, m_service->actor());
    m_bags = std::make_unique<kiosk::BagTagger>(*m_db, m_service->actor());
    m_seatChanger = std::make_unique<kiosk::CheckInSeatChanger>(*m_db, m_service->actor());
    m_receipts = std::make_unique<kiosk::ReceiptBuilder>(*m_service, *m_db);
    m_mailer = std::make_unique<kiosk::DocumentMailer>(*m_service, *m_db);
    m_disruptions = std::make_unique<kiosk::DisruptionDesk>(*m_db, m_service->actor()); // likewise
    m_schedule = std::make_unique<kiosk::ScheduleDesk>(*m_db, m_service->events(), m_service->actor()); // likewise
    m_staffCalls = std::make_unique<kiosk::StaffCallDesk>(*m_db);
    return kiosk::Done{};
}

void KioskTerminal::rebuildWindow(KioskStartup &startup)
{
    m_window.reset();
    buildWindow(startup);
}

void KioskTerminal::buildWindow(KioskStartup &startup)
{
    if (startup.isAgent()) {
        auto agent = std::make_unique<kiosk::ui::AgentWindow>(*m_service, *m_catalog, *m_authenticator,
                                                             startup.options.signOutIdleSeconds);
        agent->setLiveSync(m_live.get());
        agent->addNewBookingTab(startup.options.origin);
        agent->addReportsTab(*m_reports);
        agent->addDisruptionsTab(*m_disruptions);
        agent->addScheduleTab(*m_schedule);
        agent->addStaffCallsBar(*m_staffCalls);
        // The desk's boarding passes and bag tags go to print/printer, else PDFs.
        agent->addCheckInTab(*m_checkIns, *m_bags,
                             kiosk::ui::DocumentPrinter(startup.printer,
                                                        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                                        startup.boardingPassPaper));
        QTimer::singleShot(0, agent.get(), &kiosk::ui::AgentWindow::showSignIn);
        m_window = std::move(agent);
    } else {
        auto journey = std::make_unique<kiosk::ui::KioskWindow>(*m_service, *m_catalog, startup.options);
        journey->setLiveSync(m_live.get());
        journey->setStaffCalls(*m_staffCalls);
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        // Boarding passes, bag tags and receipts go to print/printer, else PDFs.
        journey->setCheckIn({*m_checkIns, *m_seatChanger, *m_bags},
                            kiosk::ui::DocumentPrinter(startup.printer, documents, startup.boardingPassPaper));
        journey->setReceipts(*m_receipts, kiosk::ui::ReceiptOutput{startup.printer, startup.paper, documents});
        // The documents by e-mail, to the booking's own address only (DocumentMailer).
        journey->receiptScreen()->setMailer(m_mailer.get());
        journey->confirmationScreen()->setMailer(m_mailer.get());
        journey->boardingPassScreen()->setMailer(m_mailer.get());
        m_window = std::move(journey);
    }
}
