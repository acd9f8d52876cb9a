#include "FlightPricesDialog.h"

#include "PermissionGate.h"
#include "models/SeatMapModel.h"
#include "schedule/ScheduleDesk.h"
#include "widgets/LocalMoney.h"
#include "widgets/UiText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiosk::ui {

namespace {
QLabel *listLabel(const QString &accessibleName)
{
    auto *label = new QLabel;
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

FlightPricesDialog::FlightPricesDialog(ScheduleDesk &desk, const Actor &signedIn, qint64 flightId, QWidget *parent)
    : QDialog(parent),
      m_desk(desk),
      m_flightId(flightId),
      m_title(new QLabel),
      m_fares(listLabel(tr("Fares per cabin"))),
      m_cabin(new QComboBox),
      m_fare(new QLineEdit),
      m_currency(new QLineEdit),
      m_setFare(new QPushButton(tr("&Set fare"))),
      m_scope(new QLineEdit),
      m_surcharges(listLabel(tr("Seat surcharges"))),
      m_characteristic(new QComboBox),
      m_surcharge(new QLineEdit),
      m_setSurcharge(new QPushButton(tr("Set surchar&ge"))),
      m_removeSurcharge(new QPushButton(tr("&Remove surcharge"))),
      m_message(new QLabel)
{
    setObjectName(QStringLiteral("flightPricesDialog"));
    m_title->setWordWrap(true);
    m_cabin->setAccessibleName(tr("Cabin"));
    m_fare->setAccessibleName(tr("Fare"));
    m_fare->setPlaceholderText(tr("120.00"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setMaxLength(3);
    m_scope->setAccessibleName(tr("Airline or route of the surcharges"));
    m_characteristic->setAccessibleName(tr("Seat characteristic"));
    for (const QString &name : characteristicNames()) {
        const auto characteristic = characteristicFromName(name);
        m_characteristic->addItem(sentence(characteristicTitle(*characteristic)), name);
    }
    m_surcharge->setAccessibleName(tr("Surcharge"));
    m_surcharge->setPlaceholderText(tr("25.00"));
    m_message->setObjectName(QStringLiteral("pricesMessage"));
    m_message->setAccessibleName(tr("Prices message"));
    m_message->setWordWrap(true);
    for (QPushButton *button : {m_setFare, m_setSurcharge, m_removeSurcharge}) {
        button->setAutoDefault(false);
        gateByPermission(button, signedIn, Permission::SetPrices, QString());
    }

    auto *fares = new QGroupBox(tr("Fares"));
    auto *faresColumn = new QVBoxLayout(fares);
    faresColumn->addWidget(m_fares);
    auto *fareForm = new QFormLayout;
    faresColumn->addLayout(fareForm);
    fareForm->addRow(tr("Ca&bin"), m_cabin);
    fareForm->addRow(tr("&Fare"), m_fare);
    fareForm->addRow(tr("C&urrency"), m_currency);
    fareForm->addRow(QString(), m_setFare);

    auto *surcharges = new QGroupBox(tr("Seat surcharges"));
    auto *surchargeForm = new QFormLayout(surcharges);
    surchargeForm->addRow(tr("&Airline or route"), m_scope);
    surchargeForm->addRow(m_surcharges);
    surchargeForm->addRow(tr("C&haracteristic"), m_characteristic);
    surchargeForm->addRow(tr("A&mount"), m_surcharge);
    auto *surchargeButtons = new QHBoxLayout;
    surchargeButtons->addWidget(m_setSurcharge);
    surchargeButtons->addWidget(m_removeSurcharge);
    surchargeButtons->addStretch();
    surchargeForm->addRow(QString(), surchargeButtons);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // never shorter than its lines of fares
    layout->addWidget(m_title);
    layout->addWidget(fares);
    layout->addWidget(surcharges);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(m_setFare, &QPushButton::clicked, this, [this] { setFare(); });
    connect(m_setSurcharge, &QPushButton::clicked, this, [this] { setSurcharge(); });
    connect(m_removeSurcharge, &QPushButton::clicked, this, [this] { removeSurcharge(); });
    connect(m_scope, &QLineEdit::editingFinished, this, &FlightPricesDialog::reload);

    if (auto flight = m_desk.fares(m_flightId)) {
        setWindowTitle(tr("Prices of %1").arg(flight->flight.key));
        m_title->setText(tr("Fares and seat surcharges of %1. Free seats are re-priced at once; held and sold seats "
                            "keep their price.")
                             .arg(flight->flight.key));
        m_currency->setPlaceholderText(flight->flight.currency);
        m_scope->setText(flight->flight.carrier + QLatin1Char('/') + flight->flight.route);
        for (const CabinFares &cabin : std::as_const(flight->cabins))
            m_cabin->addItem(SeatMapModel::cabinTitle(cabin.cabin), int(cabin.cabin));
    }
    reload();
    resize(sizeHint().expandedTo(QSize(560, 0))); // the fares and surcharges each on one line
}

void FlightPricesDialog::reload()
{
    auto flight = m_desk.fares(m_flightId);
    if (!flight) {
        showMessage(wholeSentence(flight.error().message), true);
        return;
    }
    QStringList fares;
    for (const CabinFares &cabin : std::as_const(flight->cabins)) {
        const Money fare = cabin.stored.isEmpty() ? cabin.lowestSeatFare : cabin.stored.first().price;
        fares << tr("%1: %2 (%n seat(s))", nullptr, cabin.seats).arg(SeatMapModel::cabinTitle(cabin.cabin), localMoney(fare));
    }
    m_fares->setText(fares.join(QLatin1Char('\n')));
    auto surcharges = m_desk.surcharges(m_scope->text());
    if (!surcharges) {
        m_surcharges->clear();
        showMessage(wholeSentence(surcharges.error().message), true);
        return;
    }
    QStringList lines;
    for (const SeatSurcharge &surcharge : std::as_const(*surcharges)) {
        const QString scope = surcharge.route.isEmpty() ? surcharge.carrier : surcharge.carrier + QLatin1Char('/') + surcharge.route;
        lines << tr("%1: %2 (%3)").arg(sentence(characteristicTitle(surcharge.characteristic)),
                                       localMoney(surcharge.amount), scope);
    }
    m_surcharges->setText(lines.isEmpty() ? tr("No seat surcharge.") : lines.join(QLatin1Char('\n')));
}

bool FlightPricesDialog::setFare()
{
    const Cabin cabin = Cabin(m_cabin->currentData().toInt());
    auto changed = m_desk.setFare(m_flightId, cabin, m_fare->text(), m_currency->text().trimmed().toUpper());
    if (!changed) {
        showMessage(wholeSentence(changed.error().message), true);
        return false;
    }
    reload();
    showMessage(tr("%1 fare set to %2: %n free seat(s) re-priced", nullptr, changed->repriced.seats)
                        .arg(SeatMapModel::cabinTitle(cabin), localMoney(changed->fare))
                    + tr("; %n held or sold seat(s) keep their price.", nullptr, changed->repriced.kept),
                false);
    Q_EMIT pricesChanged();
    return true;
}

bool FlightPricesDialog::setSurcharge()
{
    auto changed = m_desk.setSurcharge(m_scope->text(), m_characteristic->currentData().toString(), m_surcharge->text());
    if (!changed) {
        showMessage(wholeSentence(changed.error().message), true);
        return false;
    }
    reload();
    QString text = tr("%1 surcharge set to %2 on %n upcoming flight(s)", nullptr, changed->flights)
                       .arg(m_characteristic->currentText(), localMoney(changed->surcharge.amount))
        + tr("; %n free seat(s) re-priced.", nullptr, changed->repriced.seats);
    if (!changed->warning.isEmpty())
        text += QLatin1Char(' ') + wholeSentence(changed->warning);
    showMessage(text, false);
    Q_EMIT pricesChanged();
    return true;
}

bool FlightPricesDialog::removeSurcharge()
{
    auto changed = m_desk.removeSurcharge(m_scope->text(), m_characteristic->currentData().toString());
    if (!changed) {
        showMessage(wholeSentence(changed.error().message), true);
        return false;
    }
    reload();
    showMessage(changed->removed ? tr("%1 surcharge removed; %n free seat(s) re-priced.", nullptr, changed->repriced.seats)
                                       .arg(m_characteristic->currentText())
                                 : tr("There was no %1 surcharge on %2.")
                                       .arg(m_characteristic->currentText().toLower(), m_scope->text()),
                false);
    Q_EMIT pricesChanged();
    return true;
}

void FlightPricesDialog::showMessage(const QString &text, bool error)
{
    showLabelMessage(m_message, text, error);
}

} // namespace kiosk::ui
