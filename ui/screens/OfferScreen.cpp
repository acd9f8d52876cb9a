#include "OfferScreen.h"

#include "booking/BookingService.h"
#include "widgets/ReferenceSurnameFields.h"
#include "widgets/UiText.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiosk::ui {

OfferScreen::OfferScreen(BookingService &service, bool onScreenKeyboard, QWidget *parent)
    : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("offerScreen"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Pay for a waitlist offer"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);
    auto *intro = new QLabel(tr("Enter the booking reference from the e-mail we sent you and the surname of one of "
                                "the passengers."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_fields = new ReferenceSurnameFields(QStringLiteral("offer"), onScreenKeyboard, this);
    layout->addWidget(m_fields, 1);

    auto *buttons = new QHBoxLayout;
    auto *back = new QPushButton(tr("Back"), this);
    back->setMinimumSize(240, 64);
    connect(back, &QPushButton::clicked, this, &OfferScreen::backRequested);
    m_find = new QPushButton(tr("Find my offer"), this);
    m_find->setObjectName(QStringLiteral("offerFind"));
    m_find->setAccessibleName(tr("Find my waitlist offer and pay"));
    m_find->setMinimumSize(240, 64);
    m_find->setDefault(true);
    connect(m_find, &QPushButton::clicked, this, &OfferScreen::claim);
    connect(m_fields->referenceField(), &QLineEdit::returnPressed, m_fields->surnameField(),
            qOverload<>(&QWidget::setFocus));
    connect(m_fields->surnameField(), &QLineEdit::returnPressed, this, &OfferScreen::claim);
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_find);
    layout->addLayout(buttons);
}

void OfferScreen::reset()
{
    m_fields->clear();
    m_fields->referenceField()->setFocus();
}

void OfferScreen::setNotice(const QString &text)
{
    m_fields->showErrorText(text);
}

QString OfferScreen::message() const
{
    return m_fields->errorLabel()->text();
}

void OfferScreen::claim()
{
    if (!m_fields->complete())
        return;
    auto claimed = m_service.waitlist().claimOffer(m_fields->reference().toUpper(), m_fields->surname());
    if (!claimed) {
        const Error &error = claimed.error();
        switch (error.code) {
        case ErrorCode::NotFound:
            return m_fields->showErrorText(tr("We found no waitlist offer with this booking reference and surname. "
                                              "Please check both against the e-mail we sent you."));
        case ErrorCode::WrongState:
            if (error.details.contains(QStringLiteral("not_an_offer")))
                return m_fields->showErrorText(tr("Booking %1 is not a waitlist offer. To check in, go back and "
                                                  "choose \"Check in\".")
                                                   .arg(m_fields->reference().toUpper()));
            if (error.details.contains(QStringLiteral("offer_ended")))
                return m_fields->showErrorText(tr("This offer has ended: it was paid already, or it ran out and its "
                                                  "seats went to the next traveller on the waitlist."));
            return m_fields->showError(error.message);
        case ErrorCode::DatabaseUnavailable:
            return m_fields->showErrorText(tr("The booking system cannot be reached just now. Please try again in a "
                                              "moment."));
        default:
            return m_fields->showError(error.message);
        }
    }
    m_fields->showErrorText(QString());
    Q_EMIT offerClaimed(*claimed);
}

} // namespace kiosk::ui
