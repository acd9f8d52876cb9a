#include "BackendFixture.h"
#include "SqlProbe.h"

#include <QFile>
#include <QRegularExpression>

using namespace kiosk;
using namespace kiosk::test;

namespace {

// The pgbench baselines of docs/benchmarks.md (tests/bench/hold.pgbench, hold_confirm.pgbench)
// must send what the service sends, or the comparison measures something else; and a sale
// stays within the round trips its design needs: a hold 1 (kiosk_hold_on_sale reads the
// flight, its sales cut-off and the server clock, then holds), a payment 3 more (kiosk_payment_begin,
// kiosk_payment_record, the capture answering with the confirmed booking; the card's expiry
// by the server clock the hold read).
class HoldStatementsTest : public BackendTest {};

// "kiosk_hold(a, f(b, g(c)))" -> "kiosk_hold(…)", however deep the arguments nest.
QString withoutCallArguments(const QString &sql)
{
    static const QRegularExpression call(QStringLiteral("\\bkiosk_\\w+\\("));
    QString out;
    qsizetype from = 0;
    for (auto match = call.match(sql); match.hasMatch(); match = call.match(sql, from)) {
        out += sql.mid(from, match.capturedEnd() - from) + QStringLiteral("…)");
        int depth = 1;
        qsizetype i = match.capturedEnd();
        for (; i < sql.size() && depth > 0; ++i)
            depth += sql[i] == QLatin1Char('(') ? 1 : sql[i] == QLatin1Char(')') ? -1 : 0;
        from = i;
    }
    return out + sql.mid(from);
}

// A statement with its values taken out: placeholders, pgbench variables, literals, NULL,
// numbers and strings glued from them ("? || ?") become "?", and the arguments of our functions "(…)" (the script builds in SQL
// what the program binds; the function's signature checks both).
QString shapeOf(QString sql)
{
    static const QRegularExpression gset(QStringLiteral("\\\\gset.*$"));
    static const QRegularExpression literal(QStringLiteral("'[^']*'"));
    static const QRegularExpression variable(QStringLiteral(":\\w+(::\\w+)?"));
    static const QRegularExpression number(QStringLiteral("\\b\\d+\\b"));
    sql.remove(gset);
    sql = withoutCallArguments(sql);
    sql.replace(literal, QStringLiteral("?"));
    sql.replace(variable, QStringLiteral("?"));
    sql.replace(number, QStringLiteral("?"));
    static const QRegularExpression null(QStringLiteral("\\bNULL\\b"));
    static const QRegularExpression concatenation(QStringLiteral("\\? \\|\\| \\?"));
    sql.replace(null, QStringLiteral("?"));
    while (sql.contains(concatenation))
        sql.replace(concatenation, QStringLiteral("?"));
    sql = sql.simplified();
    if (sql.endsWith(QLatin1Char(';')))
        sql.chop(1);
    return sql;
}

// One statement per line; comments and pgbench's own commands (\set) are not sent.
QStringList scriptShapes(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QStringList shapes;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1String("--")) && !trimmed.startsWith(QLatin1Char('\\')))
            shapes << shapeOf(trimmed);
    }
    return shapes;
}

TEST_P(HoldStatementsTest, AHoldIsOneRoundTripAndHoldPgbenchSendsTheSame)
{
    ASSERT_TRUE(service->hold(request({QStringLiteral("1A")})).ok()); // statements are prepared once
    QStringList sent;
    db->recordStatements(&sent);
    const quint64 before = db->statementsSent();
    auto held = service->hold(request({QStringLiteral("2A")}));
    const quint64 statements = db->statementsSent() - before;
    db->recordStatements(nullptr);
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();

    EXPECT_EQ(statements, 1u) << sent.join(QLatin1Char('\n')).toStdString();
    QStringList sentShapes;
    for (const QString &sql : std::as_const(sent))
        sentShapes << shapeOf(sql);
    EXPECT_EQ(scriptShapes(QStringLiteral(KIOSK_BENCH_DIR "/hold.pgbench")).join(QLatin1Char('\n')).toStdString(),
              sentShapes.join(QLatin1Char('\n')).toStdString())
        << "tests/bench/hold.pgbench no longer sends what BookingService::hold sends";
}

