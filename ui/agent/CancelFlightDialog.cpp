#include "CancelFlightDialog.h"

#include "widgets/UiText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiosk::ui {

CancelFlightDialog::CancelFlightDialog(const FlightCancellationOutcome &dryRun, QWidget *parent)
    : QDialog(parent), m_consequences(new QLabel(this)), m_reason(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("cancelFlightDialog"));
    const Flight &flight = dryRun.flight;
    setWindowTitle(tr("Cancel flight %1").arg(flight.designator()));
    const QDateTime utc = flight.departureUtc.toUTC();
    const QString when = QLocale().toString(utc.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + QLocale().toString(utc.time(), QLocale::ShortFormat);
    const QString affected = dryRun.bookingsAffected == 0
        ? tr("No booking is affected.")
        : tr("%n booking(s) will be affected: holds end at once, and confirmed bookings are listed under "
             "Disruptions for an agent to rebook or refund.",
             nullptr, dryRun.bookingsAffected);
    m_consequences->setObjectName(QStringLiteral("cancelFlightConsequences"));
    m_consequences->setWordWrap(true);
    m_consequences->setText(tr("Flight %1 from %2 to %3, departing %4 UTC, will be cancelled and no longer sold. %5 "
                               "This cannot be undone here.")
                                .arg(flight.designator(), flight.origin, flight.destination, when, affected));
    m_reason->setObjectName(QStringLiteral("cancelFlightReason"));
    m_reason->setAccessibleName(tr("Reason for the cancellation"));
    m_reason->setPlaceholderText(tr("Aircraft unserviceable, strike…"));
    m_error->setObjectName(QStringLiteral("cancelFlightError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("&Cancel flight"), QDialogButtonBox::DestructiveRole);
    m_confirm->setObjectName(QStringLiteral("cancelFlightConfirm"));
    m_confirm->setAutoDefault(false); // Enter in the reason field must not cancel a flight
    QPushButton *keep = buttons->addButton(tr("&Keep the flight"), QDialogButtonBox::RejectRole);
    keep->setDefault(true);
    connect(m_confirm, &QPushButton::clicked, this, [this] { Q_EMIT confirmed(m_reason->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_consequences);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

void CancelFlightDialog::showError(const QString &message)
{
    showLabelMessage(m_error, message, true);
    m_error->show();
}

} // namespace kiosk::ui
