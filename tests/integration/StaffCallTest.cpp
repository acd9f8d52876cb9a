// Help on the kiosk reaches the agents (StaffCallDesk, migration 0033): a kiosk's call is
// listed to agents, once per terminal until answered; an answer is audited and seen by the
// kiosk; a second answer names who was first; the kiosk role neither reads nor answers; bad
// input changes nothing. On SQLite and PostgreSQL; on PostgreSQL's terminal logins the
// database itself asks for a signed-in agent and stamps the answer with that user.
#include "TerminalLoginFixture.h"

#include "booking/StaffCallDesk.h"
#include "storage/AccessLogRepository.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

const Actor gate3{QStringLiteral("gate-3"), QStringLiteral("kiosk"), Role::Kiosk};
const Actor gate4{QStringLiteral("gate-4"), QStringLiteral("kiosk"), Role::Kiosk};
const Actor alice{QStringLiteral("desk-1"), QStringLiteral("alice"), Role::Agent};
const Actor bob{QStringLiteral("desk-2"), QStringLiteral("bob"), Role::Agent};

class StaffCallTest : public BackendTest {
protected:
    QString calls() // every call row, to show that a refusal changed nothing
    {
        QSqlQuery query(db->connection());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT id, terminal, screen, coalesce(reference, ''), "
                                              "coalesce(answered_by, '') FROM staff_calls ORDER BY id")));
        QString rows;
        while (query.next())
            for (int i = 0; i < 5; ++i)
                rows += query.value(i).toString() + QLatin1Char(i == 4 ? ';' : ',');
        return rows;
    }
};

TEST_P(StaffCallTest, ACallIsListedToAgentsOncePerKioskUntilAnAnswerThatIsAuditedAndSeenByTheKiosk)
{
    StaffCallDesk desk(*db);
    auto first = desk.call(gate3, QStringLiteral("seatMapScreen"), QStringLiteral("abc234"));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->reference, QStringLiteral("ABC234"));
    EXPECT_TRUE(first->isOpen());
    auto again = desk.call(gate3, QStringLiteral("passengerScreen"), QString());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->id, first->id) << "pressing Help again while staff are coming calls nobody twice";
    EXPECT_EQ(again->screen, QStringLiteral("seatMapScreen"));
    ASSERT_TRUE(desk.call(gate4, QStringLiteral("flightListScreen"), QString()).ok());

    auto open = desk.openCalls(alice);
    ASSERT_TRUE(open.ok()) << open.error().message.toStdString();
    ASSERT_EQ(open->size(), 2);
    EXPECT_EQ(open->at(0).terminal, QStringLiteral("gate-3")) << "oldest first";
    EXPECT_EQ(open->at(1).terminal, QStringLiteral("gate-4"));
    EXPECT_TRUE(open->at(0).calledAtUtc.isValid());

    auto answered = desk.answer(first->id, alice);
    ASSERT_TRUE(answered.ok()) << answered.error().message.toStdString();
    EXPECT_EQ(answered->answeredBy, QStringLiteral("alice"));
    auto seen = desk.callOf(gate3, first->id);
    ASSERT_TRUE(seen.ok());
    EXPECT_FALSE(seen->isOpen());
    EXPECT_EQ(desk.openCalls(alice)->size(), 1);

    auto next = desk.call(gate3, QStringLiteral("welcomeScreen"), QString());
    ASSERT_TRUE(next.ok());
    EXPECT_NE(next->id, first->id) << "after an answer, the next press is a new call";

    const QList<AccessEvent> log = AccessLogRepository(*db).entries(QStringLiteral("gate-3")).value();
    ASSERT_FALSE(log.isEmpty());
    EXPECT_EQ(log.last().action, QStringLiteral("answer call for help"));
    EXPECT_EQ(log.last().actor, QStringLiteral("alice"));
    EXPECT_EQ(log.last().detail, QStringLiteral("call %1 from the seatMapScreen").arg(first->id));
}

