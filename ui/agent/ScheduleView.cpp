#include "ScheduleView.h"

#include "CancelFlightDialog.h"
#include "ChangeAircraftDialog.h"
#include "FlightPricesDialog.h"
#include "FlightSeatPanel.h"
#include "PermissionGate.h"
#include "ScheduleFlightFilter.h"
#include "ScheduleImportDialog.h"
#include "reports/FlightSalesModel.h"
#include "schedule/ScheduleDesk.h"
#include "widgets/DayEdit.h"
#include "widgets/UiText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kiosk::ui {

namespace {
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    label->setMinimumWidth(label->sizeHint().width() + 4); // offscreen, a label measured a pixel short
    return label;
}
} // namespace

ScheduleView::ScheduleView(ScheduleDesk &desk, const Actor &signedIn, QWidget *parent)
    : QWidget(parent),
      m_desk(desk),
      m_actor(signedIn),
      m_from(dayEdit(tr("First departure day"))),
      m_to(dayEdit(tr("Last departure day"))),
      m_route(new QLineEdit),
      m_status(new QComboBox),
      m_show(new QPushButton(tr("Sho&w"))),
      m_message(new QLabel),
      m_flights(new FlightSalesModel(this)),
      m_filter(new ScheduleFlightFilter(this)),
      m_table(new QTableView),
      m_cancel(new QPushButton(tr("&Cancel flight…"))),
      m_prices(new QPushButton(tr("&Prices…"))),
      m_changeAircraft(new QPushButton(tr("Change &aircraft…"))),
      m_import(new QPushButton(tr("I&mport schedule…"))),
      m_seats(new FlightSeatPanel(desk))
{
    setObjectName(QStringLiteral("scheduleView"));
    setAccessibleName(tr("Schedule"));
    m_route->setObjectName(QStringLiteral("scheduleRoute"));
    m_route->setAccessibleName(tr("Route"));
    m_route->setPlaceholderText(tr("DUB or DUB-JFK"));
    m_route->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("scheduleStatus"));
    m_status->setAccessibleName(tr("Flight status"));
    m_status->addItem(tr("Any status"), -1);
    for (FlightStatus status : {FlightStatus::OnSale, FlightStatus::NotOnSaleYet, FlightStatus::Departed, FlightStatus::Cancelled})
        m_status->addItem(FlightSalesModel::statusText(status), int(status));
    m_show->setObjectName(QStringLiteral("scheduleShow"));
    m_show->setToolTip(tr("Show the flights departing on these days (F5)"));
    m_show->setAutoDefault(false);
    m_message->setObjectName(QStringLiteral("scheduleMessage"));
    m_message->setAccessibleName(tr("Schedule message"));
    m_message->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("scheduleCancelFlight"));
    m_prices->setObjectName(QStringLiteral("schedulePrices"));
    m_changeAircraft->setObjectName(QStringLiteral("scheduleChangeAircraft"));
    m_import->setObjectName(QStringLiteral("scheduleImport"));
    for (QPushButton *button : {m_cancel, m_prices, m_changeAircraft, m_import})
        button->setAutoDefault(false);

    m_filter->setSourceModel(m_flights);
    m_table->setObjectName(QStringLiteral("scheduleFlights"));
    m_table->setAccessibleName(tr("Flights with status, load factor and revenue"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FlightSalesModel::DepartureColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(tr("&From"), m_from));
    filters->addWidget(m_from);
    filters->addWidget(buddyLabel(tr("&To"), m_to));
    filters->addWidget(m_to);
    filters->addWidget(m_show);
    filters->addSpacing(12);
    filters->addWidget(buddyLabel(tr("R&oute"), m_route));
    filters->addWidget(m_route);
    filters->addWidget(buddyLabel(tr("Stat&us"), m_status));
    filters->addWidget(m_status);
    filters->addStretch();
    filters->addWidget(m_import);

    auto *flightsPane = new QWidget;
    auto *flightsColumn = new QVBoxLayout(flightsPane);
    flightsColumn->setContentsMargins(0, 0, 0, 0);
    flightsColumn->addWidget(m_table, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_prices);
    actions->addWidget(m_changeAircraft);
    actions->addWidget(m_cancel);
    actions->addStretch();
    flightsColumn->addLayout(actions);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(flightsPane);
    split->addWidget(m_seats);
    split->setStretchFactor(0, 1); // a wider window widens the flights; the seat map has its width
    split->setStretchFactor(1, 0);
    split->setSizes({840, 400});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_show);
    setTabOrder(m_show, m_route);
    setTabOrder(m_route, m_status);
    setTabOrder(m_status, m_import);
    setTabOrder(m_import, m_table);
    setTabOrder(m_table, m_prices);
    setTabOrder(m_prices, m_changeAircraft);
    setTabOrder(m_changeAircraft, m_cancel);

    connect(m_show, &QPushButton::clicked, this, [this] { refresh(); });
    auto *again = new QShortcut(QKeySequence::Refresh, this);
    again->setContext(Qt::WidgetWithChildrenShortcut);
    connect(again, &QShortcut::activated, this, [this] { refresh(); });
    connect(m_route, &QLineEdit::textChanged, m_filter, &ScheduleFlightFilter::setRoute);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_status->currentData().toInt();
        m_filter->setStatus(status < 0 ? std::nullopt : std::optional(FlightStatus(status)));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ScheduleView::onFlightChosen);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ScheduleView::onFlightChosen);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ScheduleView::onFlightChosen);
    connect(m_cancel, &QPushButton::clicked, this, &ScheduleView::askToCancelFlight);
    connect(m_prices, &QPushButton::clicked, this, &ScheduleView::openPrices);
    connect(m_changeAircraft, &QPushButton::clicked, this, &ScheduleView::openAircraftChange);
    connect(m_import, &QPushButton::clicked, this, [this] { importSchedule(); });
    connect(m_seats, &FlightSeatPanel::seatsChanged, this, [this] { refresh(); });

    m_seats->setActor(m_actor);
    auto fallback = m_desk.defaultPeriod();
    const QDate today = fallback ? fallback->to() : QDateTime::currentDateTimeUtc().date();
    setPeriod(today, today.addDays(ReportPeriod::DefaultDays - 1)); // the schedule looks ahead
    onFlightChosen();
}

