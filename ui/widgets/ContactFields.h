#pragma once

#include "domain/ContactDetails.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace kiosk::ui {

// A traveller's optional e-mail address and phone number for the booking (the outbox mails
// the confirmation to the address), side by side. Checked with the core's rule
// (ContactDetails); a malformed entry is explained under its field in the screen's
// language, never in a message box.
class ContactFields : public QWidget {
    Q_OBJECT
public:
    explicit ContactFields(QWidget *parent = nullptr);

    QLineEdit *emailField() const { return m_email; }
    QLineEdit *phoneField() const { return m_phone; }
    QLabel *emailError() const { return m_emailError; }
    QLabel *phoneError() const { return m_phoneError; }
    // The line above the fields: the traveller's own on the kiosk, the customer's at a desk.
    void setHeading(const QString &text);
    // A waitlist sends its offer by e-mail: the address is required, and `heading` says so.
    void setEmailRequired(bool required, const QString &heading);
    bool emailRequired() const { return m_emailRequired; }

    // Shows each field's error (or clears it); true when both are empty or well formed.
    bool validate();
    // As the core stores it (trimmed, the domain in lower case, "+" and digits); only
    // meaningful after validate() returned true.
    ContactDetails contact() const;
    void clear();

private:
    bool checkEmailField();
    bool checkPhoneField();

    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLabel *m_emailError;
    QLabel *m_phoneError;
    QLabel *m_heading;
    QString m_optionalHeading;
    bool m_emailRequired = false;
};

} // namespace kiosk::ui
