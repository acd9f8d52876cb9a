#include "BookingsTab.h"

#include "BookingDetailView.h"
#include "BookingLookupView.h"

#include <QAction>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace kiosk::ui {

BookingsTab::BookingsTab(BookingService &service, FlightCatalog &catalog, QWidget *parent)
    : QWidget(parent),
      m_lookup(new BookingLookupView(service)),
      m_detail(new BookingDetailView(service, catalog)),
      m_toolBar(new QToolBar(tr("Booking actions"))),
      m_splitter(new QSplitter(Qt::Vertical))
{
    setObjectName(QStringLiteral("bookingsTab"));
    m_toolBar->setObjectName(QStringLiteral("bookingToolBar"));
    m_toolBar->setAccessibleName(tr("Booking actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions(bookingActions());

    m_splitter->setObjectName(QStringLiteral("bookingsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_lookup);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3); // the detail's three tables need the height

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);

    connect(m_lookup, &BookingLookupView::currentChanged, this, [this](const QString &reference) {
        if (reference != m_detail->reference()) // new results that kept the row keep its detail
            m_detail->showBooking(reference);
    });
    // Enter on a row: on to the booking's passengers, to act on them.
    connect(m_lookup, &BookingLookupView::rowActivated, m_detail, [this] { m_detail->passengerView()->setFocus(); });
    connect(m_detail, &BookingDetailView::bookingChanged, m_lookup, &BookingLookupView::refresh);
}

QList<QAction *> BookingsTab::bookingActions() const
{
    return {m_detail->cancelAction(), m_detail->changeSeatAction(), m_detail->takePaymentAction()};
}

void BookingsTab::setRefreshAction(QAction *refresh)
{
    m_actionsEnd = m_toolBar->addSeparator();
    m_toolBar->addAction(refresh);
}

void BookingsTab::addBookingAction(QAction *action)
{
    m_toolBar->insertAction(m_actionsEnd, action);
}

void BookingsTab::open(const QString &reference)
{
    if (reference.isEmpty())
        return;
    const bool shownAlready = m_detail->reference() == reference;
    if (!m_lookup->select(reference))
        m_lookup->findReference(reference);
    if (shownAlready)
        m_detail->reload(); // the same booking, perhaps changed meanwhile
    m_lookup->view()->setFocus();
}

void BookingsTab::refresh()
{
    m_lookup->refresh();
    m_detail->reload();
}

void BookingsTab::clear()
{
    m_lookup->clear();
    m_detail->clearBooking();
}

} // namespace kiosk::ui