CancelFlightDialog *ScheduleView::cancelDialog() const
{
    return m_cancelDialog;
}

FlightPricesDialog *ScheduleView::pricesDialog() const
{
    return m_pricesDialog;
}

ChangeAircraftDialog *ScheduleView::aircraftDialog() const
{
    return m_aircraftDialog;
}

ScheduleImportDialog *ScheduleView::importDialog() const
{
    return m_importDialog;
}

void ScheduleView::setPeriod(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

bool ScheduleView::refresh()
{
    const FlightSales *chosen = currentFlight();
    const QString keep = chosen ? chosen->key : QString();
    auto period = ReportPeriod::between(m_from->date(), m_to->date());
    auto flights = period ? m_desk.flights(*period) : Result<SalesReport>(period.error());
    if (!flights) {
        m_flights->setFlights({});
        showMessage(wholeSentence(flights.error().message), true);
        return false;
    }
    m_refreshing = true; // a block's message and the typed seats stay while the figures change
    m_flights->setFlights(flights->flights);
    const bool kept = !keep.isEmpty() && chooseFlight(keep);
    m_refreshing = false;
    if (!kept)
        m_seats->showFlight({});
    updateActions();
    m_message->clear();
    if (flights->flights.isEmpty())
        showMessage(tr("No flight departs on these days."), false);
    return true;
}

bool ScheduleView::chooseFlight(const QString &key)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, FlightSalesModel::FlightColumn);
        if (index.data().toString() == key) {
            m_table->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

const FlightSales *ScheduleView::currentFlight() const
{
    const QModelIndex index = m_filter->mapToSource(m_table->currentIndex());
    return index.isValid() ? &m_flights->flightAt(index.row()) : nullptr;
}

void ScheduleView::onFlightChosen()
{
    const FlightSales *flight = currentFlight();
    if (!m_refreshing)
        m_seats->showFlight(flight ? *flight : FlightSales{});
    updateActions();
}

void ScheduleView::updateActions()
{
    const FlightSales *flight = currentFlight();
    gateByPermission(m_cancel, m_actor, Permission::CancelFlights,
                     tr("Cancel the chosen flight; you will see how many bookings it affects first"));
    gateByPermission(m_changeAircraft, m_actor, Permission::ChangeAircraft,
                     tr("Put the chosen flight on another aircraft; you will see who moves where first"));
    gateByPermission(m_import, m_actor, Permission::ImportSchedules,
                     tr("Import an SSIM schedule file; you will see what it changes first"));
    m_prices->setEnabled(flight != nullptr); // anyone here may read the prices; setting them is gated inside
    m_prices->setToolTip(tr("The chosen flight's fares and the seat surcharges of its route"));
    const bool changeable = flight && flight->status != FlightStatus::Cancelled && flight->status != FlightStatus::Departed;
    const QString why = flight ? tr("This flight is %1 already.").arg(FlightSalesModel::statusText(flight->status).toLower())
                               : tr("Choose a flight first.");
    for (QPushButton *button : {m_cancel, m_changeAircraft}) {
        if (button->isEnabled() && !changeable) {
            button->setEnabled(false);
            button->setToolTip(why);
        }
    }
}

void ScheduleView::openPrices()
{
    const FlightSales *flight = currentFlight();
    if (!flight)
        return;
    delete m_pricesDialog;
    m_pricesDialog = new FlightPricesDialog(m_desk, m_actor, flight->flightId, this);
    m_pricesDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_pricesDialog, &FlightPricesDialog::pricesChanged, this, [this] { refresh(); });
    m_pricesDialog->open();
}

