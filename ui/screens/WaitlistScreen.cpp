#include "WaitlistScreen.h"

#include "models/SeatMapModel.h"
#include "widgets/UiText.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiosk::ui {

WaitlistScreen::WaitlistScreen(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("waitlistScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    m_title = new QLabel(tr("You are on the waitlist"), this);
    m_title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(m_title);
    layout->addStretch();
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("waitlistNumber"));
    m_number->setAlignment(Qt::AlignCenter);
    m_number->setAccessibleName(tr("Your place on the waitlist"));
    layout->addWidget(m_number);
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("waitlistPosition"));
    m_position->setWordWrap(true);
    m_position->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_position);
    layout->addSpacing(24);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("waitlistDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_details);
    layout->addStretch();
    m_done = new QPushButton(tr("Done"), this);
    m_done->setObjectName(QStringLiteral("waitlistDone"));
    m_done->setMinimumSize(240, 72);
    m_done->setDefault(true);
    connect(m_done, &QPushButton::clicked, this, &WaitlistScreen::doneRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_done);
    layout->addLayout(buttons);
}

void WaitlistScreen::setForDesk(bool desk)
{
    m_desk = desk;
    m_title->setText(desk ? tr("On the waitlist") : tr("You are on the waitlist"));
}

QString WaitlistScreen::cabinTitle(QChar cabinCode)
{
    const auto cabin = cabinFromCode(cabinCode);
    return cabin ? SeatMapModel::cabinTitle(*cabin) : QString(cabinCode);
}

void WaitlistScreen::showEntry(const WaitlistEntry &entry, const QString &flightDesignator)
{
    const QString cabin = cabinTitle(entry.cabin);
    m_number->setText(QLocale().toString(entry.position));
    if (m_desk) {
        m_position->setText(tr("The customer is number %1 on the waitlist for %2 %3.")
                                .arg(entry.position)
                                .arg(flightDesignator, cabin));
        m_details->setText(tr("If seats free up they are held for the customer and %1 gets a booking reference by "
                              "e-mail; the customer pays at any kiosk or desk before the offer's deadline.")
                               .arg(entry.contact.email));
    } else {
        m_position->setText(tr("You are number %1 on the waitlist for %2 %3.").arg(entry.position).arg(flightDesignator, cabin));
        m_details->setText(tr("If seats free up we hold them for you and e-mail %1 a booking reference; pay for them "
                              "at any kiosk or desk before the offer's deadline.")
                               .arg(entry.contact.email));
    }
    setAccessibleDescription(m_position->text() + QLatin1Char(' ') + m_details->text());
    m_done->setFocus();
}

QString WaitlistScreen::refusalText(const Error &error, const QString &cabin, const QString &email)
{
    switch (error.code) {
    case ErrorCode::WrongState:
        if (error.details.contains(QStringLiteral("seats_available")))
            return tr("%1 has enough free seats for you now: please go back and choose them.").arg(cabin);
        if (error.details.contains(QStringLiteral("already_waiting")))
            return tr("%1 is already on the waitlist for %2 on this flight.").arg(email, cabin);
        if (error.details.contains(QStringLiteral("sales_closed")))
            return tr("Sales for this flight have closed, so its waitlist is closed too.");
        break;
    case ErrorCode::NotFound:
        return tr("This flight is no longer on sale. Please choose another flight.");
    case ErrorCode::Forbidden:
        return tr("This terminal cannot add travellers to a waitlist. Please ask at the airline's desk.");
    case ErrorCode::DatabaseUnavailable:
        return tr("The booking system cannot be reached just now. Please try again in a moment.");
    default:
        break;
    }
    return sentence(error.message); // a name or the contact: the core says which, in English
}

} // namespace kiosk::ui
