#include "BenchSchema.h"

#include "../support/SchemaRoles.h"

#include "domain/Airport.h"
#include "domain/Flight.h"
#include "domain/Seat.h"
#include "storage/Database.h"
#include "storage/DatabaseUrlText.h"
#include "storage/FlightRepository.h"
#include "storage/HoldLimitRepository.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kiosk::bench {

namespace {
const QString Letters = QStringLiteral("ABCDEF");
} // namespace

SeatSlot seatSlot(qint64 firstFlightId, qint64 n)
{
    const qint64 inFlight = n % SeatsPerFlight;
    return SeatSlot{firstFlightId + n / SeatsPerFlight,
                    SeatCode(static_cast<int>(inFlight / SeatsPerRow) + 1, Letters.at(inFlight % SeatsPerRow))};
}

QString schemaUrl(const QString &adminUrl, const QString &schema)
{
    const QChar separator = adminUrl.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    return adminUrl + separator + QStringLiteral("options=-csearch_path%3D") + schema;
}

Result<QString> createSchema(const QString &adminUrl, const QString &schema)
{
    auto admin = Database::open(adminUrl, QStringLiteral("hold-bench-admin"));
    if (!admin)
        return admin.error();
    if (auto created = (*admin)->execute(QStringLiteral("CREATE SCHEMA ") + schema, QStringLiteral("creating the schema"));
        !created)
        return created.error();
    return schemaUrl(adminUrl, schema);
}

Status dropSchema(const QString &adminUrl, const QString &schema)
{
    auto admin = Database::open(adminUrl, QStringLiteral("hold-bench-admin"));
    if (!admin)
        return admin.error();
    return test::dropSchemaAndItsRoles(**admin, schema);
}

Result<QStringList> kioskLoginUrls(Database &owner, const QString &url, const QString &schema,
                                   const QStringList &names)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    QStringList urls;
    for (const QString &name : names) {
        const QString login = schema + QStringLiteral("_login_") + name;
        if (auto created = test::createTerminalLogin(owner, login, QStringLiteral("kiosk")); !created)
            return created.error();
        parsed->user = login;
        parsed->password.clear(); // the login has none: the cluster must trust it (a local socket)
        urls << databaseUrlText(*parsed);
    }
    return urls;
}

