// The agent workstation's layout on real widgets, offscreen, on SQLite and PostgreSQL:
// statuses drawn as chips that show their whole words in English and German.
#include "AgentFixture.h"

#include "agent/AgentFormat.h"
#include "agent/AgentWindow.h"
#include "agent/BookingDetailDialog.h"
#include "agent/BookingLookupView.h"
#include "agent/BookingTableModel.h"
#include "booking/CancellationRequest.h"
#include "payment/FutureWait.h"
#include "widgets/StatusChip.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class AgentLayoutTest : public AgentFixture {};

// The cell at `index` is a chip whose whole text is painted in the width its column has.
void expectWholeChip(QAbstractItemView *view, const QModelIndex &index, const QString &text)
{
    ASSERT_TRUE(index.data(ui::ChipToneRole).isValid()) << text.toStdString();
    QCoreApplication::processEvents(); // a header resizes its sections to their contents a moment after a change
    auto *delegate = qobject_cast<ui::StatusChipDelegate *>(view->itemDelegate());
    ASSERT_NE(delegate, nullptr);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    EXPECT_EQ(index.data().toString(), text);
    EXPECT_EQ(delegate->shownText(option, index), text) << "elided in a column " << option.rect.width() << " px wide";
    EXPECT_GE(option.rect.width(), delegate->sizeHint(option, index).width()) << text.toStdString();
}

// The couple's detail, Bob Brown cancelled: every status a chip with its whole words.
void expectDetailChips(ui::BookingDetailDialog *detail)
{
    ASSERT_NE(detail, nullptr);
    ASSERT_EQ(detail->passengers()->rowCount(), 2);
    const int status = ui::BookingDetailDialog::PassengerStatusColumn;
    expectWholeChip(detail->passengerView(), detail->passengers()->index(0, status), ui::BookingDetailDialog::tr("seated"));
    expectWholeChip(detail->passengerView(), detail->passengers()->index(1, status),
                    ui::BookingDetailDialog::tr("seat released"));
    const int paid = ui::BookingDetailDialog::PaymentStatusColumn;
    const QModelIndex payment = detail->payments()->index(0, paid);
    expectWholeChip(detail->paymentView(), payment, ui::agentPaymentStatusText(QStringLiteral("CAPTURED")));
    const QModelIndex refund = detail->payments()->index(0, paid, detail->payments()->index(0, 0));
    expectWholeChip(detail->paymentView(), refund, ui::agentRefundStatusText(QStringLiteral("DONE")));
    EXPECT_EQ(detail->stateChip()->text(), ui::agentStateText(BookingState::Confirmed));
    EXPECT_EQ(detail->stateChip()->accessibleName(), ui::agentStateText(BookingState::Confirmed));
    EXPECT_GE(detail->stateChip()->width(), detail->stateChip()->sizeHint().width());
}

TEST_P(AgentLayoutTest, StatesArePaintedAsChipsWithTheirWholeWords)
{
    auto cancelled = waitFor(service->cancelWithRefund(CancellationRequest{
                                 couple.reference, SeatCode::parse(QStringLiteral("3B")), QStringLiteral("customer request"),
                                 std::nullopt, QString()}),
                             10000);
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().message.toStdString();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        SCOPED_TRACE(language.toStdString());
        QTranslator german;
        if (language == QLatin1String("de")) {
            ASSERT_TRUE(german.load(QLocale(QStringLiteral("de")), QStringLiteral("kiosk"), QStringLiteral("_"),
                                    QStringLiteral(KIOSK_TRANSLATIONS_DIR)));
            QCoreApplication::installTranslator(&german);
        }
        ASSERT_NO_FATAL_FAILURE(open());
        ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), Password));
        searchByName(QStringLiteral("brown"));
        QTableView *table = window->lookup()->view();
        ASSERT_EQ(table->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            const QModelIndex state = table->model()->index(row, ui::BookingTableModel::StateColumn);
            expectWholeChip(table, state, ui::agentStateText(BookingState::Confirmed));
        }
        expectDetailChips(openDetail(couple.reference));
        if (language == QLatin1String("de")) {
            EXPECT_NE(ui::BookingDetailDialog::tr("seat released"), QStringLiteral("seat released")) << "German words";
        }
        window.reset();
        QCoreApplication::removeTranslator(&german);
    }
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(AgentLayoutTest);
