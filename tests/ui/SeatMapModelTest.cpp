#include "models/SeatMapModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::ui;

namespace {

// A 3-3 economy cabin behind a 2-2 business cabin, as an A320 would have.
QList<Seat> a320Like()
{
    QList<Seat> seats;
    auto add = [&](int row, QChar letter, Cabin cabin, SeatFeatures features, qint64 price) {
        Seat seat;
        seat.code = SeatCode(row, letter);
        seat.cabin = cabin;
        seat.features = features;
        seat.price = Money(price, QStringLiteral("EUR"));
        seats << seat;
    };
    for (int row = 1; row <= 2; ++row) {
        add(row, u'A', Cabin::Business, SeatFeature::Window, 24900);
        add(row, u'C', Cabin::Business, SeatFeature::Aisle, 24900);
        add(row, u'D', Cabin::Business, SeatFeature::Aisle, 24900);
        add(row, u'F', Cabin::Business, SeatFeature::Window, 24900);
    }
    for (int row = 3; row <= 6; ++row) {
        const SeatFeatures exit = row == 4 ? SeatFeatures(SeatFeature::ExitRow) : SeatFeatures();
        add(row, u'A', Cabin::Economy, exit | SeatFeature::Window, 4900);
        add(row, u'B', Cabin::Economy, exit | SeatFeature::Middle, 4900);
        add(row, u'C', Cabin::Economy, exit | SeatFeature::Aisle, 4900);
        add(row, u'D', Cabin::Economy, exit | SeatFeature::Aisle, 4900);
        add(row, u'E', Cabin::Economy, exit | SeatFeature::Middle, 4900);
        add(row, u'F', Cabin::Economy, exit | SeatFeature::Window, 5900);
    }
    return seats;
}

// The locale a test's money words are written in, for the test's length.
struct LocaleFor {
    explicit LocaleFor(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleFor() { QLocale::setDefault(previous); }
    LocaleFor(const LocaleFor &) = delete;
    LocaleFor &operator=(const LocaleFor &) = delete;
    const QLocale previous;
};

} // namespace

TEST(SeatMapModel, GridHasCabinHeadersRowLabelsAndAnAisle)
{
    SeatMapModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSeats(a320Like());
    EXPECT_EQ(model.columnCount(), 9); // label, ABC, aisle, DEF, label
    EXPECT_EQ(model.rowCount(), 8);    // 2 headers + 6 rows
    EXPECT_EQ(model.headerData(4, Qt::Horizontal, Qt::DisplayRole).toString(), QString());
    EXPECT_EQ(SeatMapModel::CellKind(model.index(0, 0).data(SeatMapModel::CellKindRole).toInt()),
              SeatMapModel::CellKind::CabinHeader);
    EXPECT_TRUE(model.index(0, 0).data().toString().startsWith(QStringLiteral("Business")));
    EXPECT_EQ(model.index(1, 0).data().toInt(), 1);
    // Business keeps its own 2-2 grid under economy's 3-3: 1C beside 1A, the gap at B's place.
    EXPECT_EQ(model.index(1, 2).data(SeatMapModel::SeatCodeRole).toString(), QStringLiteral("1C"));
    EXPECT_EQ(model.index(1, 3).data(SeatMapModel::CellKindRole).toInt(), int(SeatMapModel::CellKind::Empty));
    EXPECT_EQ(model.index(0, 1).data(SeatMapModel::ColumnSideRole).toString(), QStringLiteral("window"));
    EXPECT_EQ(model.index(0, 2).data(SeatMapModel::ColumnSideRole).toString(), QStringLiteral("aisle"));
    EXPECT_EQ(model.index(0, 2).data().toString(), QStringLiteral("C"));
    EXPECT_EQ(model.seatCount(Cabin::Business), 8);
    EXPECT_EQ(model.seatCount(Cabin::Economy), 24);
}

// A cabin's lowest price as the traveller's language writes money ("249,00 EUR" in German),
// as everywhere else on the kiosk, not the program's "EUR 249.00".
TEST(SeatMapModel, TheCabinsPriceIsWrittenAsTheLanguageWritesMoney)
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    SeatMapModel model;
    model.setSeats(a320Like());
    const QString business = model.index(0, 0).data().toString();
    QLocale::setDefault(QLocale(QLocale::English));
    EXPECT_TRUE(business.endsWith(QStringLiteral("249,00") + QChar(0x00A0) + QStringLiteral("EUR"))) << business.toStdString();
}

