#include "BookingLookupView.h"

#include "BookingTableModel.h"
#include "booking/BookingService.h"
#include "widgets/StatusChip.h"
#include "widgets/UiText.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kiosk::ui {

namespace {
QLineEdit *field(QWidget *parent, const QString &objectName, const QString &accessibleName, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}
} // namespace

BookingLookupView::BookingLookupView(BookingService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_model(new BookingTableModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("bookingLookup"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QGridLayout;
    m_reference = field(this, QStringLiteral("referenceField"), tr("Booking reference"), tr("e.g. 5U8QSN"));
    m_name = field(this, QStringLiteral("nameField"), tr("Passenger name"), tr("name or surname, e.g. obrien-muller"));
    m_flight = field(this, QStringLiteral("flightField"), tr("Flight"), tr("e.g. KX101"));
    m_date = field(this, QStringLiteral("dateField"), tr("Departure date"), tr("YYYY-MM-DD"));
    const struct {
        QString label;
        QLineEdit *edit;
    } fields[] = {{tr("&Reference"), m_reference}, {tr("&Name"), m_name}, {tr("F&light"), m_flight}, {tr("&Date"), m_date}};
    int column = 0;
    for (const auto &f : fields) {
        auto *label = new QLabel(f.label, this);
        label->setBuddy(f.edit);
        form->addWidget(label, 0, column);
        form->addWidget(f.edit, 1, column);
        form->setColumnStretch(column, f.edit == m_name ? 3 : 1);
        connect(f.edit, &QLineEdit::returnPressed, this, &BookingLookupView::search);
        ++column;
    }
    m_search = new QPushButton(tr("&Search"), this);
    m_search->setObjectName(QStringLiteral("searchButton"));
    m_search->setAutoDefault(false);
    connect(m_search, &QPushButton::clicked, this, &BookingLookupView::search);
    form->addWidget(m_search, 1, column);
    layout->addLayout(form);

    m_status = new QLabel(tr("Search by reference, passenger name, flight or departure date."), this);
    m_status->setObjectName(QStringLiteral("lookupStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Search result"));
    layout->addWidget(m_status);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BookingTableModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("bookingTable"));
    m_view->setAccessibleName(tr("Bookings found"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BookingTableModel::CreatedColumn, Qt::DescendingOrder); // newest first, as the core lists them
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setItemDelegate(new StatusChipDelegate(m_view)); // the state as a chip
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(BookingTableModel::PassengersColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentChanged(currentReference()); });
    connect(m_view, &QTableView::activated, this, &BookingLookupView::rowActivated);
}

QString BookingLookupView::currentReference() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(BookingTableModel::ReferenceRole).toString() : QString();
}

Result<BookingQuery> BookingLookupView::query() const
{
    BookingQuery q;
    q.reference = m_reference->text().trimmed().toUpper();
    q.name = m_name->text().trimmed();
    const QString flight = m_flight->text().trimmed();
    if (!flight.isEmpty()) {
        static const QRegularExpression designator(QStringLiteral(R"(^([A-Za-z0-9]{2})\s*(\d{1,4})$)"));
        const auto match = designator.match(flight);
        if (!match.hasMatch() || match.captured(2).toInt() < 1)
            return makeError(ErrorCode::BadInput, tr("The flight must be a designator such as KX101, not '%1'.").arg(flight));
        q.carrier = match.captured(1).toUpper();
        q.number = match.captured(2).toInt();
    }
    const QString date = m_date->text().trimmed();
    if (!date.isEmpty()) {
        q.date = QDate::fromString(date, Qt::ISODate);
        if (!q.date.isValid() || date.size() != 10)
            return makeError(ErrorCode::BadInput, tr("The date must be written YYYY-MM-DD, not '%1'.").arg(date));
    }
    if (q.isEmpty())
        return makeError(ErrorCode::BadInput, tr("Enter a reference, a passenger name, a flight or a date first."));
    return q;
}

void BookingLookupView::search()
{
    auto q = query();
    if (!q) {
        m_model->clear();
        showLabelMessage(m_status, q.error().message, true);
        Q_EMIT currentChanged(QString());
        return;
    }
    run(*q);
}

bool BookingLookupView::select(const QString &reference)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(BookingTableModel::ReferenceRole).toString() == reference) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void BookingLookupView::findReference(const QString &reference)
{
    for (QLineEdit *edit : {m_name, m_flight, m_date})
        edit->clear();
    m_reference->setText(reference);
    search();
    select(reference);
}

void BookingLookupView::refresh()
{
    if (m_last)
        run(*m_last);
}

void BookingLookupView::run(const BookingQuery &query)
{
    m_last = query;
    const QString current = currentReference();
    auto found = m_service.search(query);
    if (!found) {
        m_model->clear();
        showLabelMessage(m_status, sentence(found.error().message), true);
        Q_EMIT currentChanged(QString());
        return;
    }
    const bool more = found->size() > query.limit;
    if (more)
        found->resize(query.limit);
    m_model->setBookings(*found);
    if (found->isEmpty()) {
        showLabelMessage(m_status, tr("No booking matches."), false);
        Q_EMIT currentChanged(QString());
        return;
    }
    showLabelMessage(m_status, more ? tr("The newest %n booking(s); narrow the search to see the others.", nullptr, int(found->size()))
                    : tr("%n booking(s) found.", nullptr, int(found->size())),
               false);
    int row = 0;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_proxy->index(r, 0).data(BookingTableModel::ReferenceRole).toString() == current)
            row = r;
    }
    m_view->setCurrentIndex(m_proxy->index(row, 0));
    Q_EMIT currentChanged(currentReference()); // also when the row stayed: its booking may have changed
}

void BookingLookupView::clear()
{
    for (QLineEdit *edit : {m_reference, m_name, m_flight, m_date})
        edit->clear();
    m_model->clear();
    m_last.reset();
    showLabelMessage(m_status, tr("Search by reference, passenger name, flight or departure date."), false);
    Q_EMIT currentChanged(QString());
}

void BookingLookupView::focusSearch()
{
    m_name->setFocus(Qt::ShortcutFocusReason);
    m_name->selectAll();
}

} // namespace kiosk::ui