void ScheduleView::openAircraftChange()
{
    const FlightSales *flight = currentFlight();
    if (!flight)
        return;
    delete m_aircraftDialog;
    m_aircraftDialog = new ChangeAircraftDialog(m_desk, m_actor, flight->flightId, flight->key, this);
    m_aircraftDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_aircraftDialog->resize(m_aircraftDialog->sizeHint().expandedTo(QSize(640, 420)));
    connect(m_aircraftDialog, &ChangeAircraftDialog::aircraftChanged, this, [this](const QString &summary) {
        refresh();
        showMessage(summary, false);
    });
    m_aircraftDialog->open();
}

void ScheduleView::importSchedule(const QString &path)
{
    if (!m_import->isEnabled())
        return; // the button says why; the core would refuse too
    const QString file = !path.isEmpty()
        ? path
        : QFileDialog::getOpenFileName(this, tr("Import an SSIM schedule"), QDir::homePath(),
                                       tr("SSIM schedules (*.ssim *.txt *.dat);;All files (*)"));
    if (file.isEmpty())
        return;
    delete m_importDialog;
    m_importDialog = new ScheduleImportDialog(m_desk, m_actor, file, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_importDialog->resize(m_importDialog->sizeHint().expandedTo(QSize(760, 560)));
    connect(m_importDialog, &ScheduleImportDialog::imported, this, [this](const ImportSummary &summary) {
        refresh();
        showMessage(tr("Schedule imported: %1 flight(s) added, %2 changed, %3 cancelled. %n new disruption(s) wait in "
                       "the Disruptions tab.",
                       nullptr, summary.disruptions)
                        .arg(summary.added)
                        .arg(summary.updated)
                        .arg(summary.cancelled),
                    false);
        Q_EMIT scheduleImported(summary.disruptions);
    });
    m_importDialog->open();
    m_importDialog->startDryRun();
}

void ScheduleView::askToCancelFlight()
{
    const FlightSales *flight = currentFlight();
    if (!flight)
        return;
    // The dry run: the confirmation says exactly what the cancellation would touch.
    auto dryRun = m_desk.cancelFlight(flight->flightId, QString(), true);
    if (!dryRun) {
        showMessage(wholeSentence(dryRun.error().message), true);
        return;
    }
    delete m_cancelDialog;
    m_cancelDialog = new CancelFlightDialog(*dryRun, this);
    m_cancelDialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 flightId = flight->flightId;
    connect(m_cancelDialog, &CancelFlightDialog::confirmed, this, [this, flightId](const QString &reason) {
        auto done = m_desk.cancelFlight(flightId, reason, false);
        if (!done) {
            m_cancelDialog->showError(wholeSentence(done.error().message));
            return;
        }
        m_cancelDialog->accept();
        refresh();
        if (const FlightSales *cancelled = currentFlight())
            m_seats->showFlight(*cancelled); // its holds are gone from the map
        showMessage(tr("Flight %1 is cancelled. %n booking(s) affected: see the Disruptions tab.", nullptr,
                       done->bookingsAffected)
                        .arg(done->flight.key()),
                    false);
        Q_EMIT flightCancelled(done->flight.key());
    });
    m_cancelDialog->open();
}

void ScheduleView::showMessage(const QString &text, bool error)
{
    showLabelMessage(m_message, text, error);
}

} // namespace kiosk::ui
