#pragma once

#include "domain/Actor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kiosk {
class ScheduleDesk;
}

namespace kiosk::ui {

// A flight's fares per cabin and the seat surcharges of its airline or route, edited by an
// admin (the core's FareSettings and SurchargeSettings validate: a bad amount or currency is
// refused with their message and nothing changes). Free seats are re-priced at once; held
// and sold ones keep their price. Without the right the buttons are disabled with the reason.
class FlightPricesDialog : public QDialog {
    Q_OBJECT
public:
    FlightPricesDialog(ScheduleDesk &desk, const Actor &signedIn, qint64 flightId, QWidget *parent = nullptr);

    bool setFare();
    bool setSurcharge();
    bool removeSurcharge();
    // Reads the fares and the surcharges of the scope field again.
    void reload();

    QLabel *faresLabel() const { return m_fares; }
    QComboBox *cabinBox() const { return m_cabin; }
    QLineEdit *fareField() const { return m_fare; }
    QLineEdit *currencyField() const { return m_currency; }
    QPushButton *setFareButton() const { return m_setFare; }
    QLineEdit *scopeField() const { return m_scope; }
    QLabel *surchargesLabel() const { return m_surcharges; }
    QComboBox *characteristicBox() const { return m_characteristic; }
    QLineEdit *surchargeField() const { return m_surcharge; }
    QPushButton *setSurchargeButton() const { return m_setSurcharge; }
    QPushButton *removeSurchargeButton() const { return m_removeSurcharge; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void pricesChanged(); // seats were re-priced

private:
    void showMessage(const QString &text, bool error);

    ScheduleDesk &m_desk;
    const qint64 m_flightId;
    QLabel *m_title;
    QLabel *m_fares;
    QComboBox *m_cabin;
    QLineEdit *m_fare;
    QLineEdit *m_currency;
    QPushButton *m_setFare;
    QLineEdit *m_scope;
    QLabel *m_surcharges;
    QComboBox *m_characteristic;
    QLineEdit *m_surcharge;
    QPushButton *m_setSurcharge;
    QPushButton *m_removeSurcharge;
    QLabel *m_message;
};

} // namespace kiosk::ui
