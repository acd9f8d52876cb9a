// A booking history's reasons as the agent reads them: the core's audit text (English, with
// codes) in words and the agent's language; an agent's own words as they were typed.
#include "Euros.h"

#include "agent/AuditReasonText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <gtest/gtest.h>

using kiosk::test::eur;
using kiosk::ui::auditReasonText;

TEST(AuditReasonText, TheCoresReasonsReadAsSentencesWithoutCodes)
{
    const auto text = [](const char *stored) { return auditReasonText(QString::fromUtf8(stored)); };
    EXPECT_EQ(text("seats held"), QStringLiteral("Seats held"));
    EXPECT_EQ(text("payment submitted (visa ending 0002)"), QStringLiteral("Payment sent: visa card ending 0002"));
    EXPECT_EQ(text("payment declined: card_declined"),
              QStringLiteral("Payment declined: The card was declined by the bank."));
    EXPECT_EQ(text("payment authorized (visa ending 4242)"), QStringLiteral("Payment approved: visa card ending 4242"));
    EXPECT_EQ(text("hold deadline passed; released for a new hold"),
              QStringLiteral("The hold ran out; its seats went to a new hold"));
    EXPECT_EQ(text("seat changed 3B -> 9F for Bob Brown"), QStringLiteral("Bob Brown moved from seat 3B to 9F"));
    EXPECT_EQ(text("refunded EUR 300.00: strike"), QStringLiteral("Refunded %1: strike").arg(eur(30000)));
    EXPECT_EQ(text("cancelled; refund EUR 49.00 (50 % by policy, 47 h before departure)"),
              QStringLiteral("cancelled; refund %1 (50 % by the policy, 47 h before departure)").arg(eur(4900)));
    EXPECT_EQ(text("strike; refund EUR 300.00 (supervisor override by sue (policy: EUR 175.50): flight disrupted)"),
              QStringLiteral("strike; refund %1 (override by supervisor sue (the policy gave %2): flight disrupted)")
                  .arg(eur(30000), eur(17550)));
    EXPECT_EQ(text("refunded EUR 300.00: supervisor override by sue (policy: EUR 175.50): strike"),
              QStringLiteral("Refunded %1: override by supervisor sue (the policy gave %2): strike").arg(eur(30000), eur(17550)));
    EXPECT_EQ(text("refunded EUR 24.50: for Zoë Smith (12B): customer request"),
              QStringLiteral("Refunded %1: For Zoë Smith (seat 12B): customer request").arg(eur(2450)));
    EXPECT_EQ(text("flight cancelled by sue: strike; 2 passenger(s) checked in"),
              QStringLiteral("Flight cancelled by sue: strike; passengers who had checked in: 2"));
}

TEST(AuditReasonText, ASchedulesChangesReadAsSentencesInTheHistoryAndTheDisruptions)
{
    const auto text = [](const char *stored) { return auditReasonText(QString::fromUtf8(stored)); };
    EXPECT_EQ(text("aircraft changed to 320-J4Y156: seat 2D moved to 1F"),
              QStringLiteral("Aircraft changed to 320-J4Y156: seat 2D moved to 1F"));
    EXPECT_EQ(text("aircraft changed to 320-J4Y156: no free business seat for Radia Perlman (was 2F); an agent must "
                   "reseat, rebook or refund"),
              QStringLiteral("Aircraft changed to 320-J4Y156: no free business seat for Radia Perlman (was 2F); "
                             "reseat, rebook or refund"));
    EXPECT_EQ(text("aircraft changed to 32N: seat 3A moved to 5C; Ann Ames was checked in (boarding no. 7): the "
                   "boarding pass must be printed again"),
              QStringLiteral("Aircraft changed to 32N: seat 3A moved to 5C; Ann Ames was checked in (boarding number "
                             "7): print the boarding pass again"));
    EXPECT_EQ(text("flight cancelled by schedule feed:partner-x; the hold was released"),
              QStringLiteral("Flight cancelled by the schedule feed:partner-x; the hold was released"));
    EXPECT_EQ(text("retimed: departure 2026-12-04T17:00Z -> 2026-12-04T19:30Z (+150 min), arrival 2026-12-04T18:20Z "
                   "-> 2026-12-04T20:50Z (+150 min), now to LGW instead of LHR"),
              QStringLiteral("Retimed: departure 2026-12-04T17:00Z → 2026-12-04T19:30Z (+150 min), arrival "
                             "2026-12-04T18:20Z → 2026-12-04T20:50Z (+150 min), now to LGW instead of LHR"));
}

TEST(AuditReasonText, AnAgentsOwnWordsStayAsTyped)
{
    EXPECT_EQ(auditReasonText(QStringLiteral("customer request")), QStringLiteral("customer request"));
    EXPECT_EQ(auditReasonText(QStringLiteral("payment declined because I said so")),
              QStringLiteral("payment declined because I said so")) << "only the core's exact shape is translated";
}

TEST(AuditReasonText, TheGermanWorkstationSaysItInGerman)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QStringLiteral("de")), QStringLiteral("kiosk"), QStringLiteral("_"),
                                QStringLiteral(KIOSK_TRANSLATIONS_DIR)));
    QCoreApplication::installTranslator(&translator);
    const QString declined = auditReasonText(QStringLiteral("payment declined: insufficient_funds"));
    const QString held = auditReasonText(QStringLiteral("seats held"));
    QCoreApplication::removeTranslator(&translator);
    EXPECT_EQ(declined, QStringLiteral("Zahlung abgelehnt: Die Karte ist nicht ausreichend gedeckt."));
    EXPECT_EQ(held, QStringLiteral("Sitze reserviert"));
}
