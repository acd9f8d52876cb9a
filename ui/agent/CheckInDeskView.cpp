#include "CheckInDeskView.h"

#include "BagTagPdf.h"
#include "BoardingPassPdf.h"
#include "CheckInDeskModel.h"
#include "checkin/BagTagger.h"
#include "checkin/CheckInService.h"
#include "widgets/UiText.h"

#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kiosk::ui {

namespace {

QPushButton *actionButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    return button;
}

} // namespace

CheckInDeskView::CheckInDeskView(CheckInService &checkIns, BagTagger &bags, DocumentPrinter printer, QWidget *parent)
    : QWidget(parent), m_checkIns(checkIns), m_bags(bags), m_printer(std::move(printer)),
      m_model(new CheckInDeskModel(this))
{
    setObjectName(QStringLiteral("checkInDesk"));
    auto *layout = new QVBoxLayout(this);
    auto *findRow = new QHBoxLayout;
    auto *referenceLabel = new QLabel(tr("Boo&king reference:"), this);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("deskCheckInReference"));
    m_reference->setAccessibleName(tr("Booking reference to check in"));
    m_reference->setPlaceholderText(tr("e.g. K7QX2M"));
    m_reference->setMaxLength(16);
    m_reference->setClearButtonEnabled(true);
    referenceLabel->setBuddy(m_reference);
    m_find = actionButton(tr("&Find"), QStringLiteral("deskCheckInFind"), this);
    connect(m_reference, &QLineEdit::returnPressed, this, &CheckInDeskView::find);
    connect(m_find, &QPushButton::clicked, this, &CheckInDeskView::find);
    findRow->addWidget(referenceLabel);
    findRow->addWidget(m_reference, 1);
    findRow->addWidget(m_find);
    layout->addLayout(findRow);

    m_flight = new QLabel(this);
    m_flight->setObjectName(QStringLiteral("deskCheckInFlight"));
    m_flight->setWordWrap(true);
    m_flight->setAccessibleName(tr("Flight and check-in window"));
    layout->addWidget(m_flight);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("deskCheckInPassengers"));
    m_view->setAccessibleName(tr("Passengers of the booking"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CheckInDeskModel::BagsColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    auto *actions = new QGridLayout;
    m_checkIn = actionButton(tr("&Check in"), QStringLiteral("deskCheckIn"), this);
    m_printPass = actionButton(tr("&Print boarding pass"), QStringLiteral("deskPrintBoardingPass"), this);
    actions->addWidget(m_checkIn, 0, 0);
    actions->addWidget(m_printPass, 0, 1);
    auto *reasonLabel = new QLabel(tr("Offload r&eason:"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("deskOffloadReason"));
    m_reason->setAccessibleName(tr("Reason for the offload"));
    m_reason->setPlaceholderText(tr("e.g. passenger did not travel"));
    m_reason->setMaxLength(500);
    reasonLabel->setBuddy(m_reason);
    m_offload = actionButton(tr("&Offload"), QStringLiteral("deskOffload"), this);
    actions->addWidget(reasonLabel, 1, 0);
    actions->addWidget(m_reason, 1, 1, 1, 2);
    actions->addWidget(m_offload, 1, 3);
    auto *bagsLabel = new QLabel(tr("Checked ba&gs:"), this);
    m_bagCount = new QSpinBox(this);
    m_bagCount->setObjectName(QStringLiteral("deskBagCount"));
    m_bagCount->setAccessibleName(tr("Checked bags of the passenger in all"));
    m_bagCount->setRange(0, BagTagger::MaxBags);
    bagsLabel->setBuddy(m_bagCount);
    m_declareBags = actionButton(tr("Dec&lare bags"), QStringLiteral("deskDeclareBags"), this);
    m_printTags = actionButton(tr("Print bag &tags"), QStringLiteral("deskPrintBagTags"), this);
    actions->addWidget(bagsLabel, 2, 0);
    actions->addWidget(m_bagCount, 2, 1);
    actions->addWidget(m_declareBags, 2, 2);
    actions->addWidget(m_printTags, 2, 3);
    layout->addLayout(actions);
    connect(m_checkIn, &QPushButton::clicked, this, &CheckInDeskView::checkInSelected);
    connect(m_offload, &QPushButton::clicked, this, &CheckInDeskView::offloadCurrent);
    connect(m_reason, &QLineEdit::returnPressed, this, &CheckInDeskView::offloadCurrent);
    connect(m_declareBags, &QPushButton::clicked, this, &CheckInDeskView::declareBags);
    connect(m_printPass, &QPushButton::clicked, this, &CheckInDeskView::printBoardingPasses);
    connect(m_printTags, &QPushButton::clicked, this, &CheckInDeskView::printBagTags);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("deskCheckInStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Check-in messages"));
    layout->addWidget(m_status);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CheckInDeskView::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CheckInDeskView::updateButtons);
    updateButtons();
}

QString CheckInDeskView::flightText() const
{
    return m_flight->text();
}

void CheckInDeskView::report(const QString &message, bool error)
{
    showLabelMessage(m_status, error ? sentence(message) : message, error);
}

void CheckInDeskView::find()
{
    m_foundReference = m_reference->text().trimmed();
    if (m_foundReference.isEmpty())
        return report(tr("enter a booking reference"), true);
    if (reload()) {
        report(QString(), false);
        m_view->setFocus();
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
    }
}

