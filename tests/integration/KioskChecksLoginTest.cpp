// What a kiosk's database login may still do to vouchers, waitlist entries and waitlist
// offers goes through the checked functions of migration 0028: raw UPDATEs of a voucher's
// uses or an entry's state are refused and change nothing; a voucher is redeemed for the
// caller's own open payment, once; an offer is taken up only with a passenger's surname;
// an entry is withdrawn only by the login that made it. And a kiosk login over its hold
// limit hears that its holds are counted per login. PostgreSQL only: SQLite has no logins.
#include "TerminalLoginFixture.h"

#include "booking/VoucherAdministration.h"
#include "booking/WaitlistOfferer.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class KioskChecksLoginTest : public TerminalLoginFixture {
protected:
    static QString text(Database &on, const QString &sql)
    {
        QSqlQuery query(on.connection());
        EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString() << query.lastError().text().toStdString();
        return query.value(0).toString();
    }

    // Every row a refused request must leave alone, as text.
    QString vouchersAndWaitlist()
    {
        return text(*db, QStringLiteral("SELECT concat_ws('|', (SELECT string_agg(id || '/' || uses, ',' ORDER BY id) FROM vouchers), "
                                        "(SELECT string_agg(concat_ws('/', id, voucher_id, booking_id, status), ',' ORDER BY id) "
                                        "FROM voucher_redemptions), "
                                        "(SELECT string_agg(concat_ws('/', id, state, booking_id, login, updated_at), ',' ORDER BY id) "
                                        "FROM waitlist), "
                                        "(SELECT string_agg(concat_ws('/', id, state, terminal, login), ',' ORDER BY id) FROM bookings))"));
    }

    qint64 createVoucher(int percent, int maxUses)
    {
        VoucherTerms terms;
        terms.percent = percent;
        terms.maxUses = maxUses;
        auto made = VoucherAdministration(*db, service->actor()).create(QStringLiteral("GATE12"), terms);
        EXPECT_TRUE(made.ok()) << (made ? std::string() : made.error().message.toStdString());
        return made ? made->id : 0;
    }

    // A waiting entry for `names` made by `login`, and the waitlist's offer to it (by the owner).
    qint64 offeredEntry(const QString &names, const QString &login)
    {
        const qint64 entry = scalar(*db, QStringLiteral("INSERT INTO waitlist (flight_id, cabin, passengers, seats, "
                                                        "contact_email, terminal, actor, login) VALUES (%1, 'Y', '%2', 1, "
                                                        "'ada@example.org', 'gate-9', 'kiosk', '%3') RETURNING id")
                                            .arg(flight.id)
                                            .arg(names, login));
        auto offers = WaitlistOfferer(*db).offerOnFlight(flight.id);
        EXPECT_TRUE(offers.ok() && offers->size() == 1);
        return entry;
    }

    const Actor atGate12{QStringLiteral("gate-12"), QStringLiteral("kiosk"), Role::Kiosk};
    const QString denied = QStringLiteral("42501");
};

TEST_P(KioskChecksLoginTest, RawVoucherAndWaitlistWritesAreRefusedAndChangeNothing)
{
    const qint64 voucher = createVoucher(20, 1);
    ASSERT_TRUE(db->execute(QStringLiteral("UPDATE vouchers SET uses = 1"), QStringLiteral("test")).ok());
    const qint64 entry = offeredEntry(QStringLiteral("[\"Ada Lovelace\"]"), QStringLiteral("someone"));
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    const QString before = vouchersAndWaitlist();

    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE vouchers SET uses = 0")), denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE vouchers SET uses = uses - 1 WHERE id = %1").arg(voucher)), denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("INSERT INTO voucher_redemptions (voucher_id, booking_id, payment_id, "
                                             "price_minor, discount_minor, currency, terminal, actor) SELECT %1, id, 1, 0, "
                                             "0, 'EUR', 'x', 'y' FROM bookings LIMIT 1")
                                  .arg(voucher)),
              denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE waitlist SET state = 'waiting', booking_id = NULL")), denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE waitlist SET state = 'left' WHERE id = %1").arg(entry)), denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE waitlist SET updated_at = now()")), denied);
    // An entry records the login that made it; a kiosk cannot state another.
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("INSERT INTO waitlist (flight_id, cabin, passengers, seats, contact_email, "
                                             "terminal, actor, login) VALUES (%1, 'J', '[\"X Y\"]', 1, 'x@example.org', "
                                             "'g', 'kiosk', 'someone')")
                                  .arg(flight.id)),
              denied);
    EXPECT_EQ(vouchersAndWaitlist(), before);
}

