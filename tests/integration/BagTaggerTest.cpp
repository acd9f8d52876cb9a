// Checked bags on both databases: licence plates from the airline's serial, the same tags
// again, the allowance, refusals that change nothing, and terminals racing for serials.
#include "BackendFixture.h"
#include "SqlProbe.h"

#include "checkin/BagTagger.h"
#include "checkin/CheckInService.h"
#include "storage/BagRepository.h"
#include "storage/CheckInRepository.h"

#include <QSqlQuery>

#include <latch>
#include <set>
#include <thread>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class BagTaggerTest : public BackendTest {
protected:
    TestFlightSpec flightSpec() const override { return checkInOpenFlight(); }
    void SetUp() override
    {
        BackendTest::SetUp();
        ASSERT_TRUE(CheckInRepository(*db).saveAirline(QStringLiteral("KX"), QStringLiteral("999"),
                                                       QStringLiteral("Kestrel Air")).ok());
    }

    QString checkedInBooking(const QString &seatCode, const QString &name)
    {
        auto r = request({seatCode});
        r.passengers = {name};
        auto held = service->hold(r);
        EXPECT_TRUE(held.ok()) << held.error().message.toStdString();
        if (!held || !pay(held->reference).ok())
            return QString();
        const QString surname = name.section(QLatin1Char(' '), -1);
        EXPECT_TRUE(CheckInService(*db, kiosk).checkIn(held->reference, surname).ok());
        return held->reference;
    }
    static SeatCode seat(const QString &code) { return *SeatCode::parse(code); }
    static QStringList plates(const QList<BagTag> &tags)
    {
        QStringList result;
        for (const BagTag &tag : tags)
            result << tag.tagNumber;
        return result;
    }
    qint64 bags() { return countRows(*db, QStringLiteral("bags")); }

    Actor kiosk{QStringLiteral("kiosk-7"), QStringLiteral("kiosk"), Role::Kiosk};
};

TEST_P(BagTaggerTest, EachBagGetsTheAirlinesNextLicencePlateAndTheSameCountPrintsTheSameTags)
{
    const QString reference = checkedInBooking(QStringLiteral("2A"), QString::fromUtf8("Anna Müller"));
    ASSERT_TRUE(BagRepository(*db).saveAllowance(QStringLiteral("KX"), QLatin1Char('Y'), 2).ok());
    BagTagger tagger(*db, kiosk);

    auto one = tagger.declare(reference.toLower(), QStringLiteral("mueller"), seat(QStringLiteral("2A")), 1);
    ASSERT_TRUE(one.ok()) << one.error().message.toStdString();
    EXPECT_EQ(plates(*one), QStringList{QStringLiteral("0999000001")});
    EXPECT_EQ(one->first().bcbpName, QStringLiteral("MUELLER/ANNA"));
    EXPECT_EQ(one->first().flight.destination, QStringLiteral("LHR"));

    auto two = tagger.declare(reference, QStringLiteral("Müller"), seat(QStringLiteral("2A")), 2);
    ASSERT_TRUE(two.ok()) << two.error().message.toStdString();
    EXPECT_EQ(plates(*two), (QStringList{QStringLiteral("0999000001"), QStringLiteral("0999000002")}));
    EXPECT_EQ(two->last().ordinal, 2);
    EXPECT_EQ(two->last().count, 2);
    const qint64 events = countRows(*db, QStringLiteral("booking_events"));
    auto again = tagger.declare(reference, QStringLiteral("Müller"), seat(QStringLiteral("2A")), 2);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(plates(*again), plates(*two));
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_events")), events); // nothing new to audit
    EXPECT_EQ(plates(*tagger.tags(reference, QStringLiteral("Müller"), seat(QStringLiteral("2A")))), plates(*two));
    EXPECT_EQ(service->history(reference)->last().reason,
              QString::fromUtf8("tagged 1 bag(s) of Anna Müller in 2A: 0999000002"));
    EXPECT_EQ(service->find(reference)->state, BookingState::Confirmed);

    // Another passenger of the airline takes the next serial.
    const QString other = checkedInBooking(QStringLiteral("3A"), QStringLiteral("Ada Lovelace"));
    auto next = BagTagger(*db, kiosk).declare(other, QStringLiteral("Lovelace"), seat(QStringLiteral("3A")), 1);
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(plates(*next), QStringList{QStringLiteral("0999000003")});
}