TEST_P(StaffCallTest, ASecondAnswerNamesWhoWasFirstAndChangesNothing)
{
    StaffCallDesk desk(*db);
    auto call = desk.call(gate3, QStringLiteral("seatMapScreen"), QString());
    ASSERT_TRUE(call.ok());
    ASSERT_TRUE(desk.answer(call->id, alice).ok());
    const QString before = calls();
    auto late = desk.answer(call->id, bob);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, ErrorCode::WrongState);
    EXPECT_TRUE(late.error().message.startsWith(QStringLiteral("alice answered the call for help from gate-3 at ")))
        << late.error().message.toStdString();
    EXPECT_EQ(calls(), before);
    auto unknown = desk.answer(call->id + 100, bob);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

TEST_P(StaffCallTest, TheKioskRoleNeitherReadsNorAnswersAndBadInputChangesNothing)
{
    StaffCallDesk desk(*db);
    auto call = desk.call(gate3, QStringLiteral("seatMapScreen"), QString());
    ASSERT_TRUE(call.ok());
    const QString before = calls();
    const auto expectRefused = [&](const auto &result, ErrorCode code, const QString &words) {
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, code) << result.error().message.toStdString();
        EXPECT_TRUE(result.error().message.contains(words)) << result.error().message.toStdString();
        EXPECT_EQ(calls(), before);
    };
    expectRefused(desk.openCalls(gate4), ErrorCode::Forbidden, QStringLiteral("answer calls for help"));
    expectRefused(desk.answer(call->id, gate4), ErrorCode::Forbidden, QStringLiteral("answer calls for help"));
    expectRefused(desk.callOf(gate4, call->id), ErrorCode::NotFound, QStringLiteral("gate-4 made no call for help"));
    expectRefused(desk.call(gate4, QStringLiteral("  "), QString()), ErrorCode::BadInput, QStringLiteral("names the screen"));
    expectRefused(desk.call(gate4, QString(65, QLatin1Char('s')), QString()), ErrorCode::BadInput,
                  QStringLiteral("at most 64"));
    expectRefused(desk.call(gate4, QStringLiteral("seatMapScreen"), QStringLiteral("NOT-A-REF")), ErrorCode::BadInput,
                  QStringLiteral("NOT-A-REF is not a booking reference"));
    const QList<AccessEvent> log = AccessLogRepository(*db).entries(QStringLiteral("call for help %1").arg(call->id)).value();
    ASSERT_EQ(log.size(), 1) << "the kiosk's try to answer is in the access log";
    EXPECT_EQ(log.at(0).outcome, QStringLiteral("denied"));
    EXPECT_EQ(log.at(0).terminal, QStringLiteral("gate-4"));
}

INSTANTIATE_TEST_SUITE_P(Backends, StaffCallTest, ::testing::Values(Backend::SQLite, Backend::PostgreSQL),
                         backendParamName);

class StaffCallLoginTest : public TerminalLoginFixture {};

TEST_P(StaffCallLoginTest, AKioskLoginCallsButOnlyASignedInAgentAnswersUnderTheirOwnName)
{
    auto kioskLogin = connectAs(QStringLiteral("kiosk"));
    auto deskLogin = connectAs(QStringLiteral("desk"));
    ASSERT_NE(kioskLogin, nullptr);
    ASSERT_NE(deskLogin, nullptr);
    auto call = StaffCallDesk(*kioskLogin).call(gate3, QStringLiteral("seatMapScreen"), QString());
    ASSERT_TRUE(call.ok()) << call.error().message.toStdString();
    const QString answer = QStringLiteral("UPDATE staff_calls SET answered_at = now(), answered_by = 'mallory' WHERE id = %1")
                               .arg(call->id);
    EXPECT_EQ(refusal(*kioskLogin, answer), QStringLiteral("42501")) << "a kiosk's own SQL cannot answer";
    EXPECT_EQ(refusal(*deskLogin, answer), QStringLiteral("42501")) << "nor a desk with nobody signed in";
    const Actor signedIn = signIn(*deskLogin, QStringLiteral("alice"));
    EXPECT_EQ(refusal(*deskLogin, answer), QString());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM staff_calls WHERE answered_by = 'alice'")), 1)
        << "the answer carries the signed-in user, not the name the SQL gave";
    auto next = StaffCallDesk(*kioskLogin).call(gate3, QStringLiteral("welcomeScreen"), QString());
    ASSERT_TRUE(next.ok());
    EXPECT_TRUE(StaffCallDesk(*deskLogin).answer(next->id, signedIn).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, StaffCallLoginTest, ::testing::Values(Backend::PostgreSQL), backendParamName);

} // namespace
