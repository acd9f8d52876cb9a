#pragma once

#include "CommandLine.h"
#include "booking/BookingService.h"
#include "payment/PaymentGateway.h"
#include "storage/Database.h"
#include "storage/ReadReplica.h"

#include <memory>
#include <optional>

namespace kiosk::ctl {

// What a command works with: the opened database (schema checked), the signed-in actor,
// a booking service on the payment gateway --gateway names (default $KIOSK_GATEWAY, else
// the mock on the SQLite demo only) acting as them, and the server clock. Commands that
// move no money pass no gateway.
class CtlContext {
public:
    enum class Schema {
        // The schema must be current. A SQLite file that is new or older is migrated first
        // (demo convenience); PostgreSQL is only checked: operators migrate on purpose.
        RequireCurrent,
        // Leave the schema alone (migrate and seed-demo handle it themselves).
        AsIs,
    };

    static Result<std::unique_ptr<CtlContext>> open(const GlobalOptions &options, Schema schema,
                                                    const std::optional<QString> &gatewaySpec = std::nullopt);
    // How long a command waits for the payment gateway before reporting the outcome unknown.
    static constexpr int GatewayWaitMs = 180000;

    // --db, else $KIOSK_DB, else the demo SQLite file (its directory created on the way);
    // a malformed --read-db / $KIOSK_READ_DB is refused here too, before any connection.
    static Result<QString> resolveUrl(const GlobalOptions &options);
    // sqlite:<AppDataLocation>/demo.sqlite
    static Result<QString> demoDatabaseUrl();
    static QString defaultTerminal();

    Database &db() { return *m_db; }
    // The connection for what may be stale (report): --read-db, else $KIOSK_READ_DB, else
    // db(). Opened on first use, so the other commands never connect to it.
    Result<ReadReplica *> reads();
    BookingService &service() { return *m_service; }
    PaymentGateway &gateway() { return *m_gateway; }
    // Who this run acts as: the --user after sign-in, or the built-in operator.
    const Actor &actor() const { return m_actor; }
    const QString &urlText() const { return m_urlText; }
    // The database server's time now; an invalid time if it cannot be read.
    QDateTime serverNow();

    CtlContext(const CtlContext &) = delete;
    CtlContext &operator=(const CtlContext &) = delete;
    ~CtlContext();

private:
    CtlContext() = default;
    Status prepareSchema(Schema schema);
    static Result<Actor> signIn(Database &db, const QString &terminal, const QString &user);

    QString m_urlText; // redacted: fit for messages and output
    QString m_readUrl; // empty: reads on m_db
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReadReplica> m_reads;
    std::unique_ptr<PaymentGateway> m_gateway;
    Actor m_actor;
    std::unique_ptr<BookingService> m_service;
};

} // namespace kiosk::ctl
