// Aircraft layouts as managed data (LayoutLibrary, migration 0035) on both databases: the
// built-in layouts are version 1 without a write; an import is the next version, the same
// content again is no change, a bad file or a user below admin changes nothing (the refusal
// audited); what is exported imports as the same layout; a flight keeps the version it was
// made from until a change of aircraft puts it on the newest.
#include "BackendFixture.h"
#include "SqlProbe.h"
#include "schedule/AircraftChange.h"
#include "schedule/LayoutLibrary.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace kiosk;
using namespace kiosk::test;

namespace {

QByteArray builtInFile(const QString &name)
{
    QFile file(QStringLiteral(":/layouts/%1.json").arg(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class LayoutLibraryTest : public BackendTest {
protected:
    LayoutLibrary library(Role role = Role::Admin) const
    {
        return LayoutLibrary(*db, Actor{QStringLiteral("test-terminal"), QStringLiteral("olga"), role});
    }
    qint64 storedVersions() const { return countRows(*db, QStringLiteral("aircraft_layouts")); }
    QString flightLayout(qint64 id) const
    {
        return QStringLiteral("%1 v%2").arg(
            scalarText(QStringLiteral("SELECT layout_name FROM flights WHERE id = %1").arg(id)),
            scalarText(QStringLiteral("SELECT layout_version FROM flights WHERE id = %1").arg(id)));
    }
    QString scalarText(const QString &sql) const
    {
        QSqlQuery query(db->connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QStringLiteral("(none)");
    }
    // The built-in A320 with seat 30D blocked too: another version of the same layout.
    static QByteArray retrofittedA320()
    {
        QByteArray json = builtInFile(QStringLiteral("A320"));
        json.replace(R"("blockedSeats": ["30C"])", R"("blockedSeats": ["30C", "30D"])");
        return json;
    }
};

} // namespace

TEST_P(LayoutLibraryTest, BuiltInLayoutsAreVersionOneWithoutAWrite)
{
    auto layouts = library().newest();
    ASSERT_TRUE(layouts.ok()) << layouts.error().message.toStdString();
    QStringList names;
    for (const VersionedLayout &layout : std::as_const(*layouts)) {
        names << layout.stored.name;
        EXPECT_EQ(layout.stored.version, 1);
        EXPECT_EQ(layout.stored.importedBy, QStringLiteral("built-in"));
    }
    EXPECT_EQ(names, QStringList({QStringLiteral("A320"), QStringLiteral("A321neo"), QStringLiteral("A380-800"),
                                  QStringLiteral("B737-800"), QStringLiteral("B777-300ER"), QStringLiteral("B787-9")}));
    auto a380 = library(Role::Kiosk).find(QStringLiteral("a380-800"));
    ASSERT_TRUE(a380.ok()) << a380.error().message.toStdString();
    EXPECT_EQ(a380->plan.seatCount(), 446);
    EXPECT_EQ(storedVersions(), 0);
    // A flight made now records the built-in version 1.
    EXPECT_EQ(flightLayout(flight.id), QStringLiteral("%1 v1").arg(flight.aircraft));
}

TEST_P(LayoutLibraryTest, AnImportIsTheNextVersionAndTheSameContentIsNoChange)
{
    auto imported = library().importLayout(retrofittedA320(), QStringLiteral("a320-retrofit.json"));
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_TRUE(imported->created);
    EXPECT_EQ(imported->layout.name, QStringLiteral("A320"));
    EXPECT_EQ(imported->layout.version, 2);
    EXPECT_EQ(storedVersions(), 7); // the six built-ins stored as version 1 by the first import
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'import layout' AND outcome = 'allowed' AND actor = 'olga'")),
              1);

    // Whitespace and key order are not content.
    QByteArray reformatted = QJsonDocument::fromJson(retrofittedA320()).toJson(QJsonDocument::Compact);
    auto again = library().importLayout(reformatted, QStringLiteral("again.json"));
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_FALSE(again->created);
    EXPECT_EQ(again->layout.version, 2);
    EXPECT_EQ(storedVersions(), 7);

    auto versions = library().versions(QStringLiteral("a320"));
    ASSERT_TRUE(versions.ok());
    ASSERT_EQ(versions->size(), 2);
    EXPECT_EQ(versions->at(0).content, builtInFile(QStringLiteral("A320")));
    auto first = library().find(QStringLiteral("A320"), 1);
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE(first->plan.seat(*SeatCode::parse(QStringLiteral("30D")))->features.testFlag(SeatFeature::Blocked));
    auto newest = library().find(QStringLiteral("A320"));
    ASSERT_TRUE(newest.ok());
    EXPECT_EQ(newest->stored.version, 2);
    EXPECT_TRUE(newest->plan.seat(*SeatCode::parse(QStringLiteral("30D")))->features.testFlag(SeatFeature::Blocked));
    auto missing = library().find(QStringLiteral("A320"), 3);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(missing.error().message, QStringLiteral("aircraft layout A320 has no version 3; its newest is 2"));
}

TEST_P(LayoutLibraryTest, ExportThenImportGivesTheSameLayout)
{
    auto imported = library().importLayout(retrofittedA320(), QStringLiteral("a320.json"));
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    auto exported = library().find(QStringLiteral("A320"));
    ASSERT_TRUE(exported.ok());
    EXPECT_EQ(exported->stored.content, retrofittedA320());
    auto back = library().importLayout(exported->stored.content, QStringLiteral("exported.json"));
    ASSERT_TRUE(back.ok());
    EXPECT_FALSE(back->created);
    auto reread = AircraftLayout::fromJson(exported->stored.content, QStringLiteral("exported.json"));
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(reread->seats(), exported->plan.seats());
    EXPECT_EQ(reread->decks(), exported->plan.decks());
}

TEST_P(LayoutLibraryTest, ABadFileOrAUserBelowAdminChangesNothing)
{
    const QString before = dumpDatabase(*db);
    auto invalid = library().importLayout(R"({"schema": 2, "type": "X1", "name": "X", "rangeKm": 10, "decks": [{"name": "Main deck",
        "cabins": [{"cabin": "Y", "firstRow": 1, "lastRow": 20, "columns": "ABC DEF", "blockedSeats": ["14J"]}]}]})",
                                          QStringLiteral("x1.json"));
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.error().code, ErrorCode::BadInput);
    EXPECT_EQ(invalid.error().message,
              QStringLiteral("x1.json: deck 'Main deck', cabin economy: column J is not in the columns list "
                             "(blockedSeats lists 14J)"));
    EXPECT_EQ(dumpDatabase(*db), before);

    for (Role role : {Role::Kiosk, Role::Agent, Role::Supervisor}) {
        auto refused = library(role).importLayout(retrofittedA320(), QStringLiteral("a320.json"));
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    }
    EXPECT_EQ(storedVersions(), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'import aircraft layouts' AND outcome = 'denied' AND target = 'layout A320'")),
              3);
}

