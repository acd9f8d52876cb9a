#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace kiosk {
class FlightCatalog;
}

namespace kiosk::ui {

class DepartureDelegate;
class FlightListModel;
class PartySizeStepper;

// Departures from this airport; filter by destination and date; touch a row to choose.
class FlightListScreen : public QWidget {
    Q_OBJECT
public:
    FlightListScreen(FlightCatalog &catalog, const QString &origin, QWidget *parent = nullptr);

    FlightListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    PartySizeStepper *partySize() const { return m_party; }
    void reload();   // filters as chosen, from the first page
    void refresh();  // seat counts only, in place
    // The kiosk's departures board (the default), or the agent desk's table of columns.
    void showAsBoard();
    void showAsTable();

Q_SIGNALS:
    void flightChosen(qint64 flightId);
    void backRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // the pressed line, until the finger lifts

private:
    void loadDestinations();
    void fitLineHeights(int first, int last); // the board's lines: taller where a day starts
    void applyFilter();

    FlightCatalog &m_catalog;
    QString m_origin;
    FlightListModel *m_model;
    QTableView *m_view;
    DepartureDelegate *m_board;
    QComboBox *m_destination;
    QComboBox *m_day;
    QLabel *m_status;
    PartySizeStepper *m_party;
};

} // namespace kiosk::ui
