#include "FlightSeatPanel.h"

#include "PermissionGate.h"
#include "models/SeatMapModel.h"
#include "schedule/ScheduleDesk.h"
#include "widgets/SeatMapView.h"
#include "widgets/UiText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace kiosk::ui {

namespace {
QString seatList(const QList<SeatCode> &seats)
{
    QStringList codes;
    for (const SeatCode &code : seats)
        codes << code.toString();
    return QLocale().createSeparatedList(codes);
}
} // namespace

FlightSeatPanel::FlightSeatPanel(ScheduleDesk &desk, QWidget *parent)
    : QWidget(parent),
      m_desk(desk),
      m_model(new SeatMapModel(this)),
      m_view(new SeatMapView(this)),
      m_title(new QLabel(this)),
      m_deck(new QComboBox(this)),
      m_detail(new QLabel(this)),
      m_seats(new QLineEdit(this)),
      m_reason(new QLineEdit(this)),
      m_deskOnly(new QCheckBox(tr("Keep for the des&k (agents sell it, kiosks never)"), this)),
      m_block(new QPushButton(tr("&Block"), this)),
      m_unblock(new QPushButton(tr("U&nblock"), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("flightSeatPanel"));
    m_title->setObjectName(QStringLiteral("seatPanelTitle"));
    m_title->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("scheduleSeatMap"));
    m_view->setAccessibleName(tr("Seat map of the chosen flight"));
    m_view->setSeatModel(m_model);
    m_view->setCellSize(34); // beside the flight list: the whole cabin width without scrolling
    m_deck->setObjectName(QStringLiteral("seatPanelDeck"));
    m_deck->setAccessibleName(tr("Deck"));
    m_deck->hide();
    m_detail->setObjectName(QStringLiteral("seatPanelDetail"));
    m_detail->setAccessibleName(tr("The seat under the cursor"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_seats->setObjectName(QStringLiteral("seatPanelSeats"));
    m_seats->setAccessibleName(tr("Seats to block or unblock"));
    m_seats->setPlaceholderText(tr("12A 12B"));
    m_reason->setObjectName(QStringLiteral("seatPanelReason"));
    m_reason->setAccessibleName(tr("Reason for the block"));
    m_reason->setPlaceholderText(tr("Broken recline, kept for a passenger in a wheelchair…"));
    m_deskOnly->setObjectName(QStringLiteral("seatPanelDeskOnly"));
    m_block->setObjectName(QStringLiteral("seatPanelBlock"));
    m_unblock->setObjectName(QStringLiteral("seatPanelUnblock"));
    for (QPushButton *button : {m_block, m_unblock})
        button->setAutoDefault(false);
    m_message->setObjectName(QStringLiteral("seatPanelMessage"));
    m_message->setAccessibleName(tr("Seat block message"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Seats"), m_seats);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(QString(), m_deskOnly);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_block);
    buttons->addWidget(m_unblock);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_deck);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &FlightSeatPanel::describeCurrentSeat);
    connect(m_deck, &QComboBox::currentIndexChanged, this, [this] { m_model->setDeck(m_deck->currentData().toInt()); });
    connect(m_block, &QPushButton::clicked, this, [this] { block(); });
    connect(m_unblock, &QPushButton::clicked, this, [this] { unblock(); });
    showFlight({});
}

void FlightSeatPanel::setActor(const Actor &actor)
{
    gateByPermission(m_block, actor, Permission::BlockSeats, tr("Take the seats out of sale, or keep them for the desk"));
    gateByPermission(m_unblock, actor, Permission::BlockSeats, tr("Put the seats back on sale"));
}

void FlightSeatPanel::showFlight(const FlightSales &flight)
{
    m_flight = flight;
    m_message->clear();
    m_seats->clear();
    if (flight.flightId == 0) {
        m_title->setText(tr("Choose a flight to see its seats."));
        m_model->setSeats({});
        m_detail->clear();
        return;
    }
    m_title->setText(tr("Seats of %1, %2 → %3").arg(flight.key, flight.origin, flight.destination));
    reload();
}

void FlightSeatPanel::reload()
{
    auto seats = m_desk.seats(m_flight.flightId);
    if (!seats) {
        m_model->setSeats({});
        showMessage(wholeSentence(seats.error().message), true);
        return;
    }
    if (seats->isEmpty())
        showMessage(tr("This flight is not on sale yet: its seats are made when it enters the sales horizon."), false);
    m_model->setSeats(*seats);
    const QList<int> decks = m_model->decks();
    m_deck->blockSignals(true);
    m_deck->clear();
    for (int deck : decks)
        m_deck->addItem(deck == 0 ? tr("Main deck") : tr("Upper deck"), deck);
    m_deck->setCurrentIndex(int(decks.indexOf(m_model->deck())));
    m_deck->blockSignals(false);
    m_deck->setVisible(decks.size() > 1);
    describeCurrentSeat();
}

void FlightSeatPanel::describeCurrentSeat()
{
    const Seat *seat = m_model->seatAt(m_view->currentIndex());
    if (!seat) {
        m_detail->setText(tr("Move over a seat with the arrow keys or click it to see who holds it."));
        return;
    }
    QStringList parts{m_view->currentIndex().data(Qt::ToolTipRole).toString()};
    if (seat->status == SeatStatus::Blocked)
        parts << (seat->blockReason.isEmpty() ? tr("blocked by its layout") : tr("blocked: %1").arg(seat->blockReason));
    if (!seat->holder.isEmpty())
        parts << (seat->status == SeatStatus::Sold ? tr("sold to booking %1") : tr("held by booking %1")).arg(seat->holder);
    m_detail->setText(parts.join(QStringLiteral(", ")));
    m_seats->setText(seat->code.toString());
}

std::optional<QList<SeatCode>> FlightSeatPanel::typedSeats()
{
    QList<SeatCode> codes;
    const QStringList typed = m_seats->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    for (const QString &text : typed) {
        const auto code = SeatCode::parse(text);
        if (!code) {
            showMessage(tr("“%1” is not a seat: write a row number and a letter, as 12A.").arg(text), true);
            return std::nullopt;
        }
        codes << *code;
    }
    if (codes.isEmpty()) {
        showMessage(tr("Type the seats to change, as 12A 12B, or move to a seat on the map."), true);
        return std::nullopt;
    }
    return codes;
}

bool FlightSeatPanel::block()
{
    const auto seats = typedSeats();
    if (!seats)
        return false;
    SeatBlockRequest request;
    request.seats = *seats;
    request.reason = m_reason->text();
    request.deskOnly = m_deskOnly->isChecked();
    auto blocked = m_desk.block(m_flight.flightId, request);
    if (!blocked) {
        showMessage(wholeSentence(blocked.error().message), true);
        return false;
    }
    const QString listed = seatList(*seats);
    reload();
    showMessage(request.deskOnly ? tr("%n seat(s) kept for the desk: %1.", nullptr, int(seats->size())).arg(listed)
                                 : tr("%n seat(s) blocked: %1.", nullptr, int(seats->size())).arg(listed),
                false);
    Q_EMIT seatsChanged();
    return true;
}

bool FlightSeatPanel::unblock()
{
    const auto seats = typedSeats();
    if (!seats)
        return false;
    auto freed = m_desk.unblock(m_flight.flightId, *seats);
    if (!freed) {
        showMessage(wholeSentence(freed.error().message), true);
        return false;
    }
    reload();
    showMessage(tr("%n seat(s) back on sale: %1.", nullptr, int(seats->size())).arg(seatList(*seats)), false);
    Q_EMIT seatsChanged();
    return true;
}

void FlightSeatPanel::showMessage(const QString &text, bool error)
{
    showLabelMessage(m_message, text, error);
}

} // namespace kiosk::ui
