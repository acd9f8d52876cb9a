#include "BookingDetailView.h"

#include "AgentFormat.h"
#include "AuditReasonText.h"
#include "CancelBookingDialog.h"
#include "ChangeSeatDialog.h"
#include "PermissionGate.h"
#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "checkin/BagTagger.h"
#include "domain/Cabin.h"
#include "screens/PaymentDialog.h"
#include "widgets/DeclineReasonText.h"
#include "widgets/LocalMoney.h"
#include "widgets/StatusChip.h"
#include "widgets/UiText.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace kiosk::ui {

namespace {
QList<QStandardItem *> row(const QStringList &cells)
{
    QList<QStandardItem *> items;
    for (const QString &cell : cells) {
        auto *item = new QStandardItem(cell);
        item->setEditable(false);
        item->setToolTip(cell); // long reasons are elided in their column
        items << item;
    }
    return items;
}

// A status cell drawn as a chip (StatusChipDelegate) of `tone`.
QStandardItem *chipped(QStandardItem *item, ChipTone tone)
{
    item->setData(int(tone), ChipToneRole);
    return item;
}

template <typename View>
View *listView(QWidget *parent, const QString &objectName, const QString &accessibleName, QStandardItemModel *model)
{
    auto *view = new View(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setItemDelegate(new StatusChipDelegate(view)); // statuses as chips
    return view;
}

// Tall enough for `rows` rows (at most six, then it scrolls), so a short list is never cut.
void fitRows(QAbstractItemView *view, int rows, int headerHeight)
{
    const int rowHeight = view->fontMetrics().height() + 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameVMargin) + 8;
    view->setMinimumHeight(headerHeight + qBound(1, rows, 6) * rowHeight + 2 * view->frameWidth());
}

// Each column but the stretched last one fits its contents now, not a moment later as its header
// would: a status chip is never drawn elided, not even in a screenshot taken at once.
template <typename View>
void fitColumns(View *view)
{
    for (int column = 0; column < view->model()->columnCount() - 1; ++column)
        view->resizeColumnToContents(column);
}

QGroupBox *section(QWidget *parent, const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}
} // namespace

BookingDetailView::BookingDetailView(BookingService &service, FlightCatalog &catalog, QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_catalog(catalog),
      m_pages(new QStackedWidget(this)),
      m_passengers(new QStandardItemModel(this)),
      m_payments(new QStandardItemModel(this)),
      m_history(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("bookingDetail"));
    setAccessibleName(tr("Booking detail"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    auto *nothing = new QLabel(tr("Select a booking in the list to see it here."), m_pages);
    nothing->setObjectName(QStringLiteral("noBookingSelected"));
    nothing->setAlignment(Qt::AlignCenter);
    nothing->setWordWrap(true);
    m_pages->addWidget(nothing);
    auto *page = new QWidget(m_pages);
    m_pages->addWidget(page);
    auto *layout = new QVBoxLayout(page); // the style's margins, as the list above has
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("bookingTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_title);
    m_stateChip = new StatusChip(this);
    m_stateChip->setObjectName(QStringLiteral("bookingStateChip"));
    header->addWidget(m_stateChip);
    header->addStretch();
    layout->addLayout(header);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bookingSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_error = new QLabel(this);
    setStyleState(m_error, "role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_passengers->setHorizontalHeaderLabels({tr("Passenger"), tr("Seat"), tr("Cabin"), tr("Fare"), tr("Status"),
                                             tr("Bags")});
    m_payments->setHorizontalHeaderLabels({tr("Time"), tr("Payment"), tr("Status"), tr("Card"), tr("Amount"),
                                           tr("Captured"), tr("Refunded"), tr("Note")});
    m_history->setHorizontalHeaderLabels({tr("Time"), tr("By"), tr("Terminal"), tr("Change"), tr("Reason")});
    m_passengerView = listView<QTableView>(this, QStringLiteral("passengerTable"), tr("Passengers"), m_passengers);
    m_passengerView->verticalHeader()->hide();
    m_passengerView->setWordWrap(false);
    m_passengerView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_passengerView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_passengerView->horizontalHeader()->setStretchLastSection(true);
    m_paymentView = listView<QTreeView>(this, QStringLiteral("paymentTree"), tr("Payments and refunds"), m_payments);
    m_paymentView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView = listView<QTableView>(this, QStringLiteral("historyTable"), tr("Audit history"), m_history);
    m_historyView->verticalHeader()->hide();
    m_historyView->setWordWrap(true);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    // Rows follow the wrapped reason whatever width the dialog gets.
    m_historyView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(section(this, tr("Passengers and seats"), m_passengerView));
    splitter->addWidget(section(this, tr("Payments"), m_paymentView));
    splitter->addWidget(section(this, tr("History"), m_historyView));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 3);
    layout->addWidget(splitter, 1);

    m_cancelAction = action(tr("&Cancel / refund…"), QKeySequence(tr("Ctrl+Shift+X")), QStringLiteral("cancelBookingAction"));
    m_changeSeatAction = action(tr("Change &seat…"), QKeySequence(tr("Ctrl+Shift+S")), QStringLiteral("changeSeatAction"));
    m_takePaymentAction = action(tr("Take &payment…"), QKeySequence(tr("Ctrl+Shift+P")), QStringLiteral("takePaymentAction"));
    m_checkInAction = action(tr("Open check-&in"), QKeySequence(tr("Ctrl+Shift+K")), QStringLiteral("openCheckInAction"));
    connect(m_checkInAction, &QAction::triggered, this, [this] {
        if (m_checkInAction->isEnabled())
            Q_EMIT checkInRequested(m_booking.reference);
    });
    connect(m_cancelAction, &QAction::triggered, this, &BookingDetailView::openCancellation);
    connect(m_changeSeatAction, &QAction::triggered, this, &BookingDetailView::openSeatChange);
    connect(m_takePaymentAction, &QAction::triggered, this, &BookingDetailView::openPayment);
    clearBooking();
}

QAction *BookingDetailView::action(const QString &text, const QKeySequence &shortcut, const QString &objectName)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setObjectName(objectName);
    return action;
}

