#include "FlightListScreen.h"

#include "booking/FlightCatalog.h"
#include "booking/HoldRequest.h"
#include "models/FlightListModel.h"
#include "widgets/DepartureDelegate.h"
#include "widgets/PartySizeStepper.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScroller>
#include <QTableView>
#include <QVBoxLayout>

namespace kiosk::ui {

FlightListScreen::FlightListScreen(FlightCatalog &catalog, const QString &origin, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_origin(origin), m_model(new FlightListModel(catalog, this))
{
    setObjectName(QStringLiteral("flightListScreen"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Choose your flight"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);

    auto *filters = new QHBoxLayout;
    // The party size first: the seat map then starts with as many seats to choose.
    m_party = new PartySizeStepper(HoldRequest::MaxSeats, this);
    filters->addWidget(m_party);
    filters->addSpacing(32);
    m_destination = new QComboBox(this);
    m_destination->setObjectName(QStringLiteral("destinationFilter"));
    m_destination->setAccessibleName(tr("Destination"));
    m_destination->setMinimumHeight(56);
    m_day = new QComboBox(this);
    m_day->setObjectName(QStringLiteral("dayFilter"));
    m_day->setAccessibleName(tr("Departure day"));
    m_day->setMinimumHeight(56);
    m_day->setSizeAdjustPolicy(QComboBox::AdjustToContents); // its days come later, the large type too
    auto *destinationLabel = new QLabel(tr("&To"), this);
    destinationLabel->setBuddy(m_destination);
    auto *dayLabel = new QLabel(tr("&Day"), this);
    dayLabel->setBuddy(m_day);
    filters->addWidget(destinationLabel);
    filters->addWidget(m_destination, 1);
    filters->addWidget(dayLabel);
    filters->addWidget(m_day); // as wide as its longest day ("Beliebiger Tag" in large type)
    layout->addLayout(filters);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("flightTable"));
    m_view->setAccessibleName(tr("Departures"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_board = new DepartureDelegate(m_view);
    showAsBoard();
    // The line under the finger is shaded until it lifts (or the finger starts a swipe).
    connect(m_view, &QTableView::pressed, this, [this](const QModelIndex &index) {
        m_board->setPressedRow(index.row());
        m_view->viewport()->update();
    });
    m_view->viewport()->installEventFilter(this);
    connect(m_model, &FlightListModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { fitLineHeights(first, last); });
    connect(m_model, &FlightListModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) { fitLineHeights(from.row(), to.row()); });
    layout->addWidget(m_view, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("flightListStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    auto *back = new QPushButton(tr("Back"), this);
    back->setMinimumSize(160, 64);
    connect(back, &QPushButton::clicked, this, &FlightListScreen::backRequested);
    buttons->addWidget(back);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto choose = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        if (m_model->data(index, FlightListModel::CancelledRole).toBool()) {
            m_status->setText(tr("Flight %1 is cancelled. Please choose another flight.")
                                  .arg(m_model->data(m_model->index(index.row(), FlightListModel::FlightColumn)).toString()));
            return;
        }
        if (m_model->data(index, FlightListModel::SalesClosedRole).toBool()) {
            m_status->setText(tr("Flight %1 leaves soon and is no longer sold here. Please ask at the airline's desk.")
                                  .arg(m_model->data(m_model->index(index.row(), FlightListModel::FlightColumn)).toString()));
            return;
        }
        Q_EMIT flightChosen(m_model->data(index, FlightListModel::FlightIdRole).toLongLong());
    };
    connect(m_view, &QTableView::clicked, this, choose);
    connect(m_view, &QTableView::activated, this, choose);
    connect(m_model, &FlightListModel::loadFailed, m_status, &QLabel::setText);
    connect(m_destination, &QComboBox::currentIndexChanged, this, &FlightListScreen::applyFilter);
    connect(m_day, &QComboBox::currentIndexChanged, this, &FlightListScreen::applyFilter);
}

void FlightListScreen::showAsBoard()
{
    // One painted line per flight in the first column; the other columns are the desk's table.
    m_view->setItemDelegateForColumn(0, m_board);
    for (int column = 1; column < FlightListModel::ColumnCount; ++column)
        m_view->setColumnHidden(column, true);
    m_view->horizontalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Heights set as the lines arrive (a day's first line is taller), not measured later by
    // the header: a tap must hit the line that is drawn under it at once.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(DepartureDelegate::RowHeight);
    fitLineHeights(0, m_model->rowCount() - 1);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(false);
}

void FlightListScreen::showAsTable()
{
    m_view->setItemDelegateForColumn(0, nullptr);
    for (int column = 1; column < FlightListModel::ColumnCount; ++column)
        m_view->setColumnHidden(column, false);
    m_view->horizontalHeader()->show();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Short codes and words: room for the destination and the departure time instead.
    for (int column : {FlightListModel::CarrierColumn, FlightListModel::StatusColumn})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(64);
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->verticalHeader()->resizeSection(row, 64);
    m_view->setShowGrid(true);
    m_view->setAlternatingRowColors(true);
}

void FlightListScreen::fitLineHeights(int first, int last)
{
    if (m_view->itemDelegateForColumn(0) != m_board)
        return; // the desk's table: one height for every row
    for (int row = first; row <= last; ++row) {
        const bool startsDay = !m_model->data(m_model->index(row, 0), FlightListModel::DayHeaderRole).toString().isEmpty();
        m_view->verticalHeader()->resizeSection(
            row, DepartureDelegate::RowHeight + (startsDay ? DepartureDelegate::DayHeaderHeight : 0));
    }
}

bool FlightListScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && m_board->pressedRow() >= 0) {
        bool lifted = event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::Leave;
        if (event->type() == QEvent::MouseMove && QScroller::hasScroller(m_view->viewport()))
            lifted = QScroller::scroller(m_view->viewport())->state() == QScroller::Dragging; // a swipe, not a tap
        if (lifted) {
            m_board->setPressedRow(-1);
            m_view->viewport()->update();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FlightListScreen::loadDestinations()
{
    const QSignalBlocker blockDestination(m_destination);
    const QSignalBlocker blockDay(m_day);
    const QString chosen = m_destination->currentData().toString();
    m_destination->clear();
    m_destination->addItem(tr("All destinations"), QString());
    auto destinations = m_catalog.destinationsFrom(m_origin);
    if (destinations) {
        for (const Airport &airport : *destinations)
            m_destination->addItem(QStringLiteral("%1 (%2)").arg(airport.city, airport.iata), airport.iata);
    }
    m_destination->setCurrentIndex(qMax(0, m_destination->findData(chosen)));

    const QDate chosenDay = m_day->currentData().toDate();
    m_day->clear();
    m_day->addItem(tr("Any day"), QDate());
    auto now = m_catalog.serverNow();
    const QDate today = now ? now->toLocalTime().date() : QDate::currentDate();
    for (int i = 0; i < 7; ++i) {
        const QDate day = today.addDays(i);
        const QString label = i == 0 ? tr("Today") : i == 1 ? tr("Tomorrow") : QLocale().toString(day, QStringLiteral("ddd d MMM"));
        m_day->addItem(label, day);
    }
    m_day->setCurrentIndex(qMax(0, m_day->findData(chosenDay)));
}

void FlightListScreen::reload()
{
    loadDestinations();
    applyFilter();
}

void FlightListScreen::applyFilter()
{
    m_status->clear();
    m_model->setFilter(m_origin, m_destination->currentData().toString(), m_day->currentData().toDate());
    if (m_model->rowCount() == 0 && m_status->text().isEmpty())
        m_status->setText(tr("No departures match. Choose another destination or day."));
}

void FlightListScreen::refresh()
{
    m_model->refresh();
}

} // namespace kiosk::ui
