// The German catalogue: every message of resources/translations/kiosk_de.ts is finished,
// and the built kiosk_de.qm (what the kiosk installs for --lang de) answers in German on
// every screen: welcome, seat map, payment, agent sign-in, booking desk, reports, schedule; and the
// core's own messages (refusals, validation, role and cabin names) reach a German user in German.
#include "auth/AccessPolicy.h"
#include "booking/CancellationPolicy.h"
#include "domain/Actor.h"
#include "domain/Cabin.h"
#include "domain/PassengerName.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QStringList>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct Message {
    const char *context;
    const char *source;
    const char *german;
};

// lupdate marks a message it added or whose source changed type="unfinished"; lrelease
// leaves those out of the .qm, so the kiosk would show them in English.
QStringList unfinishedMessages(const QString &tsPath, int &messages)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot open ") + tsPath};
    QStringList unfinished;
    QString context;
    QString source;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            ++messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty() || text.trimmed().isEmpty())
                unfinished << context + QStringLiteral(": ") + source;
        }
    }
    if (xml.hasError())
        unfinished << tsPath + QStringLiteral(": ") + xml.errorString();
    return unfinished;
}

} // namespace

TEST(GermanTranslation, EveryMessageIsFinished)
{
    int messages = 0;
    const QStringList unfinished = unfinishedMessages(QStringLiteral(KIOSK_DE_TS), messages);
    EXPECT_GT(messages, 300);
    EXPECT_TRUE(unfinished.isEmpty()) << unfinished.size() << " unfinished message(s):\n"
                                      << qPrintable(unfinished.join(u'\n'));
}

TEST(GermanTranslation, EveryScreenSpeaksGerman)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QStringLiteral("de")), QStringLiteral("kiosk"), QStringLiteral("_"),
                                QStringLiteral(KIOSK_TRANSLATIONS_DIR)));
    const Message screens[] = {
        {"kiosk::ui::WelcomeScreen", "Touch to start", "Jetzt starten"},
        {"kiosk::ui::SeatMapScreen", "Best available together", "Beste Plätze zusammen"},
        {"kiosk::ui::ConnectionBanner", "Retrying in %1 s…", "Neuer Versuch in %1 s…"},
        {"kiosk::ui::PaymentDialog", "Pay %1", "%1 bezahlen"},
        {"kiosk::ui::PaymentDialog", "Authorizing the payment with your bank…", "Die Zahlung wird bei Ihrer Bank autorisiert…"},
        {"kiosk::ui::ConfirmationScreen", "Booking reference %1", "Buchungsreferenz %1"},
        {"kiosk::ui::SignInDialog", "Sign in to the agent workstation", "Am Schalterarbeitsplatz anmelden"},
        {"kiosk::ui::SignInDialog", "&Password", "&Passwort"},
        {"kiosk::ui::AgentWindow", "Sign &out", "Ab&melden"},
        {"kiosk::ui::BookingLookupView", "No booking matches.", "Keine passende Buchung."},
        {"kiosk::ui::CancelBookingDialog", "Cancel and &refund %1", "Stornieren und %1 &erstatten"},
        {"kiosk::ui::ReportsView", "Load factor and revenue per flight", "Auslastung und Umsatz pro Flug"},
        {"kiosk::ui::FlightSalesModel", "Revenue", "Umsatz"},
        {"kiosk::ui::FlightSalesModel", "Cancelled", "Annulliert"},
        {"kiosk::ui::ScheduleView", "Flights with status, load factor and revenue", "Flüge mit Status, Auslastung und Umsatz"},
        {"kiosk::ui::FlightSeatPanel", "held by booking %1", "reserviert von Buchung %1"},
        {"kiosk::ui::CancelFlightDialog", "&Keep the flight", "Flug &behalten"},
        {"ReportCharts", "Money per day (captured minus refunded)", "Umsatz pro Tag (belastet abzüglich erstattet)"},
        {"AgentFormat", "Refunded", "Erstattet"},
    };
    for (const Message &m : screens)
        EXPECT_EQ(translator.translate(m.context, m.source), QString::fromUtf8(m.german)) << m.context << ": " << m.source;
    // Plural forms: German has one singular and one plural form.
    EXPECT_EQ(translator.translate("kiosk::ui::BookingLookupView", "%n booking(s) found.", nullptr, 1),
              QStringLiteral("%n Buchung gefunden."));
    EXPECT_EQ(translator.translate("kiosk::ui::BookingLookupView", "%n booking(s) found.", nullptr, 7),
              QStringLiteral("%n Buchungen gefunden."));
}

// Core messages are translated where they are made, in the language the program installed;
// kioskctl installs none, so its messages stay English.
using namespace kiosk;

TEST(GermanTranslation, CoreMessagesFollowTheInstalledLanguage)
{
    const Actor kiosk;
    const QString english = AccessPolicy::forbidden(kiosk, Permission::CancelBookings).message;
    EXPECT_TRUE(english.startsWith(QStringLiteral("cancel is not allowed for role kiosk"))) << qPrintable(english);

    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QStringLiteral("de")), QStringLiteral("kiosk"), QStringLiteral("_"),
                                QStringLiteral(KIOSK_TRANSLATIONS_DIR)));
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    const QString forbidden = AccessPolicy::forbidden(kiosk, Permission::CancelBookings).message;
    const QString tooShort = PassengerName::validate(QStringLiteral("A")).error().message;
    const QString economy = cabinName(Cabin::Economy);
    const QString policy = CancellationPolicy::standard().describe(Cabin::Economy);
    QCoreApplication::removeTranslator(&translator);

    EXPECT_EQ(forbidden, QStringLiteral("„stornieren“ ist für die Rolle Automat nicht erlaubt (Benutzer kiosk; "
                                        "nötig ist Mitarbeiter oder höher)"));
    EXPECT_EQ(tooShort, QStringLiteral("der Name „A“ ist zu kurz (mindestens 2 Buchstaben)"));
    EXPECT_EQ(economy, QStringLiteral("Economy"));
    EXPECT_TRUE(policy.startsWith(QStringLiteral("mehr als "))) << qPrintable(policy);
    EXPECT_TRUE(policy.contains(QStringLiteral("sonst "))) << qPrintable(policy);
    // Back to English once the translator is gone: nothing is cached in the wrong language.
    EXPECT_EQ(cabinName(Cabin::Economy), QStringLiteral("economy"));
}
