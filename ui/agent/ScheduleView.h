#pragma once

#include "domain/Actor.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kiosk {
class ScheduleDesk;
struct FlightSales;
}

namespace kiosk::ui {

class CancelFlightDialog;
class ChangeAircraftDialog;
class FlightPricesDialog;
class FlightSalesModel;
class FlightSeatPanel;
class ScheduleFlightFilter;
class ScheduleImportDialog;

// The admin's Schedule tab: the flights departing in the picked UTC days with status,
// load factor and revenue, narrowed by route and status as typed; the chosen flight's seats
// beside them (FlightSeatPanel); for admins its prices (FlightPricesDialog), a change of
// aircraft after its dry run (ChangeAircraftDialog) and Cancel flight after a confirmation
// that says how many bookings it affects; Import schedule… reads an SSIM file, shows its dry
// run and applies it (ScheduleImportDialog). Everything goes through ScheduleDesk as the signed-in
// user; a button for an action that user's role may not take is disabled with the reason.
class ScheduleView : public QWidget {
    Q_OBJECT
public:
    ScheduleView(ScheduleDesk &desk, const Actor &signedIn, QWidget *parent = nullptr);

    void setPeriod(QDate from, QDate to);
    // Reads the flights again, keeping the chosen one; false (and the reason shown) on a refusal.
    bool refresh();
    // Selects the row of flight `key` ("KX101/2026-12-05") in the table; false if not listed.
    bool chooseFlight(const QString &key);
    // The dry run, then the confirmation (cancelDialog) for the chosen flight.
    void askToCancelFlight();
    void openPrices();
    void openAircraftChange();
    // The import dialog for the SSIM file at `path` (empty: chosen in a file dialog), its dry run started.
    void importSchedule(const QString &path = {});

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *routeField() const { return m_route; }
    QComboBox *statusBox() const { return m_status; }
    QPushButton *showButton() const { return m_show; }
    QTableView *flightTable() const { return m_table; }
    FlightSalesModel *flightModel() const { return m_flights; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *cancelFlightButton() const { return m_cancel; }
    QPushButton *pricesButton() const { return m_prices; }
    QPushButton *changeAircraftButton() const { return m_changeAircraft; }
    FlightPricesDialog *pricesDialog() const;
    ChangeAircraftDialog *aircraftDialog() const;
    FlightSeatPanel *seatPanel() const { return m_seats; }
    CancelFlightDialog *cancelDialog() const;
    QPushButton *importButton() const { return m_import; }
    ScheduleImportDialog *importDialog() const;

Q_SIGNALS:
    void flightCancelled(const QString &key); // its bookings now have disruptions
    void scheduleImported(int disruptions);   // bookings it disrupted are in the Disruptions tab

private:
    const FlightSales *currentFlight() const;
    void onFlightChosen();
    // Enables the flight's actions for the chosen flight and the signed-in user's role.
    void updateActions();
    void showMessage(const QString &text, bool error);

    ScheduleDesk &m_desk;
    const Actor m_actor;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_route;
    QComboBox *m_status;
    QPushButton *m_show;
    QLabel *m_message;
    FlightSalesModel *m_flights;
    ScheduleFlightFilter *m_filter;
    QTableView *m_table;
    QPushButton *m_cancel;
    QPushButton *m_prices;
    QPushButton *m_changeAircraft;
    QPushButton *m_import;
    FlightSeatPanel *m_seats;
    QPointer<CancelFlightDialog> m_cancelDialog;
    QPointer<FlightPricesDialog> m_pricesDialog;
    QPointer<ChangeAircraftDialog> m_aircraftDialog;
    QPointer<ScheduleImportDialog> m_importDialog;
    bool m_refreshing = false; // re-reading the same flights: the seat panel keeps its state
};

} // namespace kiosk::ui