bool CheckInDeskView::reload()
{
    auto found = m_checkIns.find(m_foundReference, QString()); // agents need no surname
    if (!found) {
        m_model->setRows({});
        m_flight->clear();
        report(found.error().message, true);
        updateButtons();
        return false;
    }
    m_foundReference = found->booking.reference;
    QList<CheckInDeskModel::Row> rows;
    for (const CheckInPassenger &passenger : std::as_const(found->passengers)) {
        CheckInDeskModel::Row row{passenger, {}};
        if (passenger.sequence) {
            auto tags = m_bags.tags(m_foundReference, QString(), passenger.passenger.seat);
            if (tags) {
                for (const BagTag &tag : std::as_const(*tags))
                    row.bagTags << tag.tagNumber;
            }
        }
        rows << row;
    }
    m_model->setRows(rows);
    const QTimeZone zone(found->originTimeZone.toUtf8());
    const auto local = [&](const QDateTime &utc) {
        return QLocale().toString(zone.isValid() ? utc.toTimeZone(zone) : utc, QLocale::ShortFormat);
    };
    const Flight &flight = found->flight;
    m_flight->setText(tr("Booking %1 · flight %2 %3 → %4, departs %5 · check-in %6 to %7%8")
                          .arg(found->booking.reference, flight.designator(), flight.origin, flight.destination,
                               local(flight.departureUtc), local(found->window.opensAt(flight.departureUtc)),
                               local(found->window.closesAt(flight.departureUtc)),
                               found->windowOpen() ? tr(" (open)") : tr(" (closed)")));
    updateButtons();
    return true;
}

QList<SeatCode> CheckInDeskView::selectedSeats() const
{
    QList<SeatCode> seats;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        seats << m_model->rows().at(index.row()).passenger.passenger.seat;
    return seats;
}

std::optional<SeatCode> CheckInDeskView::currentSeat() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->rows().at(current.row()).passenger.passenger.seat;
}

void CheckInDeskView::updateButtons()
{
    const bool found = m_model->rowCount() > 0;
    const QModelIndex current = m_view->currentIndex();
    const bool currentCheckedIn = current.isValid() && current.data(CheckInDeskModel::CheckedInRole).toBool();
    m_checkIn->setEnabled(found);
    m_printPass->setEnabled(currentCheckedIn);
    m_offload->setEnabled(currentCheckedIn);
    m_declareBags->setEnabled(currentCheckedIn);
    m_printTags->setEnabled(currentCheckedIn && current.data(CheckInDeskModel::BagCountRole).toInt() > 0);
    if (current.isValid())
        m_bagCount->setValue(current.data(CheckInDeskModel::BagCountRole).toInt());
}

void CheckInDeskView::checkInSelected()
{
    auto passes = m_checkIns.checkIn(m_foundReference, QString(), selectedSeats());
    if (!passes)
        return report(passes.error().message, true);
    const int row = m_view->currentIndex().row();
    reload();
    m_view->setCurrentIndex(m_model->index(qMax(row, 0), 0));
    report(tr("%n passenger(s) checked in.", nullptr, int(passes->size())), false);
}

void CheckInDeskView::offloadCurrent()
{
    const auto seat = currentSeat();
    if (!seat)
        return;
    if (auto offloaded = m_checkIns.offload(m_foundReference, *seat, m_reason->text()); !offloaded)
        return report(offloaded.error().message, true);
    m_reason->clear();
    const int row = m_view->currentIndex().row();
    reload();
    m_view->setCurrentIndex(m_model->index(row, 0));
    report(tr("The passenger in seat %1 was offloaded.").arg(seat->toString()), false);
}

void CheckInDeskView::declareBags()
{
    const auto seat = currentSeat();
    if (!seat)
        return;
    auto tags = m_bags.declare(m_foundReference, QString(), *seat, m_bagCount->value());
    if (!tags)
        return report(tags.error().message, true);
    const int row = m_view->currentIndex().row();
    reload();
    m_view->setCurrentIndex(m_model->index(row, 0));
    report(tr("Seat %1 checks %n bag(s).", nullptr, int(tags->size())).arg(seat->toString()), false);
}

void CheckInDeskView::printBoardingPasses()
{
    const auto seat = currentSeat();
    if (!seat)
        return;
    auto passes = m_checkIns.boardingPasses(m_foundReference, QString(), {*seat});
    if (!passes)
        return report(passes.error().message, true);
    reportDelivery(m_printer.inFolder(QStringLiteral("boarding-passes")).deliver(tr("Boarding pass %1").arg(m_foundReference),
                                     QStringLiteral("boarding-pass-%1-%2").arg(m_foundReference, seat->toString()),
                                     BoardingPassPdf::render(*passes, m_printer.boardingPassPaper())),
                   tr("The boarding pass is printing."));
}

void CheckInDeskView::printBagTags()
{
    const auto seat = currentSeat();
    if (!seat)
        return;
    auto tags = m_bags.tags(m_foundReference, QString(), *seat);
    if (!tags)
        return report(tags.error().message, true);
    if (tags->isEmpty())
        return report(tr("the passenger in seat %1 has no bags").arg(seat->toString()), true);
    reportDelivery(m_printer.inFolder(QStringLiteral("bag-tags")).deliver(tr("Bag tags %1").arg(m_foundReference),
                                     QStringLiteral("bag-tags-%1-%2").arg(m_foundReference, seat->toString()),
                                     BagTagPdf::render(*tags)),
                   tr("The bag tags are printing."));
}

void CheckInDeskView::reportDelivery(const Result<DocumentPrinter::Delivery> &delivery, const QString &printed)
{
    if (!delivery)
        return report(delivery.error().message, true);
    if (delivery->printed)
        return report(printed, false);
    const QString saved = tr("Saved as %1").arg(QDir::toNativeSeparators(delivery->pdfPath));
    report(delivery->problem.isEmpty() ? saved : delivery->problem + QLatin1Char(' ') + saved, !delivery->problem.isEmpty());
}

} // namespace kiosk::ui