TEST_P(HoldStatementsTest, AHoldAndItsPaymentAreFourRoundTripsAndHoldConfirmPgbenchSendsTheSame)
{
    ASSERT_TRUE(pay(service->hold(request({QStringLiteral("1A")}))->reference).ok()); // prepared once
    QStringList sent;
    db->recordStatements(&sent);
    const quint64 before = db->statementsSent();
    auto held = service->hold(request({QStringLiteral("2A")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    auto paid = pay(held->reference);
    const quint64 statements = db->statementsSent() - before;
    db->recordStatements(nullptr);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid->state, BookingState::Confirmed);

    EXPECT_EQ(statements, 4u) << sent.join(QLatin1Char('\n')).toStdString();
    QStringList sentShapes;
    for (const QString &sql : std::as_const(sent))
        sentShapes << shapeOf(sql);
    EXPECT_EQ(scriptShapes(QStringLiteral(KIOSK_BENCH_DIR "/hold_confirm.pgbench")).join(QLatin1Char('\n')).toStdString(),
              sentShapes.join(QLatin1Char('\n')).toStdString())
        << "tests/bench/hold_confirm.pgbench no longer sends what hold + payment send";
}

// Makes this connection's pending table counts visible to its next read of
// pg_stat_user_tables (pg_stat_force_next_flush acts once the backend idles).
void flushTableCounts(Database &db)
{
    (void)scalar(db, QStringLiteral("SELECT 1 FROM pg_stat_force_next_flush()"));
    (void)scalar(db, QStringLiteral("SELECT 1 FROM pg_stat_clear_snapshot()"));
}

// The sequential scans ("bookings=2 ...") of the tables a sale reads and writes (by default),
// which grow with every booking.
std::string seqScansOfSalesTables(Database &db,
                                  const QStringList &tables = {QStringLiteral("flights"), QStringLiteral("seats"),
                                                               QStringLiteral("bookings"), QStringLiteral("booking_lines"),
                                                               QStringLiteral("booking_events"), QStringLiteral("payments"),
                                                               QStringLiteral("outbox"), QStringLiteral("waitlist"),
                                                               QStringLiteral("voucher_redemptions")})
{
    flushTableCounts(db);
    QSqlQuery query(db.connection());
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT relname, seq_scan FROM pg_stat_user_tables "
                                          "WHERE schemaname = current_schema() AND relname IN ('%1')")
                               .arg(tables.join(QStringLiteral("', '")))))
        << query.lastError().text().toStdString();
    QStringList scans;
    while (query.next())
        scans << query.value(0).toString() + QLatin1Char('=') + query.value(1).toString();
    EXPECT_EQ(scans.size(), tables.size());
    scans.sort();
    return scans.join(QLatin1Char(' ')).toStdString();
}

// A sale finds every row it reads or writes by an index, so its cost does not grow with the
// number of bookings; with sequential scans priced out, one that remains is a predicate no
// index can answer (as kiosk_payment_begin's text against the character(6) reference was
// before migration 0034). Run on a connection of its own: the setting stays with it.
TEST_P(HoldStatementsTest, AHoldAndItsPaymentReadNoSalesTableWhole)
{
    ASSERT_TRUE(db->execute(QStringLiteral("SET enable_seqscan = off"), QStringLiteral("pricing out scans")).ok());
    const std::string before = seqScansOfSalesTables(*db);
    auto held = service->hold(request({QStringLiteral("3A"), QStringLiteral("3B")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    auto paid = pay(held->reference);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    auto walkedAway = service->hold(request({QStringLiteral("4A")}));
    ASSERT_TRUE(walkedAway.ok()) << walkedAway.error().message.toStdString();
    ASSERT_TRUE(service->cancel(walkedAway->reference, QStringLiteral("changed their mind")).ok());
    EXPECT_EQ(seqScansOfSalesTables(*db), before);
}

// A hold that finds its seat taken, or held past its deadline, reads that seat's line and
// booking by their keys even with the plans made before the sales tables were ever analyzed
// (a new database until autovacuum's first ANALYZE; this schema throughout): a plan that
// joined them by hash read every booking on each such hold, and kept doing so as they grew.
TEST_P(HoldStatementsTest, ATakenSeatIsFoundByItsKeysBeforeTheSalesTablesAreAnalyzed)
{
    ASSERT_TRUE(service->hold(request({QStringLiteral("1A")})).ok()); // plans made here, on empty tables
    for (const char *row : {"2", "3", "4", "5", "6"}) // more bookings than a hash join wants to read twice
        ASSERT_TRUE(service->hold(request({QStringLiteral("%1A").arg(QLatin1String(row))})).ok());
    const QStringList growing{QStringLiteral("bookings"), QStringLiteral("booking_lines")};
    const std::string before = seqScansOfSalesTables(*db, growing);
    auto taken = service->hold(request({QStringLiteral("1A")}));
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(taken.error().code, ErrorCode::SeatTaken) << taken.error().message.toStdString();
    EXPECT_EQ(seqScansOfSalesTables(*db, growing), before);
}

// The seat rows read so far in this schema, by index or scan.
qint64 seatRowsRead(Database &db)
{
    flushTableCounts(db);
    return scalar(db, QStringLiteral("SELECT coalesce(idx_tup_fetch, 0) + coalesce(seq_tup_read, 0) FROM pg_stat_user_tables "
                                     "WHERE schemaname = current_schema() AND relname = 'seats'"));
}

// A hold looks up the seats it was asked for by their keys, so its work does not grow with the
// aircraft: before migration 0038 each booking line's seat was found by joining all of the
// flight's seats (the planner reckons a JSON array at a hundred elements). Sequential scans
// priced out before the plans are made, as on a table of real size (on this small one a
// scan of all seats is what the planner rightly prefers).
TEST_P(HoldStatementsTest, AOneSeatHoldReadsFewerSeatRowsThanItsFlightHas)
{
    ASSERT_TRUE(db->execute(QStringLiteral("SET enable_seqscan = off"), QStringLiteral("pricing out scans")).ok());
    ASSERT_TRUE(service->hold(request({QStringLiteral("1A")})).ok()); // plans made once
    const qint64 seatsOnFlight = scalar(*db, QStringLiteral("SELECT count(*) FROM seats WHERE flight_id = %1").arg(flight.id));
    const qint64 before = seatRowsRead(*db);
    auto held = service->hold(request({QStringLiteral("2A")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    const qint64 read = seatRowsRead(*db) - before;
    EXPECT_GT(read, 0);
    EXPECT_LT(read, seatsOnFlight) << "a one-seat hold read " << read << " seat rows of a flight of " << seatsOnFlight;
}

INSTANTIATE_TEST_SUITE_P(Backends, HoldStatementsTest, ::testing::Values(Backend::PostgreSQL), backendParamName);

} // namespace
