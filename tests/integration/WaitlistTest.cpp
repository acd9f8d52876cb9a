// The waitlist on both databases: joining only a full cabin, places in line, freed seats
// offered to the first entry that fits (a bigger party keeps its place), the offer an
// ordinary hold with its e-mail in the outbox, a lapsed or withdrawn offer passing the seats
// on, and an offer taken up at a kiosk by reference and surname, then paid.
#include "BackendFixture.h"
#include "ServerClock.h"
#include "SqlProbe.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class WaitlistTest : public BackendTest {
protected:
    // Six economy seats: 1A 1B 1C (exit row) and 2A 2B 2C.
    TestFlightSpec flightSpec() const override
    {
        TestFlightSpec spec;
        spec.rows = 2;
        spec.letters = QStringLiteral("ABC");
        return spec;
    }
    // The cabin sold out as three parties of two.
    void fillCabin()
    {
        for (const QStringList &seats : {QStringList{QStringLiteral("1A"), QStringLiteral("1B")},
                                         QStringList{QStringLiteral("1C"), QStringLiteral("2A")},
                                         QStringList{QStringLiteral("2B"), QStringLiteral("2C")}}) {
            auto held = service->hold(request(seats));
            ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
            m_parties << held->reference;
        }
    }
    Result<WaitlistEntry> join(const QStringList &names, const QString &email, BookingService *on = nullptr)
    {
        return (on ? *on : *service).waitlist().join(
            WaitlistRequest{FlightRef::byId(flight.id), QLatin1Char('Y'), names, {email, QString()}});
    }
    WaitlistEntry entry(qint64 id) { return service->waitlist().find(id).value(); }
    void cancelParty(int index) { ASSERT_TRUE(service->cancel(m_parties.at(index), QStringLiteral("changed plans")).ok()); }
    qint64 offerMails(const QString &to)
    {
        return countRows(*db, QStringLiteral("outbox"),
                         QStringLiteral("kind = 'waitlist_offer' AND recipient = '%1'").arg(to));
    }
    qint64 seatsSoldTwice()
    {
        return scalar(*db, QStringLiteral("SELECT count(*) FROM (SELECT seat_id FROM booking_lines WHERE active "
                                          "GROUP BY seat_id HAVING count(*) > 1) doubled"));
    }
    BookingService &kiosk(const QString &terminal)
    {
        m_kiosks.push_back(std::make_unique<BookingService>(*db, gateway, Actor{terminal, QStringLiteral("kiosk"), Role::Kiosk}));
        return *m_kiosks.back();
    }

    QStringList m_parties;
    std::vector<std::unique_ptr<BookingService>> m_kiosks;
};

const QStringList Bergs{QStringLiteral("Anna Berg"), QStringLiteral("Ola Berg")};
const QStringList Okafors{QStringLiteral("Chi Okafor"), QStringLiteral("Ada Okafor"), QStringLiteral("Obi Okafor")};

TEST_P(WaitlistTest, JoiningIsRefusedWhileTheCabinHasTheSeats)
{
    auto joined = join(Bergs, QStringLiteral("berg@example.org"));
    ASSERT_FALSE(joined.ok());
    EXPECT_EQ(joined.error().code, ErrorCode::WrongState);
    EXPECT_EQ(joined.error().details, QStringList{QStringLiteral("seats_available")});
    EXPECT_TRUE(joined.error().message.contains(QStringLiteral("6 seat(s) are free in economy"))) << joined.error().message.toStdString();
    EXPECT_EQ(countRows(*db, QStringLiteral("waitlist")), 0);
}

