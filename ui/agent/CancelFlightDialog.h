#pragma once

#include "schedule/FlightCancellation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kiosk::ui {

// Asks before a flight is cancelled, saying what will happen (the dry run's count of
// bookings), with the reason the core requires. Cancel flight emits `confirmed`; the caller
// tries and either closes the dialog or shows the core's refusal in it (showError).
class CancelFlightDialog : public QDialog {
    Q_OBJECT
public:
    CancelFlightDialog(const FlightCancellationOutcome &dryRun, QWidget *parent = nullptr);

    void showError(const QString &message);
    QLabel *consequences() const { return m_consequences; }
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *confirmButton() const { return m_confirm; }
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void confirmed(const QString &reason);

private:
    QLabel *m_consequences;
    QLineEdit *m_reason;
    QPushButton *m_confirm;
    QLabel *m_error;
};

} // namespace kiosk::ui
