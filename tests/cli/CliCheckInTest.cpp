// kioskctl checkin and offload as separate processes, including 16 terminals checking in
// on one flight at the same moment: boarding numbers 1..16, no gaps, no duplicates.
#include "CliFixture.h"
#include "SqlProbe.h"

#include "booking/BookingService.h"
#include "checkin/BcbpParser.h"
#include "storage/CheckInRepository.h"
#include "payment/FutureWait.h"
#include "payment/MockPaymentGateway.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <set>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class CliCheckInTest : public CliTest {
protected:
    TestFlightSpec flightSpec() const override
    {
        TestFlightSpec spec = checkInOpenFlight(5 * 3600);
        spec.rows = 20;
        return spec;
    }

    // A confirmed booking made in this process (faster than two kioskctl runs each).
    QString confirmed(const QString &seat, const QString &name)
    {
        MockPaymentGateway gateway;
        BookingService service(*db, gateway, Actor::builtInOperator(QStringLiteral("cli-test")));
        HoldRequest request;
        request.flight = FlightRef::byId(flight.id);
        request.seats = {*SeatCode::parse(seat)};
        request.passengers = {name};
        auto held = service.hold(request);
        EXPECT_TRUE(held.ok()) << held.error().message.toStdString();
        if (!held)
            return QString();
        CardDetails card;
        card.number = QStringLiteral("4242424242424242");
        card.setExpiry(QStringLiteral("12/30"));
        card.cvc = QStringLiteral("123");
        auto paid = waitFor(service.submitPayment(held->reference, card), 30000);
        EXPECT_TRUE(paid.ok());
        return held->reference;
    }
    QStringList onTerminal(const QString &terminal) const
    {
        return {QStringLiteral("--db"), url(), QStringLiteral("--json"), QStringLiteral("--terminal"), terminal};
    }
};

TEST_P(CliCheckInTest, SixteenTerminalsCheckingInAtOnceGetOneToSixteen)
{
    constexpr int Racers = 16;
    QStringList references;
    QList<QStringList> commands;
    for (int i = 0; i < Racers; ++i) {
        const QString surname = QStringLiteral("Racer%1").arg(QChar(char16_t(u'A' + i)));
        references << confirmed(SeatCode(1 + i, QLatin1Char('A')).toString(), QStringLiteral("Tess ") + surname);
        commands << onTerminal(QStringLiteral("kiosk-%1").arg(i)) + QStringList{QStringLiteral("checkin"), references.last(),
                                                                             QStringLiteral("--surname"), surname};
    }
    const std::vector<CtlRun> runs = runner.runConcurrently(commands);
    std::set<int> numbers;
    for (const CtlRun &run : runs) {
        ASSERT_EQ(run.exitCode, 0) << run.describe();
        const QJsonObject pass = run.json().value(QStringLiteral("passes")).toArray().first().toObject();
        numbers.insert(pass.value(QStringLiteral("sequence")).toInt());
        auto bcbp = BcbpParser::parse(pass.value(QStringLiteral("bcbp")).toString());
        ASSERT_TRUE(bcbp.ok());
        EXPECT_EQ(bcbp->checkInSequence, pass.value(QStringLiteral("sequence")).toInt());
    }
    ASSERT_EQ(int(numbers.size()), Racers); // no duplicates
    EXPECT_EQ(*numbers.begin(), 1);
    EXPECT_EQ(*numbers.rbegin(), Racers);   // no gaps
    EXPECT_EQ(countRows(*db, QStringLiteral("check_ins")), Racers);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT last_sequence FROM check_in_sequences WHERE flight_id = %1").arg(flight.id)),
              Racers);
}

TEST_P(CliCheckInTest, ChecksInPrintsTheBoardingPassAndOffloadsAtTheDesk)
{
    const QString reference = confirmed(QStringLiteral("3C"), QString::fromUtf8("Anna Müller"));
    const CtlRun run = runner.run(onTerminal(QStringLiteral("kiosk-1"))
                                  + QStringList{QStringLiteral("checkin"), reference.toLower(), QStringLiteral("--surname"),
                                                QStringLiteral("mueller")});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    const QJsonObject pass = run.json().value(QStringLiteral("passes")).toArray().first().toObject();
    EXPECT_EQ(pass.value(QStringLiteral("passenger")).toString(), QString::fromUtf8("Anna Müller"));
    EXPECT_EQ(pass.value(QStringLiteral("name_on_pass")).toString(), QStringLiteral("MUELLER/ANNA"));
    EXPECT_EQ(pass.value(QStringLiteral("seat")).toString(), QStringLiteral("3C"));
    EXPECT_EQ(pass.value(QStringLiteral("sequence")).toInt(), 1);
    EXPECT_TRUE(pass.value(QStringLiteral("new")).toBool());
    EXPECT_TRUE(pass.value(QStringLiteral("bcbp")).toString().startsWith(QStringLiteral("M1MUELLER/ANNA        E") + reference));

    // The scanned barcode prints the same pass again.
    const CtlRun scan = ctl({QStringLiteral("checkin"), QStringLiteral("--scan"), pass.value(QStringLiteral("bcbp")).toString()});
    ASSERT_EQ(scan.exitCode, 0) << scan.describe();
    EXPECT_FALSE(scan.json().value(QStringLiteral("passes")).toArray().first()[QStringLiteral("new")].toBool());

    // Offload at the desk (kioskctl without --user acts as the built-in operator, an admin).
    const CtlRun offloaded = ctl({QStringLiteral("offload"), reference, QStringLiteral("--passenger"), QStringLiteral("3C"),
                                  QStringLiteral("--reason"), QStringLiteral("wrong flight")});
    ASSERT_EQ(offloaded.exitCode, 0) << offloaded.describe();
    EXPECT_EQ(countRows(*db, QStringLiteral("check_ins")), 0);
    const CtlRun again = ctl({QStringLiteral("offload"), reference, QStringLiteral("--passenger"), QStringLiteral("3C"),
                              QStringLiteral("--reason"), QStringLiteral("twice")});
    EXPECT_EQ(again.exitCode, 3) << again.describe();
}

