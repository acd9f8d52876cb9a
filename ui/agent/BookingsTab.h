#pragma once

#include <QWidget>

class QAction;
class QSplitter;
class QToolBar;

namespace kiosk {
class BookingService;
class FlightCatalog;
}

namespace kiosk::ui {

class BookingDetailView;
class BookingLookupView;

// The agent's Bookings tab, master and detail: the search and its results above, the
// selected booking's detail below (a splitter), following the current row as the mouse or
// the arrow keys move it; over both a toolbar with the booking's actions (cancel with a
// refund, change seat, take payment), each enabled by the booking's state and the role.
class BookingsTab : public QWidget {
    Q_OBJECT
public:
    BookingsTab(BookingService &service, FlightCatalog &catalog, QWidget *parent = nullptr);

    BookingLookupView *lookup() const { return m_lookup; }
    BookingDetailView *detail() const { return m_detail; }
    QToolBar *toolBar() const { return m_toolBar; }
    QSplitter *splitter() const { return m_splitter; }
    // The selected booking's actions, in the toolbar's order (the Booking menu lists them too).
    QList<QAction *> bookingActions() const;
    // Puts `refresh` at the toolbar's end, after a separator.
    void setRefreshAction(QAction *refresh);
    // One more of the booking's actions on the toolbar, before Refresh (Open check-in, with the Check-in tab).
    void addBookingAction(QAction *action);

    // Shows `reference` (from a disruption, a call for help, a new booking): its row made
    // current, searched for by its reference when the results do not have it.
    void open(const QString &reference);
    // Runs the search again and re-reads the booking shown.
    void refresh();
    // Forgets the search, its results and the booking shown (sign-out).
    void clear();

private:
    BookingLookupView *m_lookup;
    BookingDetailView *m_detail;
    QToolBar *m_toolBar;
    QSplitter *m_splitter;
    QAction *m_actionsEnd = nullptr; // the separator before Refresh
};

} // namespace kiosk::ui
