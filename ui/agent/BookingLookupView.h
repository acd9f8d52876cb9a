#pragma once

#include "domain/BookingQuery.h"
#include "domain/Result.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kiosk {
class BookingService;
}

namespace kiosk::ui {

class BookingTableModel;

// Finds bookings by reference, passenger name, flight and departure date (Enter in any
// field searches) and lists them in a sortable table, the master of the Bookings tab: the
// current row (mouse or arrow keys) is the booking whose detail shows beside it.
class BookingLookupView : public QWidget {
    Q_OBJECT
public:
    explicit BookingLookupView(BookingService &service, QWidget *parent = nullptr);

    QLineEdit *referenceField() const { return m_reference; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *flightField() const { return m_flight; }
    QLineEdit *dateField() const { return m_date; }
    QPushButton *searchButton() const { return m_search; }
    QTableView *view() const { return m_view; }
    BookingTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLabel *status() const { return m_status; }
    // The booking of the current row, or empty.
    QString currentReference() const;

    void search();
    // Makes `reference`'s row current; false when it is not in the results.
    bool select(const QString &reference);
    // Searches for `reference` alone (the other fields emptied) and makes it current.
    void findReference(const QString &reference);
    // Runs the last search again (after a cancellation, F5).
    void refresh();
    // Forgets the fields, the results and the message (sign-out).
    void clear();
    void focusSearch();

Q_SIGNALS:
    // The current row's booking changed (empty: none), by the agent or by new results.
    void currentChanged(const QString &reference);
    // Enter or a double click on a row: the agent wants to work on it.
    void rowActivated();

private:
    // The typed criteria, or a message saying what is wrong with them.
    Result<BookingQuery> query() const;
    void run(const BookingQuery &query);

    BookingService &m_service;
    QLineEdit *m_reference;
    QLineEdit *m_name;
    QLineEdit *m_flight;
    QLineEdit *m_date;
    QPushButton *m_search;
    QTableView *m_view;
    BookingTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_status;
    std::optional<BookingQuery> m_last;
};

} // namespace kiosk::ui
