#pragma once

#include "KioskctlRunner.h"
#include "DatabaseTest.h"
#include "SqlProbe.h"
#include "auth/UserAdministration.h"
#include "domain/PasswordHasher.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace kiosk::test {

// One kioskctl test on one backend: a fresh migrated database with the DUB -> LHR test
// flight (10 rows x ABCDEF, EUR 49.00 a seat), and helpers that run kioskctl against it.
class CliTest : public DatabaseTest {
protected:
    QString flightId() const { return QString::number(flight.id); }

    // kioskctl --db <this test's database> --terminal cli-test --json ARGUMENTS...
    CtlRun ctl(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runner.run(globalArguments() + arguments, 60000, input);
    }
    // A card as `kioskctl pay` reads it: the number and the security code, one line each.
    static QByteArray cardInput(const QString &number = QStringLiteral("4242424242424242"),
                                const QString &cvc = QStringLiteral("123"))
    {
        return (number + QLatin1Char('\n') + cvc + QLatin1Char('\n')).toUtf8();
    }
    QStringList globalArguments() const
    {
        return {QStringLiteral("--db"), url(), QStringLiteral("--terminal"), QStringLiteral("cli-test"),
                QStringLiteral("--json")};
    }

    // A user made in-process with the fewest hash iterations (kioskctl would hash 600,000
    // times per user), all with StaffPassword; `as` runs kioskctl signed in as one of them.
    static inline const QString StaffPassword = QStringLiteral("cli-staff-pass-1");
    void addStaff(const QString &name, Role role) const
    {
        UserAdministration admin(*db, Actor::builtInOperator(QStringLiteral("setup")),
                                 PasswordHasher(PasswordHasher::MinIterations));
        auto added = admin.addUser(name, role, StaffPassword);
        ASSERT_TRUE(added.ok()) << qPrintable(added.error().message);
    }
    CtlRun as(const QString &user, const QStringList &arguments, const QByteArray &input = {}) const
    {
        KioskctlRunner withPassword = runner;
        withPassword.environment().insert(QStringLiteral("KIOSK_PASSWORD"), StaffPassword);
        return withPassword.run(globalArguments() + QStringList{QStringLiteral("--user"), user} + arguments, 60000,
                                input);
    }

    // Holds seats through kioskctl and returns the booking reference (a test failure if not).
    QString holdSeats(const QString &seats, const QStringList &extra = {})
    {
        const CtlRun run = ctl(QStringList{QStringLiteral("hold"), flightId(), seats} + extra);
        EXPECT_EQ(run.exitCode, 0) << run.describe();
        return run.exitCode == 0 ? run.json().value(QStringLiteral("reference")).toString() : QString();
    }

    // The stored status of the booking's payment, read from the table (the CLI never shows it raw).
    QString paymentStatus(const QString &reference) const
    {
        QSqlQuery query(db->connection());
        query.prepare(QStringLiteral("SELECT p.status FROM payments p JOIN bookings b ON b.id = p.booking_id "
                                     "WHERE b.reference = :ref"));
        query.bindValue(QStringLiteral(":ref"), reference);
        EXPECT_TRUE(query.exec() && query.next());
        return query.value(0).toString();
    }
    QString bookingState(const QString &reference) const
    {
        return ctl({QStringLiteral("show"), reference}).json().value(QStringLiteral("state")).toString();
    }

    // Returns once `count` racers wait in PostgreSQL (`waitingSql` counts them in
    // pg_stat_activity), so that the race a test then releases really overlaps.
    void awaitWaiting(const QString &waitingSql, int count) const
    {
        auto watcher = Database::open(url(), QStringLiteral("race-watcher"));
        ASSERT_TRUE(watcher.ok());
        const auto waiting = [&] { return scalar(**watcher, waitingSql); };
        EXPECT_TRUE(QTest::qWaitFor([&] { return waiting() >= count; }, 60000)) << waiting() << " waiting";
    }

    // The seat map as kioskctl reports it: code -> seat object.
    QHash<QString, QJsonObject> seatMap() const
    {
        const CtlRun run = ctl({QStringLiteral("seats"), flightId()});
        EXPECT_EQ(run.exitCode, 0) << run.describe();
        QHash<QString, QJsonObject> seats;
        if (run.exitCode != 0)
            return seats;
        const QJsonArray list = run.json().value(QStringLiteral("seats")).toArray();
        for (const QJsonValue &seat : list)
            seats.insert(seat[QStringLiteral("code")].toString(), seat.toObject());
        return seats;
    }
    QString seatStatus(const QString &code) const
    {
        return seatMap().value(code).value(QStringLiteral("status")).toString();
    }
    // Every seat of the map, except those listed, is free: a failed command changed nothing.
    void expectAllSeatsFreeExcept(const QStringList &taken = {}) const
    {
        const auto seats = seatMap();
        EXPECT_EQ(seats.size(), flightSpec().rows * flightSpec().letters.size());
        for (auto it = seats.cbegin(); it != seats.cend(); ++it) {
            if (taken.contains(it.key()) || flightSpec().blocked.contains(it.key()))
                continue;
            EXPECT_EQ(it.value().value(QStringLiteral("status")).toString(), QStringLiteral("free")) << it.key().toStdString();
        }
    }

    KioskctlRunner runner;
};


} // namespace kiosk::test
