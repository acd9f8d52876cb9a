#include "ContactFields.h"

#include "ErrorLabel.h"
#include "StyleState.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

#include <utility>

namespace kiosk::ui {

namespace {

// The field's look follows the core's answer for its text; the words are the traveller's
// language (the core's reason is English, for logs and kioskctl).
bool showCheck(QLineEdit *field, QLabel *error, const Result<QString> &checked, const QString &explanation)
{
    error->setText(checked ? QString() : explanation.arg(field->text().trimmed()));
    setStyleState(field, "invalid", !checked.ok());
    field->setAccessibleDescription(error->text());
    return checked.ok();
}

} // namespace

ContactFields::ContactFields(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("contactFields"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_optionalHeading = tr("Your e-mail and phone for the booking confirmation (optional)");
    m_heading = new QLabel(m_optionalHeading, this);
    m_heading->setObjectName(QStringLiteral("contactHeading"));
    m_heading->setWordWrap(true);
    grid->addWidget(m_heading, 0, 0, 1, 2);

    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("contactEmail"));
    m_email->setAccessibleName(tr("E-mail address for the booking confirmation, optional"));
    m_email->setPlaceholderText(tr("E-mail, e.g. anna@example.com"));
    m_email->setMaxLength(ContactDetails::MaxEmailLength);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("contactPhone"));
    m_phone->setAccessibleName(tr("Phone number with country code, optional"));
    m_phone->setPlaceholderText(tr("Phone, e.g. +49 30 1234567"));
    m_phone->setMaxLength(32); // the column's limit; the rule allows 15 digits and separators
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    for (QLineEdit *field : {m_email, m_phone})
        field->setMinimumHeight(56); // a thumb's width
    grid->addWidget(m_email, 1, 0);
    grid->addWidget(m_phone, 1, 1);
    m_emailError = new ErrorLabel(QStringLiteral("contactEmailError"), this);
    m_phoneError = new ErrorLabel(QStringLiteral("contactPhoneError"), this);
    grid->addWidget(m_emailError, 2, 0);
    grid->addWidget(m_phoneError, 2, 1);
    grid->setColumnStretch(0, 3); // an address is longer than a number
    grid->setColumnStretch(1, 2);

    // An error goes as soon as the entry is corrected; a new one waits until the traveller
    // leaves the field or continues, so a half-typed address is not called wrong.
    auto checkEmail = [this] { checkEmailField(); };
    auto checkPhone = [this] { checkPhoneField(); };
    connect(m_email, &QLineEdit::editingFinished, this, checkEmail);
    connect(m_phone, &QLineEdit::editingFinished, this, checkPhone);
    connect(m_email, &QLineEdit::textEdited, this, [this, checkEmail] {
        if (!m_emailError->text().isEmpty())
            checkEmail();
    });
    connect(m_phone, &QLineEdit::textEdited, this, [this, checkPhone] {
        if (!m_phoneError->text().isEmpty())
            checkPhone();
    });
}

void ContactFields::setHeading(const QString &text)
{
    m_optionalHeading = text;
    if (!m_emailRequired)
        m_heading->setText(text);
}

void ContactFields::setEmailRequired(bool required, const QString &heading)
{
    m_emailRequired = required;
    m_heading->setText(required ? heading : m_optionalHeading);
    m_email->setAccessibleName(required ? tr("E-mail address for the waitlist offer, required")
                                        : tr("E-mail address for the booking confirmation, optional"));
}

bool ContactFields::checkEmailField()
{
    if (m_emailRequired && m_email->text().trimmed().isEmpty()) {
        m_emailError->setText(tr("Please give an e-mail address: the offer of seats is sent there."));
        setStyleState(m_email, "invalid", true);
        m_email->setAccessibleDescription(m_emailError->text());
        return false;
    }
    return showCheck(m_email, m_emailError, ContactDetails::validateEmail(m_email->text()),
                     tr("'%1' is not an e-mail address: it needs a name, @ and a domain such as example.com, "
                        "without spaces"));
}

bool ContactFields::checkPhoneField()
{
    return showCheck(m_phone, m_phoneError, ContactDetails::validatePhone(m_phone->text()),
                     tr("'%1' is not a phone number: please give the country code and 7 to 15 digits, "
                        "e.g. +49 30 1234567"));
}

bool ContactFields::validate()
{
    const bool email = checkEmailField();
    const bool phone = checkPhoneField();
    return email && phone;
}

ContactDetails ContactFields::contact() const
{
    auto checked = ContactDetails::validate(m_email->text(), m_phone->text());
    return checked ? *checked : ContactDetails{};
}

void ContactFields::clear()
{
    m_email->clear();
    m_phone->clear();
    // Empty fields are fine until the traveller continues, even where an address is required.
    const bool required = std::exchange(m_emailRequired, false);
    validate();
    m_emailRequired = required;
}

} // namespace kiosk::ui