TEST_P(KioskChecksLoginTest, AVoucherIsRedeemedOnlyForTheCallersOwnOpenPaymentOnce)
{
    const qint64 voucher = createVoucher(20, 5);
    auto kioskA = connectAs(QStringLiteral("kiosk"));
    auto kioskB = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kioskA, nullptr);
    ASSERT_NE(kioskB, nullptr);
    // The program on a kiosk login pays with the voucher.
    BookingService salesA(*kioskA, gateway, atGate12);
    auto held = salesA.hold(request({QStringLiteral("6A")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    auto paid = waitFor(salesA.submitPayment(held->reference, card(), QStringLiteral("gate12")), 30000);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT uses FROM vouchers")), 1);

    // A second hold of login A with its payment attempt begun by hand.
    auto second = salesA.hold(request({QStringLiteral("7A")}));
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    const qint64 total = second->total.minorUnits();
    const qint64 discount = total / 5;
    const QString currency = second->total.currency();
    ASSERT_EQ(text(*kioskA, QStringLiteral("SELECT kiosk_booking_move(%1, 'SEAT_HELD', 'PAYMENT_PENDING', 'gate-12', "
                                           "'kiosk', 'test')")
                                .arg(second->id)),
              QStringLiteral("moved"));
    const QString attempt = text(*kioskA, QStringLiteral("SELECT kiosk_payment_add(%1, 'k-1', %2, '%3', 'VISA', '4242', "
                                                         "600, 'mock')")
                                              .arg(second->id)
                                              .arg(total - discount)
                                              .arg(currency));
    const QString redeem = QStringLiteral("SELECT kiosk_voucher_redeem(%1, %2, %3, %4, 'gate-12', 'kiosk')")
                               .arg(voucher)
                               .arg(attempt)
                               .arg(total);
    const QString before = vouchersAndWaitlist();
    EXPECT_EQ(refusal(*kioskB, redeem.arg(discount)), denied) << "another login's payment";
    EXPECT_EQ(refusal(*kioskA, redeem.arg(total)), denied) << "more off than the voucher gives";
    EXPECT_EQ(vouchersAndWaitlist(), before);
    EXPECT_EQ(text(*kioskA, redeem.arg(discount)), QStringLiteral("true"));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT uses FROM vouchers")), 2);
    const QString once = vouchersAndWaitlist();
    EXPECT_EQ(refusal(*kioskA, redeem.arg(discount)), denied) << "a second use for the same booking";
    EXPECT_EQ(vouchersAndWaitlist(), once);
}

TEST_P(KioskChecksLoginTest, AKioskLoginTakesUpAWaitlistOfferOnlyWithAPassengersSurname)
{
    const qint64 entry = offeredEntry(QStringLiteral("[\"Jürgen Müller\"]"), QStringLiteral("someone"));
    const qint64 offer = scalar(*db, QStringLiteral("SELECT booking_id FROM waitlist WHERE id = %1").arg(entry));
    const QString reference = text(*db, QStringLiteral("SELECT reference FROM bookings WHERE id = %1").arg(offer));
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    const QString before = vouchersAndWaitlist();
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("SELECT kiosk_take_offer(%1, 'gate-12', 'kiosk', 'smith', 'SMITH')").arg(offer)),
              denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("SELECT kiosk_take_offer(%1, 'gate-12', 'kiosk', '', '')").arg(offer)), denied);
    EXPECT_EQ(vouchersAndWaitlist(), before);
    EXPECT_EQ(text(*db, QStringLiteral("SELECT terminal FROM bookings WHERE id = %1").arg(offer)), QStringLiteral("waitlist"));

    // The program asks the traveller; "Mueller" is how the passport's MRZ spells Müller.
    BookingService counter(*kiosk, gateway, atGate12);
    EXPECT_EQ(counter.waitlist().claimOffer(reference, QStringLiteral("Smith")).error().code, ErrorCode::NotFound);
    auto claimed = counter.waitlist().claimOffer(reference, QStringLiteral("Mueller"));
    ASSERT_TRUE(claimed.ok()) << claimed.error().message.toStdString();
    EXPECT_EQ(text(*db, QStringLiteral("SELECT login FROM bookings WHERE id = %1").arg(offer)),
              text(*kiosk, QStringLiteral("SELECT session_user")));
}