void BookingDetailView::showBooking(const QString &reference)
{
    if (reference != m_reference) {
        closeDialogs(); // they were about the booking shown before
        m_booking = Booking{};
        m_reference = reference;
    }
    m_pages->setCurrentIndex(reference.isEmpty() ? 0 : 1);
    if (reference.isEmpty()) {
        for (QStandardItemModel *model : {m_passengers, m_payments, m_history})
            model->removeRows(0, model->rowCount());
        updateActions();
        return;
    }
    reload();
}

void BookingDetailView::clearBooking()
{
    showBooking(QString());
    closeDialogs();
}

void BookingDetailView::closeDialogs()
{
    delete std::exchange(m_cancelDialog, nullptr);
    delete std::exchange(m_changeSeatDialog, nullptr);
    delete std::exchange(m_paymentDialog, nullptr);
}

void BookingDetailView::updateActions()
{
    const Actor &actor = m_service.actor();
    const bool shown = !m_booking.reference.isEmpty();
    // Why the booking shown rules an action out ("" when it does not); the role is PermissionGate's to check.
    const auto unless = [&](bool stateAllows, const QString &why) {
        return !shown ? tr("Select a booking first.") : stateAllows ? QString() : why;
    };
    const auto tip = [](QAction *action, const QString &what) {
        return tr("%1 (%2)").arg(what, action->shortcut().toString(QKeySequence::NativeText));
    };
    const bool confirmed = m_booking.state == BookingState::Confirmed;
    gateAction(m_cancelAction, actor, Permission::RefundWithinPolicy,
               unless(confirmed, tr("Only a confirmed booking is cancelled with a refund here.")),
               tip(m_cancelAction, tr("Cancel the booking or one passenger, with the refund the policy allows")));
    gateAction(m_changeSeatAction, actor, Permission::ChangeSeat,
               unless(confirmed, tr("Only a confirmed booking's passengers change seats here.")),
               tip(m_changeSeatAction, tr("Move a passenger to another seat of the same cabin")));
    gateAction(m_takePaymentAction, actor, Permission::PayAnyBooking,
               unless(m_booking.state == BookingState::SeatHeld,
                      tr("Only a booking with its seats held and not yet paid takes a payment.")),
               tip(m_takePaymentAction, tr("Take the customer's card for this held booking")));
    gateAction(m_checkInAction, actor, Permission::Offload, // the Check-in tab's right
               unless(confirmed, tr("Only a confirmed booking is checked in.")),
               tip(m_checkInAction, tr("Check in this booking's passengers and their bags at the desk")));
}

void BookingDetailView::reload()
{
    if (m_reference.isEmpty())
        return;
    m_error->hide();
    auto booking = m_service.find(m_reference);
    if (!booking) {
        showError(sentence(booking.error().message));
        if (m_booking.reference.isEmpty()) { // nothing of another booking may stay on screen
            m_title->setText(tr("Booking %1").arg(m_reference));
            m_stateChip->set(QString(), ChipTone::Neutral);
            m_summary->clear();
        }
        updateActions();
        return;
    }
    m_booking = *booking;
    m_title->setText(tr("Booking %1").arg(m_booking.reference));
    m_stateChip->set(agentStateText(m_booking.state), agentStateTone(m_booking.state));
    m_summary->setText(tr("Flight %1 · booked %2 at %3 by %4\nTotal %5 · captured %6 · refunded %7")
                           .arg(m_booking.flightKey, agentDateTime(m_booking.createdUtc), m_booking.terminal,
                                m_booking.createdBy, localMoney(m_booking.total), localMoney(m_booking.captured),
                                localMoney(m_booking.refunded)));
    fillPassengers();
    fillPayments(m_booking.reference);
    fillHistory(m_booking.reference);
    updateActions();
}

void BookingDetailView::setBags(BagTagger *bags)
{
    m_bags = bags;
    fillPassengers();
}

