// A card decline in the traveller's language: known decline codes get our words (German
// with the kiosk's catalogue), lost, stolen and fraud codes read as a plain decline, and a
// code we do not know keeps the gateway's own words.
#include "widgets/DeclineReasonText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <gtest/gtest.h>

using kiosk::ui::declineReasonText;

TEST(DeclineReasonText, KnownCodesGetOurWordsAndUnknownOnesKeepTheGateways)
{
    EXPECT_EQ(declineReasonText(QStringLiteral("card_declined"), QStringLiteral("Declined (05)")),
              QStringLiteral("The card was declined by the bank."));
    EXPECT_EQ(declineReasonText(QStringLiteral("STOLEN_CARD"), QStringLiteral("Card reported stolen")),
              QStringLiteral("The card was declined by the bank."));
    EXPECT_EQ(declineReasonText(QStringLiteral("incorrect_cvc"), QString()), QStringLiteral("The security code is not correct."));
    EXPECT_EQ(declineReasonText(QStringLiteral("new_code_2027"), QStringLiteral("Try a card from another bank.")),
              QStringLiteral("Try a card from another bank."));
}

TEST(DeclineReasonText, TheGermanKioskSaysItInGerman)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QStringLiteral("de")), QStringLiteral("kiosk"), QStringLiteral("_"),
                                QStringLiteral(KIOSK_TRANSLATIONS_DIR)));
    QCoreApplication::installTranslator(&translator);
    EXPECT_EQ(declineReasonText(QStringLiteral("insufficient_funds"), QStringLiteral("Insufficient funds")),
              QStringLiteral("Die Karte ist nicht ausreichend gedeckt."));
    EXPECT_EQ(declineReasonText(QStringLiteral("new_code_2027"), QStringLiteral("Try a card from another bank.")),
              QStringLiteral("Try a card from another bank."));
    QCoreApplication::removeTranslator(&translator);
}
