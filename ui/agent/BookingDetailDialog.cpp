#include "BookingDetailDialog.h"

#include "AgentFormat.h"
#include "CancelBookingDialog.h"
#include "ChangeSeatDialog.h"
#include "auth/AccessPolicy.h"
#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "checkin/BagTagger.h"
#include "domain/Cabin.h"
#include "screens/PaymentDialog.h"
#include "widgets/DeclineReasonText.h"
#include "widgets/LocalMoney.h"
#include "widgets/UiText.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

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
    return view;
}

// Tall enough for `rows` rows (at most six, then it scrolls), so a short list is never cut.
void fitRows(QAbstractItemView *view, int rows, int headerHeight)
{
    const int rowHeight = view->fontMetrics().height() + 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameVMargin) + 8;
    view->setMinimumHeight(headerHeight + qBound(1, rows, 6) * rowHeight + 2 * view->frameWidth());
}

QGroupBox *section(QWidget *parent, const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}
} // namespace

BookingDetailDialog::BookingDetailDialog(BookingService &service, FlightCatalog &catalog, const QString &reference,
                                         QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_catalog(catalog),
      m_reference(reference),
      m_passengers(new QStandardItemModel(this)),
      m_payments(new QStandardItemModel(this)),
      m_history(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("bookingDetail"));
    setWindowTitle(tr("Booking %1").arg(reference));
    auto *layout = new QVBoxLayout(this);
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
    auto *passengerView = listView<QTableView>(this, QStringLiteral("passengerTable"), tr("Passengers"), m_passengers);
    passengerView->verticalHeader()->hide();
    passengerView->setWordWrap(false);
    passengerView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    passengerView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    passengerView->horizontalHeader()->setStretchLastSection(true);
    auto *paymentView = listView<QTreeView>(this, QStringLiteral("paymentTree"), tr("Payments and refunds"), m_payments);
    paymentView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView = listView<QTableView>(this, QStringLiteral("historyTable"), tr("Audit history"), m_history);
    m_historyView->verticalHeader()->hide();
    m_historyView->setWordWrap(true);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    // Rows follow the wrapped reason whatever width the dialog gets.
    m_historyView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(section(this, tr("Passengers and seats"), passengerView));
    splitter->addWidget(section(this, tr("Payments"), paymentView));
    splitter->addWidget(section(this, tr("History"), m_historyView));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 3);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_cancel = buttons->addButton(tr("&Cancel booking / refund…"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("cancelBookingButton"));
    m_cancel->setAutoDefault(false);
    m_changeSeat = buttons->addButton(tr("Change &seat…"), QDialogButtonBox::ActionRole);
    m_changeSeat->setObjectName(QStringLiteral("changeSeatOpenButton"));
    m_changeSeat->setAutoDefault(false);
    m_takePayment = buttons->addButton(tr("Take &payment…"), QDialogButtonBox::ActionRole);
    m_takePayment->setObjectName(QStringLiteral("takePaymentButton"));
    m_takePayment->setAutoDefault(false);
    auto *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ResetRole);
    refresh->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, &BookingDetailDialog::openCancellation);
    connect(m_changeSeat, &QPushButton::clicked, this, &BookingDetailDialog::openSeatChange);
    connect(m_takePayment, &QPushButton::clicked, this, &BookingDetailDialog::openPayment);
    connect(refresh, &QPushButton::clicked, this, &BookingDetailDialog::reload);
    auto *f5 = new QShortcut(QKeySequence::Refresh, this);
    connect(f5, &QShortcut::activated, this, &BookingDetailDialog::reload);
    reload();
}