TEST_P(CliCheckInTest, BadInputIsRefusedWithItsOwnExitCodeAndChangesNothing)
{
    const QString reference = confirmed(QStringLiteral("4D"), QStringLiteral("Ada Lovelace"));
    const auto checkin = [&](const QStringList &arguments) {
        return runner.run(onTerminal(QStringLiteral("kiosk-2")) + QStringList{QStringLiteral("checkin")} + arguments);
    };
    const CtlRun noSurname = checkin({reference});
    EXPECT_EQ(noSurname.exitCode, 2) << noSurname.describe();
    EXPECT_TRUE(noSurname.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("--surname")));
    const CtlRun wrong = checkin({reference, QStringLiteral("--surname"), QStringLiteral("Babbage")});
    EXPECT_EQ(wrong.exitCode, 4) << wrong.describe();
    EXPECT_EQ(wrong.error().value(QStringLiteral("error")).toString(), QStringLiteral("not_found"));
    const CtlRun badSeat = checkin({reference, QStringLiteral("--surname"), QStringLiteral("Lovelace"),
                                    QStringLiteral("--passenger"), QStringLiteral("9F")});
    EXPECT_EQ(badSeat.exitCode, 2) << badSeat.describe();
    const CtlRun badScan = checkin({QStringLiteral("--scan"), QStringLiteral("M1GARBAGE")});
    EXPECT_EQ(badScan.exitCode, 2) << badScan.describe();
    EXPECT_TRUE(badScan.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("ends early")));
    EXPECT_EQ(countRows(*db, QStringLiteral("check_ins")), 0);
}

TEST_P(CliCheckInTest, BoardingPassPdfHasAPagePerPassengerAndABadPathChangesNothing)
{
    const QString first = confirmed(QStringLiteral("6A"), QStringLiteral("Ada Lovelace"));
    const CtlRun checkedIn = ctl({QStringLiteral("checkin"), first, QStringLiteral("--surname"), QStringLiteral("Lovelace")});
    ASSERT_EQ(checkedIn.exitCode, 0) << checkedIn.describe();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("pass.pdf"));
    const CtlRun written = ctl({QStringLiteral("boarding-pass"), first, QStringLiteral("--passenger"), QStringLiteral("6A"),
                                QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(written.exitCode, 0) << written.describe();
    EXPECT_EQ(written.json().value(QStringLiteral("pages")).toInt(), 1);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("%PDF-"));

    // The ATB card: 203.2 x 82.55 mm, 576 x 234 points; another paper is refused, nothing written.
    const QString card = dir.filePath(QStringLiteral("card.pdf"));
    const CtlRun onCard = ctl({QStringLiteral("boarding-pass"), first, QStringLiteral("--pdf"), card, QStringLiteral("--paper"),
                               QStringLiteral("ATB")});
    ASSERT_EQ(onCard.exitCode, 0) << onCard.describe();
    EXPECT_EQ(onCard.json().value(QStringLiteral("paper")).toString(), QStringLiteral("atb"));
    QFile cardFile(card);
    ASSERT_TRUE(cardFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromLatin1(cardFile.readAll())
                    .contains(QRegularExpression(QStringLiteral("/MediaBox \\[0 0 57[56](\\.\\d+)? 23[34](\\.\\d+)?\\]"))));
    const QString letter = dir.filePath(QStringLiteral("letter.pdf"));
    const CtlRun badPaper = ctl({QStringLiteral("boarding-pass"), first, QStringLiteral("--pdf"), letter, QStringLiteral("--paper"),
                                 QStringLiteral("letter")});
    EXPECT_EQ(badPaper.exitCode, 2) << badPaper.describe();
    EXPECT_EQ(badPaper.error().value(QStringLiteral("message")).toString(),
              QStringLiteral("'letter' is not a boarding pass paper: use a4 or atb (203.2 x 82.55 mm card)"));
    EXPECT_FALSE(QFile::exists(letter));

    const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/pass.pdf"));
    const CtlRun refused = ctl({QStringLiteral("boarding-pass"), first, QStringLiteral("--pdf"), nowhere});
    EXPECT_EQ(refused.exitCode, 2) << refused.describe();
    EXPECT_TRUE(refused.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("cannot write the PDF")));
    EXPECT_FALSE(QFile::exists(nowhere));

    const QString notCheckedIn = confirmed(QStringLiteral("6B"), QStringLiteral("Charles Babbage"));
    const CtlRun early = ctl({QStringLiteral("boarding-pass"), notCheckedIn, QStringLiteral("--pdf"), pdf});
    EXPECT_EQ(early.exitCode, 3) << early.describe();
}