TEST_P(WaitlistTest, AFullCabinGivesPlacesInLineAndRefusesBadRequests)
{
    fillCabin();
    auto first = join(Okafors, QStringLiteral("chi@example.org"));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->position, 1);
    EXPECT_EQ(first->state, WaitlistState::Waiting);
    EXPECT_EQ(first->seats(), 3);
    auto second = join(Bergs, QStringLiteral("Berg@Example.ORG"));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->position, 2);
    EXPECT_EQ(second->contact.email, QStringLiteral("Berg@example.org"));

    auto again = join({QStringLiteral("Per Berg")}, QStringLiteral("berg@example.org"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().details, QStringList{QStringLiteral("already_waiting")});
    auto noAddress = join(Bergs, QString());
    ASSERT_FALSE(noAddress.ok());
    EXPECT_EQ(noAddress.error().code, ErrorCode::BadInput);
    EXPECT_TRUE(noAddress.error().message.contains(QStringLiteral("e-mail address is needed")));
    EXPECT_EQ(join({QStringLiteral("R2D2")}, QStringLiteral("r@example.org")).error().code, ErrorCode::BadInput);
    EXPECT_EQ(join(QStringList(10, QStringLiteral("Anna Berg")), QStringLiteral("ten@example.org")).error().code,
              ErrorCode::BadInput);
    auto business = service->waitlist().join(WaitlistRequest{FlightRef::byId(flight.id), QLatin1Char('J'), Bergs,
                                                             {QStringLiteral("j@example.org"), QString()}});
    ASSERT_FALSE(business.ok());
    EXPECT_EQ(business.error().code, ErrorCode::NotFound);
    EXPECT_EQ(countRows(*db, QStringLiteral("waitlist")), 2);
}

TEST_P(WaitlistTest, FreedSeatsGoToTheFirstEntryThatFitsAndABiggerPartyKeepsItsPlace)
{
    fillCabin();
    const qint64 okafors = join(Okafors, QStringLiteral("chi@example.org"))->id;
    const qint64 bergs = join(Bergs, QStringLiteral("berg@example.org"))->id;

    cancelParty(0); // 1A 1B free: too few for three, enough for two
    WaitlistEntry offered = entry(bergs);
    EXPECT_EQ(offered.state, WaitlistState::Offered);
    EXPECT_EQ(entry(okafors).state, WaitlistState::Waiting);
    EXPECT_EQ(entry(okafors).position, 1);
    auto offer = service->find(offered.offerReference);
    ASSERT_TRUE(offer.ok());
    EXPECT_EQ(offer->state, BookingState::SeatHeld);
    EXPECT_EQ(offer->terminal, QStringLiteral("waitlist"));
    EXPECT_EQ(offer->total, Money(9800, QStringLiteral("EUR")));
    QStringList names;
    for (const Passenger &p : offer->passengers)
        names << p.name;
    EXPECT_EQ(names, Bergs);
    EXPECT_EQ(offerMails(QStringLiteral("berg@example.org")), 1);
    // The offer holds for the standard 2 hours.
    const qint64 held = service->serverNow().value().secsTo(offer->holdDeadlineUtc);
    EXPECT_GT(held, 7100);
    EXPECT_LE(held, 7200);

    cancelParty(1); // two free again: still too few for the Okafors
    EXPECT_EQ(entry(okafors).state, WaitlistState::Waiting);
    cancelParty(2); // four free
    EXPECT_EQ(entry(okafors).state, WaitlistState::Offered);
    EXPECT_EQ(service->find(entry(okafors).offerReference)->seats().size(), 3);
    EXPECT_EQ(offerMails(QStringLiteral("chi@example.org")), 1);
    EXPECT_EQ(seatsSoldTwice(), 0);
}

TEST_P(WaitlistTest, ALapsedOfferPassesItsSeatsToTheNextInLine)
{
    fillCabin();
    const qint64 bergs = join(Bergs, QStringLiteral("berg@example.org"))->id;
    const qint64 next = join({QStringLiteral("Lea Roth"), QStringLiteral("Jan Roth")}, QStringLiteral("roth@example.org"))->id;
    cancelParty(0);
    const QString first = entry(bergs).offerReference;
    ASSERT_FALSE(first.isEmpty());
    EXPECT_EQ(entry(next).state, WaitlistState::Waiting);

    makeLapse(*db, first);
    ASSERT_TRUE(service->expireDue().ok());
    EXPECT_EQ(entry(bergs).state, WaitlistState::Lapsed);
    EXPECT_EQ(entry(next).state, WaitlistState::Offered);
    // The seats the lapsed offer held: 1A and 1B, freed by the first cancellation.
    EXPECT_EQ(service->find(entry(next).offerReference)->seats(),
              (QList<SeatCode>{SeatCode(1, QLatin1Char('A')), SeatCode(1, QLatin1Char('B'))}));
    EXPECT_EQ(offerMails(QStringLiteral("roth@example.org")), 1);
    EXPECT_EQ(seatsSoldTwice(), 0);
}