Result<qint64> loadFlights(Database &db, int flights)
{
    if (auto migrated = Migrator(db).migrate(); !migrated)
        return migrated.error();
    // The benches' terminals sell flat out and leave holds to lapse (abandoned journeys), far
    // beyond any terminal's hold limits: they run without them (kiosk_hold_on_sale skips the check).
    for (Role role : {Role::Kiosk, Role::Agent, Role::Supervisor}) {
        if (auto lifted = HoldLimitRepository(db).save(HoldLimits{role, std::nullopt, std::nullopt, 300}); !lifted)
            return lifted.error();
    }
    FlightRepository repository(db);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    for (const Airport &airport :
         {Airport{QStringLiteral("DUB"), QStringLiteral("Dublin"), QStringLiteral("Dublin Airport"), QStringLiteral("IE"),
                  QStringLiteral("Europe/Dublin")},
          Airport{QStringLiteral("LHR"), QStringLiteral("London"), QStringLiteral("Heathrow"), QStringLiteral("GB"),
                  QStringLiteral("Europe/London")}}) {
        if (auto saved = repository.saveAirport(airport); !saved)
            return saved.error();
    }
    auto now = db.serverNow();
    if (!now)
        return now.error();

    QList<Seat> seats;
    for (int row = 1; row <= RowsPerFlight; ++row) {
        for (QChar letter : Letters) {
            Seat seat;
            seat.code = SeatCode(row, letter);
            seat.cabin = Cabin::Economy;
            seat.price = Money(SeatPriceMinor, QStringLiteral("EUR"));
            if (letter == QLatin1Char('A') || letter == QLatin1Char('F'))
                seat.features |= SeatFeature::Window;
            seats << seat;
        }
    }
    qint64 first = 0;
    for (int i = 0; i < flights; ++i) {
        Flight flight;
        flight.carrier = QStringLiteral("BX");
        flight.number = i % 9999 + 1;
        flight.departureUtc = now->addSecs(48 * 3600 + qint64(i / 9999) * 86400);
        flight.arrivalUtc = flight.departureUtc.addSecs(80 * 60);
        flight.departureDate = flight.departureUtc.date();
        flight.origin = QStringLiteral("DUB");
        flight.destination = QStringLiteral("LHR");
        flight.aircraft = QStringLiteral("A320");
        flight.currency = QStringLiteral("EUR");
        auto id = repository.insertFlight(flight, seats);
        if (!id)
            return id.error();
        if (i == 0)
            first = *id;
        else if (*id != first + i)
            return makeError(ErrorCode::Internal, QStringLiteral("flight ids are not consecutive (%1 after %2)")
                                                      .arg(*id)
                                                      .arg(first + i - 1));
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    // Fresh statistics of what was loaded, as a long-running database would have: the planner
    // then treats the seat lookups as the index scans they are. Not the sales tables, as in a
    // new database: analyzed while empty, they would look empty to the plans a session keeps
    // (kiosk_hold_on_sale's, migrations 0038 and 0040) until autovacuum analyzes them again.
    for (const char *table : {"flights", "seats"}) { // one at a time: SQLite's ANALYZE takes one name
        if (auto analyzed = db.execute(QStringLiteral("ANALYZE %1").arg(QLatin1String(table)), QStringLiteral("analyzing"));
            !analyzed)
            return analyzed.error();
    }
    return first;
}

namespace {

Result<qint64> count(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return db.errorFrom(query.lastError(), QStringLiteral("checking the invariants"));
    return query.value(0).toLongLong();
}

} // namespace

Result<InvariantReport> checkInvariants(Database &db)
{
    struct Check {
        qint64 InvariantReport::*field;
        QString sql;
    };
    const Check checks[] = {
        {&InvariantReport::confirmed, QStringLiteral("SELECT count(*) FROM bookings WHERE state = 'CONFIRMED'")},
        {&InvariantReport::open,
         QStringLiteral("SELECT count(*) FROM bookings WHERE state IN ('SEAT_HELD', 'PAYMENT_PENDING')")},
        {&InvariantReport::doubleBookedSeats,
         QStringLiteral("SELECT count(*) FROM (SELECT seat_id FROM booking_lines WHERE active "
                        "GROUP BY seat_id HAVING count(*) > 1) AS twice")},
        {&InvariantReport::confirmedWithoutCapture,
         QStringLiteral("SELECT count(*) FROM bookings b WHERE b.state = 'CONFIRMED' AND NOT EXISTS "
                        "(SELECT 1 FROM payments p WHERE p.booking_id = b.id AND p.status = 'CAPTURED' "
                        "AND p.captured_minor = b.total_minor AND p.amount_minor = b.total_minor)")},
        {&InvariantReport::confirmedWithBadAudit,
         QStringLiteral("SELECT count(*) FROM bookings b WHERE b.state = 'CONFIRMED' AND "
                        "(SELECT string_agg(coalesce(e.from_state, '-') || '>' || e.to_state, ' ' ORDER BY e.id) "
                        "FROM booking_events e WHERE e.booking_id = b.id) IS DISTINCT FROM "
                        "'INITIATED>SEAT_HELD SEAT_HELD>PAYMENT_PENDING PAYMENT_PENDING>CONFIRMED'")},
        {&InvariantReport::confirmedWithoutActiveSeat,
         QStringLiteral("SELECT count(*) FROM bookings b WHERE b.state = 'CONFIRMED' AND NOT EXISTS "
                        "(SELECT 1 FROM booking_lines l WHERE l.booking_id = b.id AND l.active)")},
    };
    InvariantReport report;
    for (const Check &check : checks) {
        auto value = count(db, check.sql);
        if (!value)
            return value.error();
        report.*check.field = *value;
    }
    return report;
}

} // namespace kiosk::bench
