// Golden files of the six built-in layouts (tests/unit/golden/layouts/<type>.txt): every
// seat's IATA characteristics row by row, with the wings, exits, galleys, lavatories and
// closets of each deck. Regenerate with KIOSK_UPDATE_GOLDEN=1 and review the git diff.

#include "demo/LayoutCatalog.h"

#include <QFile>

#include <algorithm>
#include <cctype>

#include <gtest/gtest.h>

using namespace kiosk;

namespace {

const char *const Types[] = {"A320", "A321neo", "A380-800", "B737-800", "B777-300ER", "B787-9"};

QString placeText(RowPlace place, int row)
{
    switch (place) {
    case RowPlace::Before: return QStringLiteral("before row %1").arg(row);
    case RowPlace::At: return QStringLiteral("at row %1").arg(row);
    case RowPlace::After: return QStringLiteral("after row %1").arg(row);
    }
    return QString();
}

QString describe(const AircraftLayout &layout)
{
    static const char *const kinds[] = {"galley", "lavatory", "closet"};
    static const char *const positions[] = {"left", "centre", "right"};
    QStringList lines{QStringLiteral("%1 (%2), schema %3, %4 seats")
                          .arg(layout.type(), layout.displayName())
                          .arg(layout.schema())
                          .arg(layout.seatCount())};
    const QList<SeatTemplate> seats = layout.seats();
    for (qsizetype d = 0; d < layout.decks().size(); ++d) {
        const DeckLayout &deck = layout.decks().at(d);
        lines << QStringLiteral("deck %1: %2").arg(d).arg(deck.name);
        if (!deck.wingRows.isEmpty())
            lines << QStringLiteral("  wing over rows %1-%2").arg(deck.wingRows.first).arg(deck.wingRows.last);
        for (const LayoutExit &door : deck.exits)
            lines << QStringLiteral("  exit %1%2%3")
                         .arg(placeText(door.place, door.row), door.left ? QStringLiteral(" left") : QString(),
                              door.right ? QStringLiteral(" right") : QString());
        for (const LayoutFacility &facility : deck.facilities)
            lines << QStringLiteral("  %1 %2, %3")
                         .arg(QLatin1String(kinds[int(facility.kind)]), placeText(facility.place, facility.row),
                              QLatin1String(positions[int(facility.position)]));
        for (const CabinLayout &cabin : deck.cabins) {
            for (int row : cabin.rows()) {
                QString line = QStringLiteral("  %1 %2:").arg(row, 2).arg(cabinCode(cabin.cabin));
                QString group;
                for (const SeatTemplate &seat : seats) {
                    if (seat.code.row() != row)
                        continue;
                    const QString seatGroup = cabin.letterGroups().filter(QString(seat.code.letter())).value(0);
                    if (!group.isEmpty() && seatGroup != group)
                        line += QStringLiteral(" |");
                    group = seatGroup;
                    line += QStringLiteral(" %1=%2").arg(seat.code.letter()).arg(
                        iataCharacteristicCodes(seat.characteristics).join(QLatin1Char(',')));
                }
                lines << line;
            }
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

class LayoutGolden : public ::testing::TestWithParam<const char *> {};

} // namespace

TEST_P(LayoutGolden, CharacteristicsMatchTheGoldenFile)
{
    const auto layout = LayoutCatalog::builtIn().layout(QString::fromLatin1(GetParam()));
    ASSERT_TRUE(layout.ok()) << layout.error().message.toStdString();
    const QString actual = describe(*layout);
    QFile file(QStringLiteral(KIOSK_SOURCE_DIR "/tests/unit/golden/layouts/%1.txt").arg(QString::fromLatin1(GetParam())));
    if (qEnvironmentVariable("KIOSK_UPDATE_GOLDEN") == QLatin1String("1")) {
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual.toUtf8());
        return;
    }
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << "missing " << file.fileName().toStdString()
                                               << " (create it with KIOSK_UPDATE_GOLDEN=1, then review it)";
    EXPECT_EQ(actual.toStdString(), QString::fromUtf8(file.readAll()).toStdString());
}

namespace {
std::string goldenName(const ::testing::TestParamInfo<const char *> &param)
{
    std::string name = param.param; // "A380-800" -> "A380_800"
    for (char &c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    }
    return name;
}
} // namespace

INSTANTIATE_TEST_SUITE_P(BuiltIn, LayoutGolden, ::testing::ValuesIn(Types), goldenName);

TEST(LayoutCharacteristics, EveryBuiltInLayoutIsSchemaTwoWithWingsExitsAndGalleys)
{
    for (const AircraftLayout &layout : LayoutCatalog::builtIn().layouts()) {
        SCOPED_TRACE(layout.type().toStdString());
        EXPECT_EQ(layout.schema(), 2);
        for (const DeckLayout &deck : layout.decks()) {
            EXPECT_FALSE(deck.wingRows.isEmpty());
            EXPECT_FALSE(deck.exits.isEmpty());
            EXPECT_TRUE(std::any_of(deck.facilities.cbegin(), deck.facilities.cend(),
                                    [](const LayoutFacility &f) { return f.kind == FacilityKind::Galley; }));
            EXPECT_TRUE(std::any_of(deck.facilities.cbegin(), deck.facilities.cend(),
                                    [](const LayoutFacility &f) { return f.kind == FacilityKind::Lavatory; }));
        }
    }
}

TEST(LayoutCharacteristics, SeatFeaturesFollowTheCharacteristics)
{
    for (const AircraftLayout &layout : LayoutCatalog::builtIn().layouts()) {
        for (const SeatTemplate &seat : layout.seats()) {
            SCOPED_TRACE(seat.code.toString().toStdString());
            const IataCharacteristics c = seat.characteristics;
            EXPECT_EQ(seat.features.testFlag(SeatFeature::Window), c.testFlag(IataCharacteristic::Window));
            EXPECT_EQ(seat.features.testFlag(SeatFeature::Aisle), c.testFlag(IataCharacteristic::Aisle));
            EXPECT_EQ(seat.features.testFlag(SeatFeature::Middle), c.testFlag(IataCharacteristic::Centre));
            EXPECT_EQ(seat.features.testFlag(SeatFeature::ExitRow), c.testFlag(IataCharacteristic::ExitRow));
            EXPECT_EQ(seat.features.testFlag(SeatFeature::Blocked),
                      c.testAnyFlags(IataCharacteristic::Blocked | IataCharacteristic::Crew));
            EXPECT_EQ(c.testFlag(IataCharacteristic::UpperDeck), seat.deck > 0);
            // Exactly one of window-or-aisle and centre.
            EXPECT_NE(c.testAnyFlags(IataCharacteristic::Window | IataCharacteristic::Aisle),
                      c.testFlag(IataCharacteristic::Centre));
        }
    }
}

TEST(LayoutCharacteristics, CodesRoundTripInOneFixedOrder)
{
    const IataCharacteristics all = IataCharacteristics::fromInt(0x7fff);
    const QStringList codes = iataCharacteristicCodes(all);
    EXPECT_EQ(codes.join(QLatin1Char(' ')), QStringLiteral("W A 9 E K L B U OW H 1 V I blocked crew"));
    for (const QString &code : codes)
        EXPECT_TRUE(iataCharacteristicFromCode(code).has_value()) << code.toStdString();
    EXPECT_FALSE(iataCharacteristicFromCode(QStringLiteral("X")).has_value());
    EXPECT_EQ(iataCharacteristicCodes(explicitIataCharacteristics()), QStringList({QStringLiteral("H"), QStringLiteral("1"), QStringLiteral("V"), QStringLiteral("I")}));
}