TEST_P(LayoutLibraryTest, AFlightKeepsItsVersionUntilAChangeOfAircraft)
{
    const Actor admin{QStringLiteral("test-terminal"), QStringLiteral("olga"), Role::Admin};
    auto onA321 = AircraftChange(*db, admin).change(FlightRef::byId(flight.id), QStringLiteral("A321neo"), false);
    ASSERT_TRUE(onA321.ok()) << onA321.error().message.toStdString();
    EXPECT_EQ(flightLayout(flight.id), QStringLiteral("A321neo v1"));

    QByteArray a321 = builtInFile(QStringLiteral("A321neo"));
    a321.replace(R"("blockedSeats": ["36C"])", R"("blockedSeats": ["36C", "36D"])");
    auto imported = library().importLayout(a321, QStringLiteral("a321neo.json"));
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(imported->layout.version, 2);
    EXPECT_EQ(flightLayout(flight.id), QStringLiteral("A321neo v1")); // editing a layout moves nobody

    auto newer = AircraftChange(*db, admin).change(FlightRef::byId(flight.id), QStringLiteral("A321neo"), false);
    ASSERT_TRUE(newer.ok()) << newer.error().message.toStdString();
    EXPECT_TRUE(newer->changed);
    EXPECT_EQ(newer->toVersion, 2);
    EXPECT_EQ(flightLayout(flight.id), QStringLiteral("A321neo v2"));
    EXPECT_EQ(scalarText(QStringLiteral("SELECT blocked FROM seats WHERE flight_id = %1 AND code = '36D'").arg(flight.id))
                  .toLower(),
              db->dialect().isPostgres() ? QStringLiteral("true") : QStringLiteral("1"));
    auto same = AircraftChange(*db, admin).change(FlightRef::byId(flight.id), QStringLiteral("A321neo"), false);
    ASSERT_TRUE(same.ok());
    EXPECT_FALSE(same->changed);
}

KIOSK_ON_BOTH_BACKENDS(LayoutLibraryTest);
