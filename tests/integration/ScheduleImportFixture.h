#pragma once

// The fixture of the schedule-import tests: SSIM legs ten days ahead (on sale at import), imports as an admin,
// holds on imported flights and what the reconciler recorded.
#include "BackendFixture.h"
#include "SqlProbe.h"
#include "SsimBuilder.h"
#include "schedule/ScheduleImporter.h"
#include "storage/DisruptionRepository.h"
#include "storage/FlightRepository.h"

#include <QSqlQuery>

namespace kiosk::test {

// The fixture's legs are ten days ahead: inside the sales horizon (SalesHorizon, 28 days),
// so the import puts them on sale, and still for sale when the tests run. SaleOpeningTest
// imports flights beyond it.
class ScheduleImportFixture : public BackendTest {
protected:
    Actor admin{QStringLiteral("test-terminal"), QStringLiteral("planner"), Role::Admin};
    QDate firstDay = QDate::currentDate().addDays(10);

    // XX100 daily for `days` days from firstDay (SsimBuilder::Leg::daily).
    SsimBuilder::Leg leg(int days = 3) const
    {
        return SsimBuilder::Leg::daily(firstDay, days);
    }

    Result<ImportSummary> import(const SsimBuilder &file, bool dryRun = false)
    {
        ImportOptions options;
        options.dryRun = dryRun;
        return ScheduleImporter(*db, admin).importSsim(file.build(), options);
    }
    Result<ImportSummary> import(const SsimBuilder::Leg &l) { return import(SsimBuilder().add(l)); }

    Flight imported(int dayOffset, int number = 100)
    {
        auto found = FlightRepository(*db).find(FlightRef{0, QStringLiteral("XX"), number, firstDay.addDays(dayOffset)});
        EXPECT_TRUE(found.ok()) << (found ? "" : found.error().message.toStdString());
        return found ? *found : Flight{};
    }

    Result<Booking> holdOn(const Flight &on, const QStringList &seats)
    {
        HoldRequest r;
        r.flight = FlightRef::byId(on.id);
        for (const QString &code : seats)
            r.seats << *SeatCode::parse(code);
        return service->hold(r);
    }

    QString seatOf(const QString &reference, int passenger = 0)
    {
        auto booking = service->find(reference);
        EXPECT_TRUE(booking.ok());
        return booking ? booking->seats().value(passenger).toString() : QString();
    }

    QList<Disruption> disruptions()
    {
        auto list = DisruptionRepository(*db).list({});
        EXPECT_TRUE(list.ok());
        return list ? *list : QList<Disruption>{};
    }

    QString flightStatus(const Flight &f)
    {
        QSqlQuery query(db->connection());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT status FROM flights WHERE id = %1").arg(f.id)) && query.next());
        return query.value(0).toString();
    }
};

} // namespace kiosk::test