TEST_P(BagTaggerTest, RefusalsSayWhyAndChangeNothing)
{
    const QString reference = checkedInBooking(QStringLiteral("4A"), QStringLiteral("Ada Lovelace"));
    BagTagger tagger(*db, kiosk);
    // Economy without a configured allowance: one bag.
    auto tooMany = tagger.declare(reference, QStringLiteral("Lovelace"), seat(QStringLiteral("4A")), 2);
    ASSERT_FALSE(tooMany.ok());
    EXPECT_EQ(tooMany.error().code, ErrorCode::BadInput);
    EXPECT_EQ(tooMany.error().message, QStringLiteral("KX allows 1 checked bag(s) per passenger in economy, not 2"));
    EXPECT_EQ(tagger.declare(reference, QStringLiteral("Lovelace"), seat(QStringLiteral("4A")), -1).error().code,
              ErrorCode::BadInput);
    EXPECT_EQ(tagger.declare(reference, QStringLiteral("Lovelace"), seat(QStringLiteral("9F")), 1).error().code,
              ErrorCode::BadInput);
    EXPECT_EQ(tagger.declare(reference, QStringLiteral("Smith"), seat(QStringLiteral("4A")), 1).error().code,
              ErrorCode::NotFound);

    // Not checked in yet.
    auto r = request({QStringLiteral("5A")});
    r.passengers = {QStringLiteral("Charles Babbage")};
    auto held = service->hold(r);
    ASSERT_TRUE(held.ok());
    ASSERT_TRUE(pay(held->reference).ok());
    auto early = tagger.declare(held->reference, QStringLiteral("Babbage"), seat(QStringLiteral("5A")), 1);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, ErrorCode::WrongState);
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("not checked in"))) << early.error().message.toStdString();

    // Fewer than tagged: at the desk only.
    ASSERT_TRUE(tagger.declare(reference, QStringLiteral("Lovelace"), seat(QStringLiteral("4A")), 1).ok());
    auto fewer = tagger.declare(reference, QStringLiteral("Lovelace"), seat(QStringLiteral("4A")), 0);
    EXPECT_EQ(fewer.error().code, ErrorCode::WrongState);
    EXPECT_EQ(bags(), 1);

    // An airline without a numeric code on file cannot tag.
    QSqlQuery remove(db->connection());
    ASSERT_TRUE(remove.exec(QStringLiteral("DELETE FROM airlines")));
    ASSERT_TRUE(BagRepository(*db).saveAllowance(QStringLiteral("KX"), QLatin1Char('Y'), 3).ok());
    auto noCode = tagger.declare(reference, QStringLiteral("Lovelace"), seat(QStringLiteral("4A")), 2);
    ASSERT_FALSE(noCode.ok());
    EXPECT_TRUE(noCode.error().message.contains(QStringLiteral("no numeric code"))) << noCode.error().message.toStdString();
    EXPECT_EQ(bags(), 1);
}

TEST_P(BagTaggerTest, TerminalsTaggingAtOnceGetUniqueDenseSerials)
{
    constexpr int Travellers = 8;
    QStringList references;
    for (int i = 0; i < Travellers; ++i)
        references << checkedInBooking(SeatCode(1 + i, QLatin1Char('C')).toString(),
                                       QStringLiteral("Tess Racer%1").arg(QChar(char16_t(u'A' + i))));
    ASSERT_TRUE(BagRepository(*db).saveAllowance(QStringLiteral("KX"), QLatin1Char('Y'), 2).ok());
    std::latch start(Travellers);
    std::vector<std::thread> threads;
    std::vector<QStringList> tagged(Travellers);
    for (int i = 0; i < Travellers; ++i) {
        threads.emplace_back([&, i] {
            auto connection = connectAgain();
            Actor actor{QStringLiteral("kiosk-%1").arg(i), QStringLiteral("kiosk"), Role::Kiosk};
            BagTagger tagger(*connection, actor);
            start.arrive_and_wait();
            for (int attempt = 0; attempt < 20; ++attempt) { // Busy is the documented "try again"
                auto tags = tagger.declare(references[i], QStringLiteral("Racer%1").arg(QChar(char16_t(u'A' + i))),
                                           SeatCode(1 + i, QLatin1Char('C')), 2);
                if (tags) {
                    tagged[size_t(i)] = plates(*tags);
                    break;
                }
                if (tags.error().code != ErrorCode::Busy)
                    break;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    std::set<QString> all;
    for (const QStringList &list : tagged) {
        EXPECT_EQ(list.size(), 2);
        all.insert(list.cbegin(), list.cend());
    }
    ASSERT_EQ(int(all.size()), 2 * Travellers);
    EXPECT_EQ(*all.begin(), QStringLiteral("0999000001"));
    EXPECT_EQ(*all.rbegin(), QStringLiteral("0999%1").arg(2 * Travellers, 6, 10, QLatin1Char('0')));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT last_serial FROM bag_tag_serials WHERE carrier = 'KX'")), 2 * Travellers);
}

TEST_P(BagTaggerTest, AnAgentSeesEachPassengersTagsAKioskDoesNot)
{
    const QString reference = checkedInBooking(QStringLiteral("9A"), QStringLiteral("Ada Lovelace"));
    ASSERT_FALSE(reference.isEmpty());
    auto tags = BagTagger(*db, kiosk).declare(reference, QStringLiteral("Lovelace"), seat(QStringLiteral("9A")), 1);
    ASSERT_TRUE(tags.ok()) << tags.error().message.toStdString();
    auto booking = service->find(reference);
    ASSERT_TRUE(booking.ok());
    const Actor agent{QStringLiteral("desk-1"), QStringLiteral("agnes"), Role::Agent};
    auto listed = BagTagger(*db, agent).tagNumbers(*booking);
    ASSERT_TRUE(listed.ok()) << listed.error().message.toStdString();
    EXPECT_EQ(listed->value(booking->passengers.first().lineId), QStringList{tags->first().tagNumber});
    auto refused = BagTagger(*db, kiosk).tagNumbers(*booking);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
}

KIOSK_ON_BOTH_BACKENDS(BagTaggerTest);

} // namespace
