#pragma once

#include "KioskStartup.h"
#include "domain/Result.h"

#include <QMainWindow>

#include <memory>

namespace kiosk {
class Authenticator;
class BookingService;
class BagTagger;
class CheckInSeatChanger;
class CheckInService;
class Database;
class DisruptionDesk;
class ScheduleDesk;
class DocumentMailer;
class FlightCatalog;
class LiveSync;
class PaymentGateway;
class ReadReplica;
class ReceiptBuilder;
class ReconcileScheduler;
class ReportService;
class StaffCallDesk;
} // namespace kiosk

// One running terminal: the database, the services on it and the window of the chosen
// face (counter kiosk, demo or agent workstation), wired together. Built in one go once the
// database answers; owns everything, so destroying it closes the connections.
class KioskTerminal {
public:
    // Opens the database (migrating the demo file, checking the schema otherwise), builds
    // the services and the window, and shows it. Errors say what to fix; an unreachable
    // database is ErrorCode::DatabaseUnavailable, which the counter kiosk retries.
    static kiosk::Result<std::unique_ptr<KioskTerminal>> start(KioskStartup &startup);
    ~KioskTerminal();

    QMainWindow &window() { return *m_window; }
    // A new window on the same services, in the language now installed.
    void rebuildWindow(KioskStartup &startup);

private:
    KioskTerminal() = default;
    kiosk::Status open(KioskStartup &startup);
    void buildWindow(KioskStartup &startup);

    // Declared in construction order: each member may use the ones above it.
    std::unique_ptr<kiosk::Database> m_db;
    std::unique_ptr<kiosk::ReadReplica> m_reads; // the departures board and reports
    std::unique_ptr<kiosk::PaymentGateway> m_gateway;
    std::unique_ptr<kiosk::BookingService> m_service;
    std::unique_ptr<kiosk::FlightCatalog> m_catalog;
    std::unique_ptr<kiosk::LiveSync> m_live;
    std::unique_ptr<kiosk::ReconcileScheduler> m_reconciler;
    std::unique_ptr<kiosk::Authenticator> m_authenticator;
    std::unique_ptr<kiosk::ReportService> m_reports;
    std::unique_ptr<kiosk::CheckInService> m_checkIns;
    std::unique_ptr<kiosk::BagTagger> m_bags;
    std::unique_ptr<kiosk::CheckInSeatChanger> m_seatChanger;
    std::unique_ptr<kiosk::ReceiptBuilder> m_receipts;
    std::unique_ptr<kiosk::DocumentMailer> m_mailer; // "E-mail it to me" on the receipt and boarding pass
    std::unique_ptr<kiosk::DisruptionDesk> m_disruptions;
    std::unique_ptr<kiosk::ScheduleDesk> m_schedule;
    std::unique_ptr<kiosk::StaffCallDesk> m_staffCalls; // Help on the kiosks, answered at the desks
    std::unique_ptr<QMainWindow> m_window;
};