TEST(SeatMapModel, EverySeatSaysWhatItIs)
{
    const LocaleFor english(QLocale(QLocale::English, QLocale::UnitedStates));
    SeatMapModel model;
    model.setSeats(a320Like());
    EXPECT_EQ(model.indexOf(QStringLiteral("4A")).data(Qt::AccessibleTextRole).toString(),
              QStringLiteral("Seat 4A, window, exit row, economy, EUR\u00A049.00, free"));
}

// A seat kept for the desk: not available at the kiosk; free at the desk, with its reason.
TEST(SeatMapModel, ADeskOnlySeatIsNotAvailableAtTheKioskAndFreeWithItsReasonAtTheDesk)
{
    QList<Seat> seats = a320Like();
    for (Seat &seat : seats) {
        if (seat.code.toString() == QLatin1String("3C")) {
            seat.deskOnly = true;
            seat.blockReason = QStringLiteral("wheelchair passenger");
            seat.status = SeatStatus::Blocked;
        }
    }
    const LocaleFor english(QLocale(QLocale::English, QLocale::UnitedStates));
    SeatMapModel kiosk;
    kiosk.setSeats(seats);
    EXPECT_EQ(kiosk.indexOf(QStringLiteral("3C")).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Seat 3C, aisle, economy, EUR\u00A049.00, not available"));
    showSeatsTo(seats, SalesChannel::Desk);
    SeatMapModel desk;
    desk.setSeats(seats);
    EXPECT_EQ(desk.indexOf(QStringLiteral("3C")).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Seat 3C, aisle, economy, EUR\u00A049.00, free, kept for the desk: wheelchair passenger"));
    EXPECT_EQ(SeatStatus(desk.indexOf(QStringLiteral("3C")).data(SeatMapModel::StatusRole).toInt()), SeatStatus::Free);
}

TEST(SeatMapModel, SelectionRespectsPartySizeAndTakenSeats)
{
    QList<Seat> seats = a320Like();
    seats[8].status = SeatStatus::Sold; // 3A
    SeatMapModel model;
    model.setSeats(seats);
    model.setPartySize(2);
    QSignalSpy changed(&model, &SeatMapModel::selectionChanged);
    EXPECT_FALSE(model.select(QStringLiteral("3A")));
    EXPECT_TRUE(model.select(QStringLiteral("3B")));
    EXPECT_TRUE(model.select(QStringLiteral("3C")));
    EXPECT_FALSE(model.select(QStringLiteral("3D"))); // party complete
    EXPECT_TRUE(model.toggle(model.indexOf(QStringLiteral("3B")))); // tap again: unselect
    EXPECT_EQ(model.selectedSeats(), QList<SeatCode>{*SeatCode::parse(QStringLiteral("3C"))});
    EXPECT_EQ(changed.count(), 3);
}

// A chosen seat shows whose it is: a tap gives the seat to the first traveller without one,
// and a traveller keeps their number (and the others theirs) when a seat is let go.
TEST(SeatMapModel, ChosenSeatsCarryTheirTravellersNumber)
{
    SeatMapModel model;
    model.setSeats(a320Like());
    model.setPartySize(3);
    const auto traveller = [&](const char *code) {
        return model.indexOf(QString::fromLatin1(code)).data(SeatMapModel::TravellerRole).toInt();
    };
    ASSERT_TRUE(model.select(QStringLiteral("5C")));
    ASSERT_TRUE(model.select(QStringLiteral("3F")));
    EXPECT_EQ(traveller("5C"), 1);
    EXPECT_EQ(traveller("3F"), 2);
    EXPECT_EQ(traveller("5D"), 0); // not chosen
    ASSERT_TRUE(model.toggle(model.indexOf(QStringLiteral("5C")))); // let go: traveller 1 has none
    EXPECT_EQ(traveller("5C"), 0);
    EXPECT_EQ(traveller("3F"), 2);
    QSignalSpy repainted(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(model.select(QStringLiteral("3A"))); // the next seat is traveller 1's
    EXPECT_EQ(traveller("3A"), 1);
    EXPECT_EQ(traveller("3F"), 2);
    QSet<QString> changed;
    for (const QList<QVariant> &signal : std::as_const(repainted))
        changed << signal.at(0).toModelIndex().data(SeatMapModel::SeatCodeRole).toString();
    EXPECT_EQ(changed, QSet<QString>{QStringLiteral("3A")}) << "only the chosen seat changes its look";
    EXPECT_TRUE(model.indexOf(QStringLiteral("3F")).data(Qt::AccessibleTextRole).toString().contains(
        QStringLiteral("chosen for passenger 2")));
    // The names and the booking follow the travellers' order, not the seats'.
    EXPECT_EQ(model.selectedSeats(), (QList<SeatCode>{SeatCode(3, u'A'), SeatCode(3, u'F')}));
}

// "Choose for traveller N" on the seat card: N's earlier seat is let go, a seat another
// traveller had swaps with N's, a taken seat or a traveller beyond the party is refused.
TEST(SeatMapModel, ASeatIsAssignedToATravellerAndReassignedBetweenTravellers)
{
    QList<Seat> seats = a320Like();
    seats[8].status = SeatStatus::Sold; // 3A
    SeatMapModel model;
    model.setSeats(seats);
    model.setPartySize(2);
    const auto traveller = [&](const char *code) { return model.travellerOf(*SeatCode::parse(QString::fromLatin1(code))); };
    ASSERT_TRUE(model.select(QStringLiteral("5A")));
    ASSERT_TRUE(model.select(QStringLiteral("5B")));

    QSignalSpy changed(&model, &SeatMapModel::selectionChanged);
    EXPECT_TRUE(model.assign(QStringLiteral("5A"), 2)); // 5A to traveller 2: they swap
    EXPECT_EQ(traveller("5A"), 2);
    EXPECT_EQ(traveller("5B"), 1);
    EXPECT_EQ(model.selectedSeats(), (QList<SeatCode>{SeatCode(5, u'B'), SeatCode(5, u'A')}));
    EXPECT_EQ(changed.count(), 1);

    EXPECT_TRUE(model.assign(QStringLiteral("6C"), 1)); // a new seat: 5B goes back
    EXPECT_EQ(traveller("6C"), 1);
    EXPECT_EQ(traveller("5B"), 0);
    EXPECT_EQ(model.indexOf(QStringLiteral("5B")).data(SeatMapModel::SelectedRole).toBool(), false);
    EXPECT_EQ(model.selectedSeats(), (QList<SeatCode>{SeatCode(6, u'C'), SeatCode(5, u'A')}));

    EXPECT_FALSE(model.assign(QStringLiteral("3A"), 1)) << "a sold seat";
    EXPECT_FALSE(model.assign(QStringLiteral("5D"), 3)) << "a party of two";
    EXPECT_EQ(model.selectedSeats(), (QList<SeatCode>{SeatCode(6, u'C'), SeatCode(5, u'A')}));

    model.setPartySize(1); // traveller 2 leaves with their seat
    EXPECT_EQ(model.selectedSeats(), QList<SeatCode>{SeatCode(6, u'C')});
}

TEST(SeatMapModel, BestAvailableTogetherKeepsThePartyOnOneSideOfTheAisle)
{
    QList<Seat> seats = a320Like();
    for (Seat &seat : seats) {
        if (seat.code.row() == 3 && seat.code.letter() != u'A') // row 3: only 3A free
            seat.status = SeatStatus::Held;
    }
    SeatMapModel model;
    model.setSeats(seats);
    model.setPartySize(3);
    ASSERT_TRUE(model.selectBestAvailableTogether());
    const auto chosen = model.selectedSeats();
    ASSERT_EQ(chosen.size(), 3);
    EXPECT_EQ(chosen[0].row(), chosen[2].row());
    EXPECT_EQ(chosen[0].toString(), QStringLiteral("4A")); // first block of three, cheapest
    model.setPartySize(7);
    EXPECT_FALSE(model.selectBestAvailableTogether()); // no row has seven seats
}

TEST(SeatMapModel, StatusUpdatesDropSeatsTakenElsewhereWithoutAReset)
{
    SeatMapModel model;
    QList<Seat> seats = a320Like();
    model.setSeats(seats);
    model.setPartySize(2);
    model.select(QStringLiteral("5A"));
    model.select(QStringLiteral("5B"));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    seats[8 + 2 * 6].status = SeatStatus::Held; // 5A
    EXPECT_EQ(model.updateStatuses(seats), QStringList{QStringLiteral("5A")});
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(model.selectedSeats().size(), 1);
}

// Under each seat the price as the traveller's language writes it, short: no zero cents.
TEST(SeatMapModel, TheShortPriceUnderASeatFollowsTheLanguage)
{
    QList<Seat> seats = a320Like();
    seats[8].price = Money(107450, QStringLiteral("EUR")); // 3A
    SeatMapModel model;
    model.setSeats(seats);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(model.indexOf(QStringLiteral("3A")).data(SeatMapModel::ShortPriceRole).toString(), QStringLiteral("1,074.50"));
    EXPECT_EQ(model.indexOf(QStringLiteral("3B")).data(SeatMapModel::ShortPriceRole).toString(), QStringLiteral("49"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(model.indexOf(QStringLiteral("3A")).data(SeatMapModel::ShortPriceRole).toString(), QStringLiteral("1.074,50"));
    QLocale::setDefault(previous);
}

TEST(SeatMapModel, ASeatShowsItsFareAndSurchargeAndTheCabinItsLowestPrice)
{
    QList<Seat> seats = a320Like();
    for (Seat &seat : seats) {
        if (seat.code.toString() == QLatin1String("4A")) { // exit row and window: EUR 49.00 + 25.50
            seat.price = Money(7450, QStringLiteral("EUR"));
            seat.surcharge = Money(2550, QStringLiteral("EUR"));
        }
    }
    const LocaleFor english(QLocale(QLocale::English, QLocale::UnitedStates));
    SeatMapModel model;
    model.setSeats(seats);
    const QModelIndex exit = model.indexOf(QStringLiteral("4A"));
    ASSERT_TRUE(exit.isValid());
    EXPECT_EQ(exit.data(SeatMapModel::PriceRole).toString(), QStringLiteral("EUR\u00A074.50"));
    EXPECT_EQ(exit.data(SeatMapModel::FareRole).toString(), QStringLiteral("EUR\u00A049.00"));
    EXPECT_EQ(exit.data(SeatMapModel::SurchargeRole).toString(), QStringLiteral("EUR\u00A025.50"));
    EXPECT_EQ(exit.data(SeatMapModel::PriceBreakdownRole).toString(),
              QStringLiteral("EUR\u00A074.50 (fare EUR\u00A049.00 + seat EUR\u00A025.50)"));
    EXPECT_TRUE(exit.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("EUR\u00A074.50 (fare EUR\u00A049.00 + seat EUR\u00A025.50)")))
        << exit.data(Qt::AccessibleTextRole).toString().toStdString();
    EXPECT_EQ(exit.data(Qt::ToolTipRole), exit.data(Qt::AccessibleTextRole));

    // A seat without surcharge shows its price alone.
    const QModelIndex plain = model.indexOf(QStringLiteral("5B"));
    EXPECT_EQ(plain.data(SeatMapModel::SurchargeRole).toString(), QString());
    EXPECT_EQ(plain.data(SeatMapModel::PriceBreakdownRole).toString(), QStringLiteral("EUR\u00A049.00"));
    EXPECT_EQ(plain.data(SeatMapModel::FareRole).toString(), QStringLiteral("EUR\u00A049.00"));

    // The seat card's words as the language writes money.
    const LocaleFor german(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(exit.data(SeatMapModel::PriceBreakdownRole).toString(),
              QStringLiteral("74,50\u00A0EUR (fare 49,00\u00A0EUR + seat 25,50\u00A0EUR)"));
    EXPECT_EQ(exit.data(SeatMapModel::SurchargeRole).toString(), QStringLiteral("25,50\u00A0EUR"));
}
