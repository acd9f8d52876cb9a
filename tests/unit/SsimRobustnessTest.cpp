// Randomised robustness of the SSIM parser and expander with a fixed seed: mutated real
// and built files must parse or be refused with a message naming a place, never crash
// or hang. (A libFuzzer harness can call the same pure functions.)
#include "SsimBuilder.h"
#include "schedule/ScheduleExpander.h"
#include "schedule/SsimParser.h"

#include <QFile>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace kiosk;

namespace {

QByteArray mutate(QByteArray data, QRandomGenerator &random)
{
    const int edits = 1 + int(random.bounded(4));
    static const char alphabet[] = "0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ+-\r\n\x01\xff";
    for (int i = 0; i < edits && !data.isEmpty(); ++i) {
        const qsizetype at = qsizetype(random.bounded(quint32(data.size())));
        switch (random.bounded(4)) {
        case 0: data[at] = alphabet[random.bounded(quint32(sizeof alphabet - 1))]; break;
        case 1: data.remove(at, qsizetype(random.bounded(300))); break;
        case 2: data.insert(at, data.mid(qsizetype(random.bounded(quint32(data.size()))), 200)); break;
        default: data.truncate(at); break;
        }
    }
    return data;
}

kiosk::test::SsimBuilder::Leg secondFlight()
{
    kiosk::test::SsimBuilder::Leg leg;
    leg.number = QStringLiteral("102");
    return leg;
}

bool namesAPlace(const QString &message)
{
    return message.startsWith(QLatin1String("line")) || message.startsWith(QLatin1String("the file"));
}

} // namespace

TEST(SsimRobustness, MutatedFilesParseOrNameTheProblem)
{
    QFile file(QStringLiteral(KIOSK_TEST_DATA "/ssim/sample.ssim"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> seeds{file.readAll(), kiosk::test::SsimBuilder().add({}).add(secondFlight()).build("\r\n")};
    QRandomGenerator random(20261130);
    int refused = 0, accepted = 0;
    for (int round = 0; round < 600; ++round) {
        const QByteArray input = mutate(seeds.at(round % 2), random);
        auto parsed = SsimParser::parse(input);
        if (!parsed) {
            ++refused;
            EXPECT_EQ(parsed.error().code, ErrorCode::BadInput);
            EXPECT_TRUE(namesAPlace(parsed.error().message)) << parsed.error().message.toStdString();
            continue;
        }
        auto legs = ScheduleExpander::expand(*parsed);
        if (legs) {
            ++accepted;
            for (const ScheduledLeg &leg : *legs)
                ASSERT_LT(leg.flight.departureUtc, leg.flight.arrivalUtc);
        } else {
            ++refused;
            EXPECT_TRUE(namesAPlace(legs.error().message)) << legs.error().message.toStdString();
        }
    }
    // Both outcomes occur, so the loop tested something on each side.
    EXPECT_GT(refused, 100);
    EXPECT_GT(accepted, 0);
}