void BookingDetailDialog::reload()
{
    m_error->hide();
    auto booking = m_service.find(m_reference);
    if (!booking) {
        showError(sentence(booking.error().message));
        return;
    }
    m_booking = *booking;
    m_summary->setText(tr("%1 · %2 · flight %3 · booked %4 at %5 by %6\nTotal %7 · captured %8 · refunded %9")
                           .arg(m_booking.reference, agentStateText(m_booking.state), m_booking.flightKey,
                                agentDateTime(m_booking.createdUtc), m_booking.terminal, m_booking.createdBy,
                                localMoney(m_booking.total), localMoney(m_booking.captured),
                                localMoney(m_booking.refunded)));
    fillPassengers();
    fillPayments(m_booking.reference);
    fillHistory(m_booking.reference);
    const bool mayCancel = AccessPolicy::allows(m_service.actor().role, Permission::RefundWithinPolicy);
    m_cancel->setEnabled(mayCancel && m_booking.state == BookingState::Confirmed);
    m_cancel->setToolTip(m_booking.state == BookingState::Confirmed
                             ? QString()
                             : tr("Only a confirmed booking is cancelled with a refund here."));
    m_changeSeat->setEnabled(AccessPolicy::allows(m_service.actor().role, Permission::ChangeSeat) &&
                             m_booking.state == BookingState::Confirmed);
    m_takePayment->setEnabled(AccessPolicy::allows(m_service.actor().role, Permission::PayAnyBooking) &&
                              m_booking.state == BookingState::SeatHeld);
    m_takePayment->setToolTip(m_booking.state == BookingState::SeatHeld
                                  ? QString()
                                  : tr("Only a booking with its seats held and not yet paid takes a payment."));
}

void BookingDetailDialog::setBags(BagTagger *bags)
{
    m_bags = bags;
    fillPassengers();
}

void BookingDetailDialog::fillPassengers()
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
    for (const Passenger &p : std::as_const(m_booking.passengers))
        m_passengers->appendRow(row({p.name, p.seat.toString(), cabinName(p.cabin), localMoney(p.price),
                                     p.active ? tr("seated") : tr("seat released"),
                                     bagTags.value(p.lineId).join(QStringLiteral(", "))}));
    if (auto *view = findChild<QTableView *>(QStringLiteral("passengerTable")))
        fitRows(view, m_passengers->rowCount(), view->horizontalHeader()->sizeHint().height());
}

void BookingDetailDialog::fillPayments(const QString &reference)
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
        for (const RefundActivity &r : p.refunds)
            attempt.first()->appendRow(row({agentDateTime(r.createdUtc), r.idempotencyKey, agentRefundStatusText(r.status),
                                            QString(), localMoney(r.amount), QString(), QString(), r.reason}));
        m_payments->appendRow(attempt);
    }
    if (auto *view = findChild<QTreeView *>(QStringLiteral("paymentTree"))) {
        view->expandAll();
        int lines = m_payments->rowCount();
        for (int r = 0; r < m_payments->rowCount(); ++r)
            lines += m_payments->item(r)->rowCount();
        fitRows(view, lines, view->header()->sizeHint().height());
    }
}

void BookingDetailDialog::fillHistory(const QString &reference)
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
        m_history->appendRow(row({agentDateTime(e.atUtc), e.actor, e.terminal, change, e.reason}));
    }
    for (int column = 0; column < m_history->columnCount() - 1; ++column)
        m_historyView->resizeColumnToContents(column); // the reason takes the rest and wraps
}

void BookingDetailDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void BookingDetailDialog::openCancellation()
{
    if (!m_cancel->isEnabled())
        return;
    delete m_cancelDialog;
    m_cancelDialog = new CancelBookingDialog(m_service, m_booking, this);
    connect(m_cancelDialog, &CancelBookingDialog::cancelled, this, [this] {
        reload();
        Q_EMIT bookingChanged(m_reference);
    });
    m_cancelDialog->open();
}

void BookingDetailDialog::openPayment()
{
    if (!m_takePayment->isEnabled())
        return;
    delete m_paymentDialog;
    auto now = m_catalog.serverNow();
    // Closing it unpaid leaves the hold as it was: the customer may pay later, until its deadline.
    m_paymentDialog = new PaymentDialog(m_service, m_booking, now ? *now : QDateTime::currentDateTimeUtc(), false, this);
    connect(m_paymentDialog, &QDialog::finished, this, [this] {
        reload();
        Q_EMIT bookingChanged(m_reference);
    });
    m_paymentDialog->open();
}

void BookingDetailDialog::openSeatChange()
{
    if (!m_changeSeat->isEnabled())
        return;
    delete m_changeSeatDialog;
    m_changeSeatDialog = new ChangeSeatDialog(m_service, m_catalog, m_booking, this);
    connect(m_changeSeatDialog, &ChangeSeatDialog::seatChanged, this, [this] {
        reload();
        Q_EMIT bookingChanged(m_reference);
    });
    m_changeSeatDialog->open();
}

} // namespace kiosk::ui
