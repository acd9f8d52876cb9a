#include "WelcomeScreen.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace kiosk::ui {

WelcomeScreen::WelcomeScreen(const QString &airportName, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomeScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);

    auto *top = new QHBoxLayout; // the airline's name is in the kiosk's header, above every screen
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("clock"));
    m_clock->setAccessibleName(tr("Local time"));
    top->addStretch();
    top->addWidget(m_clock);
    layout->addLayout(top);
    layout->addStretch();

    auto *title = new QLabel(tr("Book your seat"), this);
    title->setObjectName(QStringLiteral("title"));
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *subtitle = new QLabel(tr("Departures from %1").arg(airportName), this);
    subtitle->setAlignment(Qt::AlignCenter);
    layout->addWidget(subtitle);
    layout->addSpacing(32);

    auto *start = new QPushButton(tr("Touch to start"), this);
    start->setObjectName(QStringLiteral("startButton"));
    start->setAccessibleName(tr("Start booking"));
    start->setMinimumSize(360, 96);
    start->setDefault(true);
    connect(start, &QPushButton::clicked, this, &WelcomeScreen::startRequested);
    m_checkIn = new QPushButton(tr("Check in"), this);
    m_checkIn->setObjectName(QStringLiteral("checkInButton"));
    m_checkIn->setAccessibleName(tr("Check in for a booked flight"));
    m_checkIn->setMinimumSize(360, 96);
    m_checkIn->setVisible(false);
    connect(m_checkIn, &QPushButton::clicked, this, &WelcomeScreen::checkInRequested);
    m_offer = new QPushButton(tr("Pay for a waitlist offer"), this);
    m_offer->setObjectName(QStringLiteral("offerButton"));
    m_offer->setAccessibleName(tr("Pay for seats a waitlist offered you"));
    m_offer->setMinimumSize(360, 80);
    connect(m_offer, &QPushButton::clicked, this, &WelcomeScreen::offerRequested);
    // Spoken guidance, the navigation keypad, high contrast and large type (AccessibleMode);
    // its keypad key starts it too, for a traveller who cannot see this button.
    m_accessible = new QPushButton(tr("Accessible mode"), this);
    m_accessible->setObjectName(QStringLiteral("accessibleModeButton"));
    m_accessible->setAccessibleName(tr("Accessible mode: spoken guidance, keypad, high contrast and large text"));
    m_accessible->setCheckable(true);
    m_accessible->setMinimumSize(360, 80);
    connect(m_accessible, &QPushButton::clicked, this, &WelcomeScreen::accessibleModeRequested);
    auto *choices = new QHBoxLayout;
    choices->addStretch();
    choices->addWidget(start);
    choices->addSpacing(32);
    choices->addWidget(m_checkIn);
    choices->addStretch();
    layout->addLayout(choices);
    // Less often needed than booking or check-in: its own row below, as wide as its words.
    layout->addSpacing(24);
    auto *offerRow = new QHBoxLayout;
    offerRow->addStretch();
    offerRow->addWidget(m_offer);
    offerRow->addSpacing(32);
    offerRow->addWidget(m_accessible);
    offerRow->addStretch();
    layout->addLayout(offerRow);
    layout->addStretch();

    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &WelcomeScreen::tick);
    timer->start(1000);
    tick();
}

void WelcomeScreen::setCheckInAvailable(bool available)
{
    m_checkIn->setVisible(available);
}

void WelcomeScreen::tick()
{
    m_clock->setText(QLocale().toString(QDateTime::currentDateTime(), QStringLiteral("ddd d MMM  HH:mm")));
}

void WelcomeScreen::mousePressEvent(QMouseEvent *event)
{
    QWidget::mousePressEvent(event);
    Q_EMIT startRequested(); // anywhere on the attract screen starts, as travellers expect
}

} // namespace kiosk::ui