TEST_P(CliCheckInTest, BagsGetLicencePlatesAndTagsAndABadPdfPathTagsNothing)
{
    ASSERT_TRUE(CheckInRepository(*db).saveAirline(QStringLiteral("KX"), QStringLiteral("999"), QStringLiteral("Kestrel Air")).ok());
    const QString reference = confirmed(QStringLiteral("7A"), QStringLiteral("Ada Lovelace"));
    const auto bags = [&](const QStringList &arguments) {
        return runner.run(onTerminal(QStringLiteral("kiosk-3")) + QStringList{QStringLiteral("bags"), reference} + arguments);
    };
    const QStringList proof{QStringLiteral("--surname"), QStringLiteral("Lovelace"), QStringLiteral("--passenger"),
                            QStringLiteral("7A")};
    const CtlRun early = bags(proof + QStringList{QStringLiteral("--count"), QStringLiteral("1")});
    EXPECT_EQ(early.exitCode, 3) << early.describe(); // not checked in yet
    ASSERT_EQ(ctl({QStringLiteral("checkin"), reference, QStringLiteral("--surname"), QStringLiteral("Lovelace")}).exitCode, 0);

    QTemporaryDir dir;
    const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/tags.pdf"));
    const CtlRun badPath = bags(proof + QStringList{QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--pdf"), nowhere});
    EXPECT_EQ(badPath.exitCode, 2) << badPath.describe();
    EXPECT_EQ(countRows(*db, QStringLiteral("bags")), 0);
    const CtlRun tooMany = bags(proof + QStringList{QStringLiteral("--count"), QStringLiteral("2")});
    EXPECT_EQ(tooMany.exitCode, 2) << tooMany.describe();
    EXPECT_TRUE(tooMany.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("allows 1")));

    const QString pdf = dir.filePath(QStringLiteral("tags.pdf"));
    const CtlRun tagged = bags(proof + QStringList{QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(tagged.exitCode, 0) << tagged.describe();
    const QJsonArray list = tagged.json().value(QStringLiteral("bags")).toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first()[QStringLiteral("tag")].toString(), QStringLiteral("0999000001"));
    EXPECT_EQ(list.first()[QStringLiteral("destination")].toString(), QStringLiteral("LHR"));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("%PDF-"));
    const CtlRun listed = bags(proof);
    ASSERT_EQ(listed.exitCode, 0) << listed.describe();
    EXPECT_EQ(listed.json().value(QStringLiteral("bags")).toArray().size(), 1);
    EXPECT_EQ(countRows(*db, QStringLiteral("bags")), 1);
}

TEST_P(CliCheckInTest, AReceiptIsWrittenForAPaidBookingOnA4AndTheRoll)
{
    const QString reference = confirmed(QStringLiteral("8A"), QStringLiteral("Ada Lovelace"));
    QTemporaryDir dir;
    for (const QString &paper : {QStringLiteral("a4"), QStringLiteral("80mm")}) {
        const QString pdf = dir.filePath(paper + QStringLiteral(".pdf"));
        const CtlRun written = ctl({QStringLiteral("receipt"), reference, QStringLiteral("--pdf"), pdf,
                                    QStringLiteral("--paper"), paper});
        ASSERT_EQ(written.exitCode, 0) << written.describe();
        EXPECT_EQ(written.json().value(QStringLiteral("paper")).toString(), paper);
        QFile file(pdf);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_TRUE(file.readAll().startsWith("%PDF-"));
    }
    const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/receipt.pdf"));
    const CtlRun refused = ctl({QStringLiteral("receipt"), reference, QStringLiteral("--pdf"), nowhere});
    EXPECT_EQ(refused.exitCode, 2) << refused.describe();
    EXPECT_FALSE(QFile::exists(nowhere));
    const CtlRun badPaper = ctl({QStringLiteral("receipt"), reference, QStringLiteral("--pdf"), nowhere,
                                 QStringLiteral("--paper"), QStringLiteral("letter")});
    EXPECT_EQ(badPaper.exitCode, 2) << badPaper.describe();
}

KIOSK_ON_BOTH_BACKENDS(CliCheckInTest);

} // namespace
