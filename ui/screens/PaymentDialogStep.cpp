// PaymentDialog as the kiosk's pay step: the trip summed up in the traveller's language, the
// step inside the kiosk's frame, and the voucher beside a card terminal.
#include "PaymentDialog.h"

#include "CardTerminalPanel.h"
#include "TripDetails.h"
#include "VoucherField.h"
#include "widgets/LocalMoney.h"
#include "widgets/OnScreenKeyboard.h"

#include <QApplication>
#include <QBoxLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace kiosk::ui {

QWidget *PaymentDialog::buildSummary()
{
    auto *summary = new QFrame(this);
    m_summary = summary;
    summary->setObjectName(QStringLiteral("paymentSummary"));
    auto *grid = new QGridLayout(summary);
    grid->setContentsMargins(24, 12, 24, 12);
    grid->setVerticalSpacing(6);
    int row = 0;
    const auto line = [summary, grid, &row](const char *name) {
        auto *label = new QLabel(summary);
        label->setObjectName(QString::fromLatin1(name));
        label->setWordWrap(true); // a long German date or city name wraps instead of being cut
        grid->addWidget(label, row++, 0);
        return label;
    };
    m_flightLine = line("summaryFlight");
    m_routeLine = line("summaryRoute");
    m_timesLine = line("summaryTimes");
    m_seatsLine = line("summarySeats");
    m_totalLine = line("summaryTotal");
    // Until the kiosk tells the trip (showAsKioskStep), what the booking itself says.
    m_flightLine->setText(tr("Flight %1").arg(m_booking.flightKey));
    m_routeLine->hide();
    m_timesLine->hide();
    m_seatsLine->setText(TripDetails::seatLines(m_booking).join(QLatin1Char('\n')));
    m_totalLine->setText(tr("Total %1").arg(localMoney(m_booking.total)));
    return summary;
}

void PaymentDialog::showAsKioskStep(const TripDetails &trip)
{
    setWindowFlags(Qt::Widget);
    m_holdRow->hide(); // the frame's header counts the hold down
    if (trip.isKnown()) {
        m_flightLine->setText(trip.flightText());
        m_routeLine->setText(trip.routeText());
        m_timesLine->setText(trip.timesText());
        m_routeLine->show();
        m_timesLine->show();
    }
    // Beside the terminal's prompt, a column: a third of the width, so that on a wide screen
    // the trip reads in whole lines instead of a narrow card's broken ones.
    if (m_terminal) {
        m_body->setDirection(QBoxLayout::LeftToRight);
        m_summary->setMinimumWidth(320);
        m_body->setStretch(0, 1);
        m_body->setStretch(1, 2);
        return;
    }
    // Above typed card fields, whose keypad needs the width: as few lines as it takes, the
    // total at the right, so the step fits a 1280x1024 screen.
    auto *grid = static_cast<QGridLayout *>(m_summary->layout());
    auto *routeAndTimes = new QHBoxLayout;
    routeAndTimes->setSpacing(24);
    for (QLabel *label : {m_routeLine, m_timesLine}) {
        grid->removeWidget(label);
        label->setWordWrap(false);
        routeAndTimes->addWidget(label);
    }
    routeAndTimes->addStretch();
    grid->addLayout(routeAndTimes, 1, 0);
    grid->removeWidget(m_totalLine);
    grid->addWidget(m_totalLine, 0, 1, 2, 1, Qt::AlignRight | Qt::AlignVCenter);
    m_seatsLine->setText(TripDetails::seatLines(m_booking).join(QStringLiteral("   ")));
}

// The voucher at a terminal: the same field as beside typed cards. On a touch screen without
// keys a keypad takes the terminal's place while the code is typed.
void PaymentDialog::addTerminalVoucher(QBoxLayout *layout, bool onScreenKeypad)
{
    m_voucher = new VoucherField(this);
    layout->addWidget(m_voucher);
    connect(m_voucher, &VoucherField::applyRequested, this, [this](const QString &code) {
        if (applyVoucher(code))
            showVoucherKeys(false);
    });
    connect(m_voucher, &VoucherField::cleared, this, [this] { showPrice(m_booking.total); });
    if (!onScreenKeypad)
        return;
    m_keyboard = new OnScreenKeyboard(OnScreenKeyboard::Layout::LettersAndDigits, this);
    m_keyboard->hide();
    layout->addWidget(m_keyboard);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now == m_voucher->codeField() && !m_paying)
            showVoucherKeys(true);
    });
}

void PaymentDialog::showVoucherKeys(bool shown)
{
    if (!m_keyboard || !m_terminal)
        return;
    // Hide first: showing a widget lays its window out at once, and with the terminal's panel
    // and the keys both shown the step needs more than the screen's height, so the window
    // would grow past the bottom edge (and stay so on the confirmation).
    QWidget *leaving = shown ? static_cast<QWidget *>(m_terminal) : m_keyboard;
    QWidget *coming = shown ? static_cast<QWidget *>(m_keyboard) : m_terminal;
    leaving->hide();
    coming->show();
}

} // namespace kiosk::ui