TEST_P(KioskChecksLoginTest, AKioskLoginMovesOnlyItsOwnWaitlistEntriesAlongTheirTransitions)
{
    auto kioskA = connectAs(QStringLiteral("kiosk"));
    auto kioskB = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kioskA, nullptr);
    ASSERT_NE(kioskB, nullptr);
    const QString entry = text(*kioskA, QStringLiteral("INSERT INTO waitlist (flight_id, cabin, passengers, seats, "
                                                       "contact_email, terminal, actor) VALUES (%1, 'J', '[\"Ada Lovelace\"]', "
                                                       "1, 'ada@example.org', 'gate-12', 'kiosk') RETURNING id")
                                            .arg(flight.id));
    EXPECT_EQ(text(*db, QStringLiteral("SELECT login FROM waitlist WHERE id = %1").arg(entry)),
              text(*kioskA, QStringLiteral("SELECT session_user")));
    BookingService salesB(*kioskB, gateway, atGate12);
    auto held = salesB.hold(request({QStringLiteral("8A")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();

    const QString before = vouchersAndWaitlist();
    EXPECT_EQ(refusal(*kioskB, QStringLiteral("SELECT kiosk_waitlist_leave(%1)").arg(entry)), denied);
    EXPECT_EQ(refusal(*kioskB, QStringLiteral("SELECT kiosk_waitlist_offered(%1, %2)").arg(entry).arg(held->id)), denied)
        << "a hold that is not the waitlist's offer to this entry";
    EXPECT_EQ(vouchersAndWaitlist(), before);
    EXPECT_EQ(text(*kioskA, QStringLiteral("SELECT kiosk_waitlist_leave(%1)").arg(entry)), QStringLiteral("true"));
    EXPECT_EQ(text(*kioskA, QStringLiteral("SELECT kiosk_waitlist_leave(%1)").arg(entry)), QStringLiteral("false"));
    EXPECT_EQ(text(*db, QStringLiteral("SELECT state FROM waitlist WHERE id = %1").arg(entry)), QStringLiteral("left"));
}

TEST_P(KioskChecksLoginTest, AKioskLoginOverItsHoldLimitHearsThatHoldsAreCountedPerLogin)
{
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    const QString login = text(*kiosk, QStringLiteral("SELECT session_user"));
    BookingService sales(*kiosk, gateway, atGate12);
    ASSERT_TRUE(sales.hold(request({QStringLiteral("2A")})).ok());
    ASSERT_TRUE(sales.hold(request({QStringLiteral("2B")})).ok());
    BookingService renamed(*kiosk, gateway, Actor{QStringLiteral("gate-99"), QStringLiteral("kiosk"), Role::Kiosk});
    auto third = renamed.hold(request({QStringLiteral("2C")}));
    ASSERT_FALSE(third.ok());
    EXPECT_EQ(third.error().code, ErrorCode::LimitReached);
    EXPECT_TRUE(third.error().message.startsWith(
        QStringLiteral("database login %1 (terminal gate-99; holds are counted per login) already has 2 unpaid hold(s), "
                       "the most one kiosk terminal may have at once")
            .arg(login)))
        << third.error().message.toStdString();
    EXPECT_EQ(third.error().details.value(0), QStringLiteral("unpaid_limit"));
}

INSTANTIATE_TEST_SUITE_P(Backends, KioskChecksLoginTest, ::testing::Values(Backend::PostgreSQL), backendParamName);

} // namespace