TEST_P(WaitlistTest, AnOfferIsTakenUpAtAKioskByReferenceAndSurnameAndPaid)
{
    fillCabin();
    const qint64 bergs = join(Bergs, QStringLiteral("berg@example.org"))->id;
    cancelParty(0);
    const QString reference = entry(bergs).offerReference;
    BookingService &counter = kiosk(QStringLiteral("kiosk-9"));

    // Not the kiosk's booking yet: it cannot pay it, and a wrong surname proves nothing.
    auto early = pay(counter, reference);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, ErrorCode::Forbidden);
    auto wrong = counter.waitlist().claimOffer(reference, QStringLiteral("Smith"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::NotFound);

    auto claimed = counter.waitlist().claimOffer(reference.toLower(), QStringLiteral("BERG"));
    ASSERT_TRUE(claimed.ok()) << claimed.error().message.toStdString();
    EXPECT_EQ(claimed->terminal, QStringLiteral("kiosk-9"));
    EXPECT_TRUE(counter.waitlist().claimOffer(reference, QStringLiteral("Berg")).ok()); // pressed twice
    // Another kiosk cannot take it over now.
    auto other = kiosk(QStringLiteral("kiosk-10")).waitlist().claimOffer(reference, QStringLiteral("Berg"));
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().details, QStringList{QStringLiteral("not_an_offer")});

    auto paid = pay(counter, reference);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid->state, BookingState::Confirmed);
    EXPECT_EQ(entry(bergs).state, WaitlistState::Accepted);
}

TEST_P(WaitlistTest, LeavingWithAnOpenOfferPassesItsSeatsOn)
{
    fillCabin();
    BookingService &counter = kiosk(QStringLiteral("kiosk-4"));
    const qint64 bergs = join(Bergs, QStringLiteral("berg@example.org"), &counter)->id;
    const qint64 next = join({QStringLiteral("Lea Roth")}, QStringLiteral("roth@example.org"))->id;
    cancelParty(0);
    const QString offer = entry(bergs).offerReference;

    // A kiosk may withdraw what it took, not another terminal's entry.
    auto notItsOwn = counter.waitlist().leave(next);
    ASSERT_FALSE(notItsOwn.ok());
    EXPECT_EQ(notItsOwn.error().code, ErrorCode::Forbidden);
    auto left = counter.waitlist().leave(bergs);
    ASSERT_TRUE(left.ok()) << left.error().message.toStdString();
    EXPECT_EQ(left->state, WaitlistState::Left);
    EXPECT_EQ(service->find(offer)->state, BookingState::Cancelled);
    EXPECT_EQ(entry(next).state, WaitlistState::Offered);
    EXPECT_EQ(counter.waitlist().leave(bergs).error().details, QStringList{QStringLiteral("ended")});
}

TEST_P(WaitlistTest, TheOfferTimeIsAnAdminsToSetAndBoundsTheNextOffer)
{
    EXPECT_EQ(kiosk(QStringLiteral("kiosk-1")).waitlist().setOfferSeconds(900).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(service->waitlist().setOfferSeconds(60).error().code, ErrorCode::BadInput);
    ASSERT_TRUE(service->waitlist().setOfferSeconds(900).ok());
    EXPECT_EQ(service->waitlist().offerSeconds().value(), 900);

    fillCabin();
    const qint64 bergs = join(Bergs, QStringLiteral("berg@example.org"))->id;
    cancelParty(0);
    const QDateTime deadline = service->find(entry(bergs).offerReference)->holdDeadlineUtc;
    const qint64 held = service->serverNow().value().secsTo(deadline);
    EXPECT_GT(held, 800);
    EXPECT_LE(held, 900);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(WaitlistTest);
