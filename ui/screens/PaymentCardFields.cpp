// The desk's (and a terminal-less kiosk's) card fields of PaymentDialog: number, expiry,
// security code, an optional numeric keypad, and the voucher.
#include "PaymentDialog.h"

#include "VoucherField.h"
#include "widgets/OnScreenKeyboard.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace kiosk::ui {

void PaymentDialog::addCardFields(QBoxLayout *layout, bool onScreenKeypad)
{
    auto *form = new QFormLayout;
    form->setVerticalSpacing(12);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("cardNumber"));
    m_number->setAccessibleName(tr("Card number"));
    m_number->setEchoMode(QLineEdit::PasswordEchoOnEdit); // hidden once the traveller moves on
    m_number->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_number->setMaxLength(23);
    m_expiry = new QLineEdit(this);
    m_expiry->setObjectName(QStringLiteral("cardExpiry"));
    m_expiry->setAccessibleName(tr("Expiry date, month and year"));
    m_expiry->setPlaceholderText(tr("MM/YY"));
    m_expiry->setMaxLength(7);
    m_cvc = new QLineEdit(this);
    m_cvc->setObjectName(QStringLiteral("cardCvc"));
    m_cvc->setAccessibleName(tr("Security code"));
    m_cvc->setEchoMode(QLineEdit::Password);
    m_cvc->setMaxLength(4);
    m_cvc->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    for (QLineEdit *field : {m_number, m_expiry, m_cvc})
        field->setMinimumHeight(56); // a thumb's width
    form->addRow(tr("Card &number"), m_number);
    form->addRow(tr("&Expiry"), m_expiry);
    form->addRow(tr("Security &code"), m_cvc);
    m_voucher = new VoucherField(this);
    auto *entry = new QHBoxLayout;
    entry->addLayout(form, 1);
    if (onScreenKeypad) {
        m_keyboard = new OnScreenKeyboard(OnScreenKeyboard::Layout::Digits, this);
        entry->addWidget(m_keyboard, 0, Qt::AlignTop);
        // Letters and digits for a voucher code, digits for the card.
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
            if (!now || !isAncestorOf(now))
                return;
            const auto wanted = now == m_voucher->codeField() ? OnScreenKeyboard::Layout::LettersAndDigits
                                                              : OnScreenKeyboard::Layout::Digits;
            if (m_keyboard->keys() != wanted)
                m_keyboard->showKeys(wanted);
        });
    }
    layout->addLayout(entry);
    layout->addWidget(m_voucher); // full width: the discount's sentence has room
    connect(m_voucher, &VoucherField::applyRequested, this, [this](const QString &code) { applyVoucher(code); });
    connect(m_voucher, &VoucherField::cleared, this, [this] { showPrice(m_booking.total); });
}

} // namespace kiosk::ui
