#include "VoucherField.h"

#include "widgets/LocalMoney.h"
#include "widgets/StyleState.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace kiosk::ui {

VoucherField::VoucherField(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("voucherField"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Voucher"), this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("voucherCode"));
    m_code->setAccessibleName(tr("Voucher code"));
    m_code->setPlaceholderText(tr("optional"));
    m_code->setMaxLength(48); // 32 letters and digits with spaces or hyphens between
    m_code->setMinimumHeight(56);
    m_code->setInputMethodHints(Qt::ImhUppercaseOnly | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    label->setBuddy(m_code);
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyVoucher"));
    m_apply->setMinimumSize(120, 56);
    m_apply->setEnabled(false);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("voucherResult"));
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Voucher status"));
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_code, 0, 1);
    layout->addWidget(m_apply, 0, 2);
    layout->addWidget(m_result, 1, 1, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_code, &QLineEdit::textChanged, this, [this] {
        m_apply->setEnabled(!typedCode().isEmpty());
        if (!m_applied.isEmpty()) {
            m_applied.clear();
            m_result->clear();
            Q_EMIT cleared();
        }
    });
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(typedCode()); });
    connect(m_code, &QLineEdit::returnPressed, this, [this] {
        if (!typedCode().isEmpty())
            Q_EMIT applyRequested(typedCode());
    });
}

QString VoucherField::typedCode() const
{
    return m_code->text().trimmed();
}

void VoucherField::showQuote(const QString &code, const VoucherQuote &quote)
{
    m_applied = code;
    m_result->setText(tr("Voucher %1 takes %2 off: you pay %3 instead of %4.")
                          .arg(quote.hint, localMoney(quote.discount), localMoney(quote.toPay), localMoney(quote.price)));
    setStyleState(m_result, "role", QStringLiteral("info"));
}

void VoucherField::showRefusal(const QString &message)
{
    m_applied.clear();
    m_result->setText(message);
    setStyleState(m_result, "role", QStringLiteral("error"));
}

void VoucherField::setReadOnly(bool readOnly)
{
    m_code->setReadOnly(readOnly);
    m_apply->setEnabled(!readOnly && !typedCode().isEmpty());
}

} // namespace kiosk::ui
