#pragma once

#include "booking/VoucherRedeemer.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kiosk::ui {

// The voucher line of the payment dialog: a code, an Apply button and what the voucher
// takes off. It only shows; the dialog asks the core (BookingSession::quoteVoucher) when the
// traveller applies a code, and the core recomputes the price again at payment.
class VoucherField : public QWidget {
    Q_OBJECT
public:
    explicit VoucherField(QWidget *parent = nullptr);

    QLineEdit *codeField() const { return m_code; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *result() const { return m_result; }
    // The code (as typed) whose discount is on screen; empty when none is.
    QString appliedCode() const { return m_applied; }
    QString typedCode() const;

    void showQuote(const QString &code, const VoucherQuote &quote);
    void showRefusal(const QString &message);
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void applyRequested(const QString &code);
    void cleared(); // the code changed after a discount was shown: it no longer applies

private:
    QLineEdit *m_code;
    QPushButton *m_apply;
    QLabel *m_result;
    QString m_applied;
};

} // namespace kiosk::ui