void BookingDetailView::fillPassengers()
{
    m_passengers->removeRows(0, m_passengers->rowCount());
    QHash<qint64, QStringList> bagTags;
    if (m_bags && m_booking.id != 0) {
        auto tags = m_bags->tagNumbers(m_booking);
        if (tags)
            bagTags = *tags;
        else
            showError(sentence(tags.error().message));
    }
    for (const Passenger &p : std::as_const(m_booking.passengers)) {
        QList<QStandardItem *> cells = row({p.name, p.seat.toString(), cabinName(p.cabin), localMoney(p.price),
                                            p.active ? tr("seated") : tr("seat released"),
                                            bagTags.value(p.lineId).join(QStringLiteral(", "))});
        chipped(cells.at(PassengerStatusColumn), p.active ? ChipTone::Good : ChipTone::Neutral);
        m_passengers->appendRow(cells);
    }
    fitColumns(m_passengerView);
    fitRows(m_passengerView, m_passengers->rowCount(), m_passengerView->horizontalHeader()->sizeHint().height());
}

void BookingDetailView::fillPayments(const QString &reference)
{
    m_payments->removeRows(0, m_payments->rowCount());
    auto payments = m_service.payments(reference);
    if (!payments) {
        showError(sentence(payments.error().message));
        return;
    }
    for (const PaymentActivity &p : std::as_const(*payments)) {
        const QString card = p.cardLast4.isEmpty() ? QString() : tr("%1 ending %2").arg(p.cardBrand, p.cardLast4);
        const QString declined = p.declineReason.isEmpty() ? QString() : declineReasonText(p.declineReason, p.declineReason);
        QList<QStandardItem *> attempt = row({agentDateTime(p.createdUtc), p.idempotencyKey, agentPaymentStatusText(p.status),
                                              card, localMoney(p.amount), localMoney(p.captured), localMoney(p.refunded),
                                              declined});
        chipped(attempt.at(PaymentStatusColumn), agentPaymentStatusTone(p.status));
        for (const RefundActivity &r : p.refunds) {
            QList<QStandardItem *> refund = row({agentDateTime(r.createdUtc), r.idempotencyKey,
                                                 agentRefundStatusText(r.status), QString(), localMoney(r.amount),
                                                 QString(), QString(), auditReasonText(r.reason)});
            chipped(refund.at(PaymentStatusColumn), agentRefundStatusTone(r.status));
            attempt.first()->appendRow(refund);
        }
        m_payments->appendRow(attempt);
    }
    m_paymentView->expandAll();
    fitColumns(m_paymentView);
    int lines = m_payments->rowCount();
    for (int r = 0; r < m_payments->rowCount(); ++r)
        lines += m_payments->item(r)->rowCount();
    fitRows(m_paymentView, lines, m_paymentView->header()->sizeHint().height());
}

void BookingDetailView::fillHistory(const QString &reference)
{
    m_history->removeRows(0, m_history->rowCount());
    auto history = m_service.history(reference);
    if (!history) {
        showError(sentence(history.error().message));
        return;
    }
    for (const AuditEntry &e : std::as_const(*history)) {
        const QString to = agentStateText(e.to);
        const QString change = !e.from ? to : *e.from == e.to ? tr("%1 (unchanged)").arg(to)
                                                              : tr("%1 → %2").arg(agentStateText(*e.from), to);
        QList<QStandardItem *> cells = row({agentDateTime(e.atUtc), e.actor, e.terminal, change, auditReasonText(e.reason)});
        cells.last()->setToolTip(tr("As recorded: %1").arg(e.reason)); // the core's audit text, as data
        m_history->appendRow(cells);
    }
    fitColumns(m_historyView); // the reason takes the rest and wraps
}

void BookingDetailView::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void BookingDetailView::changed()
{
    reload();
    Q_EMIT bookingChanged(m_reference);
}

void BookingDetailView::openCancellation()
{
    if (!m_cancelAction->isEnabled())
        return;
    delete m_cancelDialog;
    m_cancelDialog = new CancelBookingDialog(m_service, m_booking, this);
    connect(m_cancelDialog, &CancelBookingDialog::cancelled, this, &BookingDetailView::changed);
    m_cancelDialog->open();
}

void BookingDetailView::openPayment()
{
    if (!m_takePaymentAction->isEnabled())
        return;
    delete m_paymentDialog;
    auto now = m_catalog.serverNow();
    // Closing it unpaid leaves the hold as it was: the customer may pay later, until its deadline.
    m_paymentDialog = new PaymentDialog(m_service, m_booking, now ? *now : QDateTime::currentDateTimeUtc(), false, this);
    connect(m_paymentDialog, &QDialog::finished, this, &BookingDetailView::changed);
    m_paymentDialog->open();
}

void BookingDetailView::openSeatChange()
{
    if (!m_changeSeatAction->isEnabled())
        return;
    delete m_changeSeatDialog;
    m_changeSeatDialog = new ChangeSeatDialog(m_service, m_catalog, m_booking, this);
    connect(m_changeSeatDialog, &ChangeSeatDialog::seatChanged, this, &BookingDetailView::changed);
    m_changeSeatDialog->open();
}

} // namespace kiosk::ui
